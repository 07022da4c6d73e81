/**
 * What the reader is told differs by version (found by a sampled mutation run): the XMPP finding's
 * reason, the media ports' text and source, where the reverse proxy sends its traffic, what a
 * renewal involves, the internal Autodiscover name with and without mobility, the Edge record with
 * no Edge server yet, and OCS's note on pool certificates.
 */
import { describe, expect, it } from 'vitest';
import { lyncPlan } from '../../../../tests/support/lync-scenarios.ts';
import type { Plan } from '../plan/plan.ts';
import type { LyncProductId } from '../products.ts';
import { lyncBasis } from './basis.ts';
import { deriveLync } from './derive.ts';
import { lyncFindings } from './findings/index.ts';

const as = (product: LyncProductId, lync: Record<string, unknown> = {}, rest = {}) =>
  deriveLync(lyncPlan({ product, ...lync }, rest), product);
const findingOf = (plan: ReturnType<typeof as>, id: string) =>
  plan.findings.find((finding) => finding.id === id);
const port = (plan: ReturnType<typeof as>, id: string) => plan.ports.find((rule) => rule.id === id);

describe('XMPP where the version has no XMPP proxy', () => {
  it('on 2019 and later: removed by Microsoft, with the deprecation as source', () => {
    const xmpp = findingOf(as('sfb-2019', { xmpp: true }), 'xmpp-not-available')!;
    expect(xmpp.message).toContain('Microsoft removed them in Skype for Business Server 2019');
    expect(xmpp.fix).toContain('Skype for Business Server 2015 pool');
    expect(xmpp.source).toBe('SFB19-DEPR');
  });

  it('on Lync 2010: the separate XMPP Gateway', () => {
    const xmpp = findingOf(as('lync-2010', { xmpp: true }), 'xmpp-not-available')!;
    expect(xmpp.message).toContain('needs the separate XMPP Gateway');
    expect(xmpp.fix).toContain('Plan the XMPP Gateway separately');
    expect(xmpp.source).toBe('L13-EDGECHG');
  });
});

describe('the A/V media range', () => {
  it("OCS 2007 R2: R2 partners outbound over TCP, R1 partners both ways (OCS's own page)", () => {
    const media = port(as('ocs-2007r2'), 'av-media')!;
    expect(media.reason.text).toContain('R2 partners need TCP outbound only');
    expect(media.reason.source).toBe('OCS-AVPORTS');
  });

  it('Lync and later: outbound, inbound only for OCS partners', () => {
    const media = port(as('lync-2013'), 'av-media')!;
    expect(media.reason.text).toContain('outbound (inbound only for federation with OCS partners)');
    expect(media.reason.source).not.toBe('OCS-AVPORTS');
  });
});

describe("the reverse proxy's destination", () => {
  const destination = (plan: ReturnType<typeof as>) =>
    plan.ports.filter((rule) => rule.from === 'reverse proxy').map((rule) => rule.to);

  it('OCS: the Web Components on the internal web farm', () => {
    expect(destination(as('ocs-2007r2'))).toContain(
      'Front End pools (internal web farm of the Web Components)',
    );
  });

  it('Lync: the Directors too when the plan has them, the pools alone otherwise', () => {
    expect(destination(as('lync-2013', { director: { enabled: true } }))).toContain(
      'Front End pools and Directors (external web services)',
    );
    const without = destination(as('lync-2013', { director: { enabled: false } }));
    expect(without).toContain('Front End pools (external web services)');
    expect(without.join()).not.toContain('Directors');
  });
});

describe("the reverse proxy's HTTPS rule", () => {
  it('OCS: straight to the Web Components on 443', () => {
    const https = port(as('ocs-2007r2'), 'proxy-https-internal')!;
    expect(https.ports).toBe('443');
    expect(https.reason.text).toBe('HTTPS to the internal web farm of the Web Components.');
  });

  it('Lync and later: bridged from 443 to 4443', () => {
    const https = port(as('lync-2010'), 'proxy-https-internal')!;
    expect(https.ports).toBe('4443');
    expect(https.reason.text).toContain('bridged from 443 to 4443');
  });
});

describe('what a renewal involves, in the reminder', () => {
  it('OCS: the Certificate Wizard on every server', () => {
    expect(findingOf(as('ocs-2007r2'), 'renewal-reminder')!.fix).toContain(
      'the Certificate Wizard on every server',
    );
  });

  it('Lync and later: the PFX copy to every Edge server and the assignments', () => {
    expect(findingOf(as('sfb-2015'), 'renewal-reminder')!.fix).toContain(
      'the PFX copy to every Edge server and the assignment on each server',
    );
  });
});

describe('lyncdiscoverinternal', () => {
  const names = (plan: ReturnType<typeof as>) => plan.dns.map((record) => record.name);

  it('is published inside when the version has mobility and the plan uses it', () => {
    expect(names(as('lync-2013', { mobility: true }))).toContain(
      'lyncdiscoverinternal.contoso.com',
    );
  });

  it('is not, with mobility off or on a version without it', () => {
    expect(names(as('lync-2013', { mobility: false }))).not.toContain(
      'lyncdiscoverinternal.contoso.com',
    );
    expect(names(as('ocs-2007r2', { mobility: true }))).not.toContain(
      'lyncdiscoverinternal.contoso.com',
    );
  });
});

describe('the Edge internal record', () => {
  it('points at each Edge server it knows', () => {
    const plan = as('sfb-2019', {
      edge: {
        enabled: true,
        internalFqdn: 'edge.contoso.local',
        servers: [{ name: 'EDGE01', ip: '172.16.0.10' }],
      },
    });
    const record = plan.dns.find((entry) => entry.name === 'edge.contoso.local')!;
    expect(record.value).toBe('172.16.0.10');
  });

  it('waits for an Edge server when the plan lists none, and says so', () => {
    const plan = as('sfb-2019', {
      edge: { enabled: true, internalFqdn: 'edge.contoso.local', servers: [] },
    });
    const record = plan.dns.find((entry) => entry.name === 'edge.contoso.local')!;
    expect(record.value).toBeNull();
    expect(record.missing).toMatch(/Edge/);
  });
});

describe("OCS 2007 R2's internal certificate", () => {
  const notes = (plan: Plan) =>
    deriveLync(plan, 'ocs-2007r2')
      .certificates.flatMap((certificate) => certificate.notes ?? [])
      .map((note) => note.text);

  it('is imported on every Front End of an Enterprise pool, with an exportable key', () => {
    const pool = lyncPlan({
      product: 'ocs-2007r2',
      pools: [
        {
          fqdn: 'pool01.contoso.com',
          edition: 'enterprise',
          frontEnds: [
            { name: 'FE01', ip: '10.0.0.21' },
            { name: 'FE02', ip: '10.0.0.22' },
          ],
        },
      ],
    });
    expect(notes(pool).join('\n')).toContain('import it on each one');
  });

  it('stays on its one server for a Standard Edition server', () => {
    const standard = lyncPlan({
      product: 'ocs-2007r2',
      pools: [
        {
          fqdn: 'se01.contoso.com',
          edition: 'standard',
          frontEnds: [{ name: 'SE01', ip: '10.0.0.21' }],
        },
      ],
    });
    expect(notes(standard).join('\n')).not.toContain('import it on each one');
  });
});

describe('the sip.<domain> guard looks at the certificate each version signs clients in with', () => {
  // The rules always add sip.<domain>; the guard catches a rule that one day does not. Take the
  // name off the sign-in certificate by hand and the guard must name that certificate.
  const without = (product: LyncProductId, id: string) => {
    const plan = lyncPlan({ product });
    const { certificates, dns } = deriveLync(plan, product);
    const tampered = certificates.map((certificate) =>
      certificate.id === id
        ? { ...certificate, sans: certificate.sans.filter((san) => san.name !== 'sip.contoso.com') }
        : certificate,
    );
    return lyncFindings(lyncBasis(plan, product), tampered, dns)
      .filter((finding) => finding.id === 'sip-domain-without-sip-name')
      .map((finding) => finding.message);
  };

  it("OCS 2007 R2: the pool's certificate", () => {
    expect(without('ocs-2007r2', 'lync-pool-1')).toEqual([
      expect.stringContaining('lacks sip.contoso.com'),
    ]);
  });

  it("Lync and later: each Front End's certificate", () => {
    expect(without('sfb-2019', 'lync-front-end-fe01')).toEqual([
      expect.stringContaining('lacks sip.contoso.com'),
    ]);
  });

  it('the Edge external certificate, every version', () => {
    expect(without('sfb-2019', 'lync-edge-external')).toHaveLength(1);
    expect(without('ocs-2007r2', 'lync-access-edge')).toHaveLength(1);
  });
});

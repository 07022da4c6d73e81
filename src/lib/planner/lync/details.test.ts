/**
 * Details a deployment depends on that the broader Lync tests passed over (found by the sampled
 * mutation run): push notifications need the federation SRV record even without federation, the
 * paths findings point the editor at, OCS's port sources, a pool's web services on its own name,
 * the addresses internal records ask for, and how each version puts the shared certificate on the Edge.
 */
import { describe, expect, it } from 'vitest';
import { planWith } from '../../../../tests/support/scenarios.ts';
import type { Plan } from '../plan/plan.ts';
import type { LyncProductId } from '../products.ts';
import { derive } from '../derive.ts';
import { partLines } from '../../render/parts.ts';
import { deriveLync } from './derive.ts';

const SCENARIO = planWith({});
const federationSrv = (plan: Plan, product: LyncProductId) =>
  deriveLync(plan, product).dns.filter(
    (record) => record.name === '_sipfederationtls._tcp.contoso.com',
  );
const finding = (plan: Plan, product: LyncProductId, id: string) =>
  deriveLync(plan, product).findings.find((candidate) => candidate.id === id);

describe('the federation SRV record', () => {
  it('is published for push notifications to mobile clients even with federation off', () => {
    const push = planWith({ lync: { product: 'lync-2013', federation: false, mobility: true } });
    expect(federationSrv(push, 'lync-2013')).toHaveLength(1);
  });

  it('is not published with neither federation nor mobility', () => {
    const none = planWith({ lync: { product: 'lync-2013', federation: false, mobility: false } });
    expect(federationSrv(none, 'lync-2013')).toEqual([]);
  });
});

describe('findings point at the field to change', () => {
  it('XMPP on a version without it: lync.xmpp', () => {
    const plan = planWith({ lync: { product: 'sfb-2019', xmpp: true } });
    expect(finding(plan, 'sfb-2019', 'xmpp-not-available')).toMatchObject({
      severity: 'warning',
      path: 'lync.xmpp',
    });
  });

  it('mobility on Lync 2010 needs an update: a note at lync.mobility', () => {
    const plan = planWith({ lync: { product: 'lync-2010', mobility: true } });
    expect(finding(plan, 'lync-2010', 'mobility-needs-update')).toMatchObject({
      severity: 'info',
      path: 'lync.mobility',
    });
  });

  it('a pool of several Front Ends whose web services use the pool FQDN: named, with a separate name to use', () => {
    const plan = planWith({
      lync: {
        pools: [
          {
            fqdn: 'pool01.contoso.com',
            edition: 'enterprise',
            frontEnds: [
              { name: 'FE01', ip: '10.0.0.21' },
              { name: 'FE02', ip: '10.0.0.22' },
            ],
            internalWeb: 'pool01.contoso.com',
            externalWeb: 'webext.contoso.com',
            webVip: '10.0.0.20',
          },
        ],
      },
    });
    const found = finding(plan, 'sfb-se', 'internal-web-same-as-pool');
    expect(found?.path).toBe('lync.pools[0].internalWeb');
    expect(found?.message).toContain('pool01.contoso.com has 2 Front Ends');
    expect(found?.fix).toContain('web-int.pool01.contoso.com');
  });
});

describe('ports', () => {
  const avAuthentication = (product: LyncProductId) =>
    deriveLync(planWith({ lync: { product } }), product).ports.find(
      (port) => port.id === 'internal-av-authentication',
    );

  it('cites the OCS 2007 R2 busbar for the A/V authentication port on OCS, the version source otherwise', () => {
    expect(avAuthentication('ocs-2007r2')?.reason.source).toBe('C-BUSBAR');
    expect(avAuthentication('sfb-se')?.reason.source).not.toBe('C-BUSBAR');
  });
});

describe('internal DNS records the admin fills in', () => {
  const internal = (plan: Plan) =>
    deriveLync(plan, 'sfb-se').dns.filter((record) => record.view === 'internal');
  const pool = (frontEnds: { name: string; ip: string | null }[]) =>
    planWith({
      lync: {
        pools: [
          {
            fqdn: 'pool01.contoso.com',
            edition: 'enterprise',
            frontEnds,
            internalWeb: 'web-int.contoso.com',
            externalWeb: 'webext.contoso.com',
            webVip: null,
          },
        ],
      },
    });
  const webMissing = (plan: Plan) =>
    internal(plan).find((record) => record.name === 'web-int.contoso.com')?.missing;

  it('asks for the web services load balancer of a pool of several Front Ends, for the Front End address of one', () => {
    expect(
      webMissing(
        pool([
          { name: 'FE01', ip: null },
          { name: 'FE02', ip: null },
        ]),
      ),
    ).toBe("the load balancer address of pool01.contoso.com's web services (lync.pools[0].webVip)");
    expect(webMissing(pool([{ name: 'FE01', ip: null }]))).toBe('the internal IP address of FE01');
  });

  it('gives each Edge of a pool its own internal record, besides the pool name', () => {
    const edges = (servers: { name: string; ip: string }[]) =>
      internal(planWith({ lync: { edge: { servers } } })).filter((record) =>
        record.reason.rule.startsWith('lync.dns.internal.edge'),
      );
    expect(
      edges([
        { name: 'LSEDGE01', ip: '10.0.1.1' },
        { name: 'LSEDGE02', ip: '10.0.1.2' },
      ]).map((record) => `${record.name} ${record.value}`),
    ).toEqual([
      'lsedge.contoso.local 10.0.1.1',
      'lsedge.contoso.local 10.0.1.2',
      'lsedge01.contoso.local 10.0.1.1',
      'lsedge02.contoso.local 10.0.1.2',
    ]);
    // An Edge whose own name is the pool name gets the record once.
    expect(
      edges([{ name: 'LSEDGE', ip: '10.0.1.1' }]).map((record) => `${record.name} ${record.value}`),
    ).toEqual(['lsedge.contoso.local 10.0.1.1']);
  });
});

describe('the shared certificate on the Edge', () => {
  const edgeStep = (plan: Plan, product: LyncProductId) =>
    derive(plan, product).steps.find((step) => step.id === 'shared-certificate-edge')!;

  it('Skype for Business: imported and assigned in the Management Shell, with the cmdlet sources', () => {
    const step = edgeStep(planWith({ lync: { shareWithExchange: true } }), 'sfb-se');
    expect(step.sources).toEqual(['PS-IMP', 'PS-SET', 'L13-RPREQ']);
    expect(step.parts[0]).toEqual({
      kind: 'instructions',
      items: ['In the Management Shell on LSEDGE01:'],
    });
  });

  it('OCS 2007 R2: copied to each Edge and imported in the Certificates snap-in', () => {
    const plan = planWith({
      exchange: { product: 'exchange-2010' },
      lync: { product: 'ocs-2007r2', shareWithExchange: true },
    });
    const step = edgeStep(plan, 'ocs-2007r2');
    expect(step.title).toBe('Import the shared certificate on LSEDGE01');
    expect(step.why).toContain('every Edge of an array presents the same one');
    expect(step.sources).toEqual(['OCS-EDGECERT', 'C-BUSBAR']);
    expect(step.parts[1]).toMatchObject({
      kind: 'wizard',
      actions: [
        { action: 'open', target: 'Personal, Certificates: All Tasks, Import' },
        { action: 'enter', target: 'File name', value: 'C:\\Certs\\sip.contoso.com.pfx' },
        { action: 'enter', target: 'Password' },
        { action: 'check', target: 'Mark this key as exportable' },
        { action: 'choose', target: 'Place all certificates in the following store: Personal' },
      ],
    });
    expect(step.parts[2]).toEqual({
      kind: 'instructions',
      items: [
        'The Edge wizard then assigns it to the Access Edge interface (next steps); do not create a new Access Edge request.',
      ],
    });
    expect(step.parts[0]).toEqual({
      kind: 'instructions',
      items: ['Copy C:\\Certs\\sip.contoso.com.pfx to LSEDGE01. On each:'],
    });
  });
});

describe('the internal DNS step', () => {
  const step = (plan: Plan) =>
    deriveLync(plan, 'sfb-se').steps.find((candidate) => candidate.id === 'dns-internal')!;

  it('lists the records servers register themselves as checks, and only those', () => {
    const checks = step(SCENARIO).notes.filter((note) => note.startsWith('Check (registered'));
    expect(checks).toEqual([
      'Check (registered by the server itself): fe01.contoso.local A 10.0.0.21.',
    ]);
  });

  it('creates no record for a name the server registers itself', () => {
    const commands = step(SCENARIO).parts.flatMap(partLines).join('\n');
    expect(commands).toContain("Add-DnsServerResourceRecordA -ZoneName 'contoso.com'");
    expect(commands).not.toMatch(/-ZoneName 'contoso\.local' -Name 'fe01'/i);
  });

  it('has no public counterpart when nothing is published (no Edge, no mobility)', () => {
    const inside = planWith({
      lync: { product: 'sfb-se', edge: { enabled: false }, mobility: false },
    });
    const ids = deriveLync(inside, 'sfb-se').steps.map((candidate) => candidate.id);
    expect(ids).toContain('dns-internal');
    expect(ids).not.toContain('dns-external');
  });

  it('asks to copy the public records into each internal zone of a SIP domain, not into the AD zone', () => {
    const copies = step(SCENARIO).notes.filter((note) => note.startsWith('The internal '));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toContain('The internal contoso.com zone answers every lookup inside');
  });
});

describe('Edge server addresses', () => {
  it('an Edge server with its internal address raises no missing-address finding', () => {
    const edge = planWith({
      lync: {
        product: 'sfb-se',
        edge: { enabled: true, servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
      },
    });
    const missing = deriveLync(edge, 'sfb-se').findings.filter(
      (candidate) => candidate.id === 'ip-missing' && candidate.path?.startsWith('lync.edge'),
    );
    expect(missing).toEqual([]);
    expect(finding(SCENARIO, 'sfb-se', 'ip-missing')?.path).toBe('lync.edge.servers[0].ip');
  });
});

describe('the reverse proxy', () => {
  it('publishes the names beyond the web services (meet, dialin, lyncdiscover) to the first pool', () => {
    const step = deriveLync(planWith({}), 'sfb-se').steps.find(
      (candidate) => candidate.id === 'reverse-proxy-install',
    )!;
    const text = step.parts.flatMap((part) => (part.kind === 'instructions' ? part.items : []));
    const others = text.find((line) => line.startsWith('Publish ') && line.includes('same way'));
    expect(others).toMatch(/^Publish .*meet\.contoso\.com.* the same way, to the first pool\.$/);
    expect(others).not.toContain('webext.contoso.com');
  });
});

describe('renewal steps', () => {
  it('remove the old certificates only in a renewal runbook', () => {
    const ids = (purpose: 'new' | 'renewal') =>
      deriveLync(planWith({ certificate: { purpose } }), 'sfb-se').steps.map((step) => step.id);
    expect(ids('renewal')).toContain('renewal-cleanup');
    expect(ids('new')).not.toContain('renewal-cleanup');
  });
});

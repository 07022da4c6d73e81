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
import { deriveLync } from './derive.ts';

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
    expect(step.sources).toEqual(['OCS-EDGECERT', 'C-BUSBAR']);
    expect(step.parts[0]).toEqual({
      kind: 'instructions',
      items: ['Copy C:\\Certs\\sip.contoso.com.pfx to LSEDGE01. On each:'],
    });
  });
});

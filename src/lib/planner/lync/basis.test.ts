/** What every Lync rule receives: the plan as the product derived, pools, Directors, Edges, zones. */
import { describe, expect, it } from 'vitest';
import { LYNC_SCENARIOS, lyncPlan } from '../../../../tests/support/lync-scenarios.ts';
import type { Plan } from '../plan/plan.ts';
import { lyncBasis, signInPool } from './basis.ts';
import { LYNC_PROFILES } from './profiles/index.ts';
import { edgeServices, sipAddresses, srvTarget, zoneOf } from './topology.ts';

describe('lyncBasis', () => {
  it('derives the plan as the product asked for, and keeps the plan itself when it already is', () => {
    const plan = LYNC_SCENARIOS.example!;
    const as2013 = lyncBasis(plan, 'lync-2013');
    expect(as2013.plan.lync.product).toBe('lync-2013');
    expect(as2013.plan.lync.sipDomains).toBe(plan.lync.sipDomains);
    expect(as2013.profile).toBe(LYNC_PROFILES['lync-2013']);
    expect(lyncBasis(plan, plan.lync.product).plan).toBe(plan);
  });

  it('refuses a product without Lync rules', () => {
    expect(() => lyncBasis(LYNC_SCENARIOS.example!, 'exchange-se' as never)).toThrow(
      'Exchange Server SE has no Lync rules',
    );
  });

  it('lists no Director or Edge servers when the plan has none', () => {
    const basis = lyncBasis(LYNC_SCENARIOS['no Edge']!, 'sfb-se');
    expect(basis.edges).toEqual([]);
    expect(basis.directors).toEqual([]);
    expect(lyncBasis(LYNC_SCENARIOS.largest!, 'sfb-se').directors.map((s) => s.fqdn)).toEqual([
      'dir01.contoso.local',
      'dir02.contoso.local',
    ]);
  });

  it('names the first pool the sign-in pool, and needs one', () => {
    const twoPools = lyncPlan({
      pools: [
        { fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01', ip: null }] },
        {
          fqdn: 'pool02.contoso.com',
          frontEnds: [{ name: 'FE02', ip: null }],
          externalWeb: 'webext2.contoso.com',
        },
      ],
    });
    const basis = lyncBasis(twoPools, 'sfb-se');
    expect(basis.pools.map((view) => [view.pool.fqdn, view.signIn])).toEqual([
      ['pool01.contoso.com', true],
      ['pool02.contoso.com', false],
    ]);
    expect(signInPool(basis).pool.fqdn).toBe('pool01.contoso.com');
    expect(() => signInPool({ ...basis, pools: [] })).toThrow('at least one pool');
  });
});

describe('servers and their FQDNs', () => {
  const fqdns = (plan: Plan) => {
    const basis = lyncBasis(plan, 'sfb-se');
    return {
      frontEnds: basis.pools.flatMap((view) => view.servers.map((server) => server.fqdn)),
      directors: basis.directors.map((server) => server.fqdn),
      edges: basis.edges.map((server) => server.fqdn),
    };
  };

  it('gives a pool of one the pool FQDN (Standard Edition, one Director, one Edge)', () => {
    const single = lyncPlan({
      pools: [
        { fqdn: 'se01.contoso.com', edition: 'standard', frontEnds: [{ name: 'SE01', ip: null }] },
      ],
      director: { enabled: true, servers: [{ name: 'DIR01', ip: null }] },
    });
    expect(fqdns(single)).toEqual({
      frontEnds: ['se01.contoso.com'],
      directors: ['dirpool.contoso.com'],
      edges: ['lsedge.contoso.local'],
    });
  });

  it('gives each member of a larger pool its own FQDN in the AD domain', () => {
    const pool = lyncPlan({
      pools: [
        {
          fqdn: 'se01.contoso.com',
          edition: 'standard',
          frontEnds: [
            { name: 'SE01', ip: null },
            { name: 'SE02', ip: null },
          ],
        },
      ],
    });
    expect(fqdns(pool).frontEnds).toEqual(['se01.contoso.com', 'se02.contoso.local']);
    expect(fqdns(LYNC_SCENARIOS.example!).frontEnds).toEqual(['fe01.contoso.local']);
    expect(fqdns(LYNC_SCENARIOS.largest!).edges).toEqual([
      'lsedge01.contoso.local',
      'lsedge02.contoso.local',
    ]);
  });
});

describe('topology helpers', () => {
  it('puts a name in the longest domain that holds it', () => {
    const plan = lyncPlan({}, { domains: { internal: 'corp.contoso.com' } });
    expect(zoneOf(plan, 'fe01.corp.contoso.com')).toBe('corp.contoso.com');
    expect(zoneOf(plan, 'sip.contoso.com')).toBe('contoso.com');
    expect(zoneOf(plan, 'host.elsewhere.org')).toBe('elsewhere.org');
  });

  it('keeps an SRV target in its own domain', () => {
    expect(srvTarget('contoso.com', 'pool01.contoso.com')).toBe('pool01.contoso.com');
    expect(srvTarget('fabrikam.com', 'pool01.contoso.com')).toBe('sip.fabrikam.com');
  });

  it('sends SIP to each Front End with DNS load balancing, else to the load balancer of a pool', () => {
    const basis = lyncBasis(LYNC_SCENARIOS.largest!, 'ocs-2007r2');
    const view = basis.pools[0]!;
    expect(sipAddresses(view, LYNC_PROFILES['ocs-2007r2']!)).toEqual(['10.0.0.20']);
    expect(sipAddresses(view, LYNC_PROFILES['lync-2010']!)).toHaveLength(4);
    const one = lyncBasis(LYNC_SCENARIOS.example!, 'ocs-2007r2').pools[0]!;
    expect(sipAddresses(one, LYNC_PROFILES['ocs-2007r2']!)).toEqual(['10.0.0.21']);
  });

  it('places the Edge services per layout and version', () => {
    const plan = LYNC_SCENARIOS['single address Edge']!;
    const lync = edgeServices(plan, LYNC_PROFILES['sfb-se']!);
    expect([lync.access.port, lync.webConferencing.port, lync.av.port]).toEqual([5061, 444, 443]);
    expect(lync.av.fqdn).toBe('sip.contoso.com');
    const ocs = edgeServices(plan, LYNC_PROFILES['ocs-2007r2']!);
    expect([ocs.access.port, ocs.webConferencing.port, ocs.av.port]).toEqual([443, 444, 443]);
    expect([ocs.av.fqdn, ocs.av.ipPath]).toEqual(['av.contoso.com', 'lync.edge.avIp']);
    expect(ocs.webConferencing.ipPath).toBe('lync.edge.accessIp');
    const separate = edgeServices(LYNC_SCENARIOS.example!, LYNC_PROFILES['sfb-se']!);
    expect(separate.shared).toBe(false);
    expect(separate.webConferencing).toEqual({
      fqdn: 'webcon.contoso.com',
      ip: '203.0.113.12',
      ipPath: 'lync.edge.webConferencingIp',
      port: 443,
    });
  });
});

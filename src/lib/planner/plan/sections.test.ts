/**
 * The rules of each plan section, read through parsePlan: defaults built from earlier fields, and
 * the checks across fields, each with its exact message and path.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse.ts';
import type { Plan } from './plan.ts';
import { defaultFriendlyName } from './sections/exchange.ts';

type Input = Record<string, unknown>;
const base = (patch: Input = {}): Input => ({
  domains: { primary: 'contoso.com' },
  certificate: { issueDate: '2026-12-01' },
  ...patch,
});
function plan(input: Input): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}
function issues(input: Input): string[] {
  const result = parsePlan(input);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('domains', () => {
  it('drops the primary domain, repeats and blanks from the additional domains, reporting them', () => {
    expect(
      issues(
        base({
          domains: {
            primary: 'contoso.com',
            additional: ['fabrikam.com', 'contoso.com', 'Fabrikam.com'],
          },
        }),
      ),
    ).toEqual([
      'domains.additional[1]: contoso.com is already the primary domain',
      'domains.additional[2]: fabrikam.com is listed twice',
    ]);
    expect(
      issues(
        base({ domains: { primary: 'contoso.com', additional: ['', 'fabrikam.com', 'a..b'] } }),
      ),
    ).toEqual([
      'domains.additional[0]: is required',
      'domains.additional[2]: "a..b" has an empty label; labels are separated by single dots',
    ]);
  });

  it('defaults the Active Directory domain to the primary, and accepts a single label', () => {
    expect(plan(base()).domains.internal).toBe('contoso.com');
    expect(
      plan(base({ domains: { primary: 'contoso.com', internal: 'CONTOSO' } })).domains.internal,
    ).toBe('contoso');
  });
});

describe('certificate policy', () => {
  it.each([
    ['public', '2026-03-14', 397],
    ['public', '2026-03-15', 199],
    ['enterprise', '2026-03-15', 730],
  ])('a %s CA on %s defaults to %i days', (authority, issueDate, days) => {
    expect(plan(base({ certificate: { authority, issueDate } })).certificate.validityDays).toBe(
      days,
    );
  });

  it('takes the issue date from the caller only when the plan has none', () => {
    const result = parsePlan({ domains: { primary: 'contoso.com' } }, { today: '2027-05-01' });
    expect(result.ok && result.plan.certificate).toEqual({
      authority: 'public',
      keySize: 2048,
      issueDate: '2027-05-01',
      validityDays: 99,
      purpose: 'new',
    });
  });
});

describe('exchange', () => {
  const servers = (...names: string[]) => names.map((name) => ({ name }));

  it('builds its names from the primary domain', () => {
    const exchange = plan(base({ domains: { primary: 'fabrikam.com' } })).exchange;
    expect(exchange.namespace).toBe('mail.fabrikam.com');
    expect(exchange.legacy.namespace).toBe('legacy.fabrikam.com');
    expect(exchange.edge.fqdn).toBe('edge.fabrikam.com');
    expect(exchange.certificate.friendlyName).toBe('mail.fabrikam.com 2026-12-01');
  });

  it('writes the default FriendlyName from the namespace and issue date, under 64 characters', () => {
    expect(defaultFriendlyName('mail.contoso.com', '2026-12-01')).toBe(
      'mail.contoso.com 2026-12-01',
    );
    const long = `${'a'.repeat(60)}.com`;
    expect(defaultFriendlyName(long, '2026-12-01')).toBe(`${long} 2026-12-01`.slice(0, 63));
    expect(
      plan(base({ exchange: { namespace: long } })).exchange.certificate.friendlyName,
    ).toHaveLength(63);
  });

  it('removes repeated and blank additional names', () => {
    expect(
      plan(
        base({
          exchange: {
            certificate: { additionalNames: ['a.contoso.com', 'A.contoso.com', 'EX01'] },
          },
        }),
      ).exchange.certificate.additionalNames,
    ).toEqual(['a.contoso.com', 'ex01']);
  });

  it('reads a site namespace equal to the shared one as none, and keeps one of its own', () => {
    const sites = plan(
      base({
        exchange: {
          namespace: 'owa.contoso.com',
          sites: [
            { name: 'A', servers: servers('EX01'), namespace: 'OWA.contoso.com' },
            { name: 'B', servers: servers('EX02'), namespace: 'mail2.contoso.com' },
            { name: 'C', servers: servers('EX03'), namespace: '' },
          ],
        },
      }),
    ).exchange.sites;
    expect(sites.map((site) => site.namespace)).toEqual([null, 'mail2.contoso.com', null]);
  });

  it('reports a site listed twice, whatever the case', () => {
    expect(
      issues(
        base({
          exchange: {
            sites: [
              { name: 'Redmond', servers: servers('EX01') },
              { name: 'REDMOND', servers: servers('EX02') },
            ],
          },
        }),
      ),
    ).toEqual(['exchange.sites[1].name: the site REDMOND is listed twice']);
  });

  it('reports a server listed in two roles, at the second place, naming the first', () => {
    expect(
      issues(
        base({
          exchange: {
            sites: [
              { name: 'A', servers: servers('EX01', 'EX02') },
              { name: 'B', servers: servers('EX03') },
            ],
            edge: { servers: servers('ex03') },
            legacy: { servers: servers('Ex01', 'EX07') },
          },
        }),
      ),
    ).toEqual([
      'exchange.edge.servers[0].name: ex03 is already listed at exchange.sites[1].servers[0].name',
      'exchange.legacy.servers[0].name: Ex01 is already listed at exchange.sites[0].servers[0].name',
    ]);
  });

  it('needs an Edge server when the Edge is on, and not otherwise', () => {
    expect(issues(base({ exchange: { services: { edge: true } } }))).toEqual([
      'exchange.edge.servers: needs at least one Edge Transport server when exchange.services.edge is on',
    ]);
    expect(
      issues(
        base({ exchange: { services: { edge: true }, edge: { servers: servers('EDGE01') } } }),
      ),
    ).toEqual([]);
    expect(issues(base({ exchange: { services: { edge: false } } }))).toEqual([]);
  });

  it('says which sites and servers are missing', () => {
    expect(issues(base({ exchange: { sites: [] } }))).toEqual([
      'exchange.sites: needs at least one site with one Exchange server',
    ]);
    expect(issues(base({ exchange: { sites: [{ name: 'A', servers: [] }] } }))).toEqual([
      'exchange.sites[0].servers: needs at least one Exchange server',
    ]);
    // Left out, not only empty: the rules need a server to run each step on.
    expect(issues(base({ exchange: { sites: [{ name: 'A' }] } }))).toEqual([
      'exchange.sites[0].servers: needs at least one Exchange server',
    ]);
    expect(issues(base({ lync: { pools: [{ fqdn: 'pool01.contoso.com' }] } }))).toEqual([
      'lync.pools[0].frontEnds: needs at least one Front End server',
    ]);
  });
});

describe('lync', () => {
  it('builds every name from the first SIP domain and the AD domain', () => {
    const lync = plan(
      base({
        domains: { primary: 'contoso.com', internal: 'corp.contoso.com' },
        lync: { sipDomains: ['fabrikam.com', 'contoso.com'] },
      }),
    ).lync;
    expect(lync.pools).toEqual([
      {
        fqdn: 'pool01.fabrikam.com',
        edition: 'enterprise',
        frontEnds: [{ name: 'FE01', ip: null }],
        internalWeb: 'pool01.fabrikam.com',
        externalWeb: 'webext.fabrikam.com',
        webVip: null,
      },
    ]);
    expect(lync.director).toEqual({
      enabled: false,
      fqdn: 'dirpool.fabrikam.com',
      servers: [],
      externalWeb: 'webdir.fabrikam.com',
    });
    expect(lync.edge).toMatchObject({
      internalFqdn: 'lsedge.corp.contoso.com',
      accessFqdn: 'sip.fabrikam.com',
      webConferencingFqdn: 'webcon.fabrikam.com',
      avFqdn: 'av.fabrikam.com',
      servers: [{ name: 'LSEDGE01', ip: null }],
    });
    expect(lync.simpleUrls).toEqual({ meet: 'meet', dialin: 'dialin.fabrikam.com', admin: null });
  });

  it('defaults a given pool’s web names from its own FQDN and the SIP domain', () => {
    const [pool] = plan(
      base({ lync: { pools: [{ fqdn: 'pool02.contoso.com', frontEnds: [{ name: 'FE02' }] }] } }),
    ).lync.pools;
    expect(pool).toMatchObject({
      internalWeb: 'pool02.contoso.com',
      externalWeb: 'webext.contoso.com',
    });
  });

  it('reports repeated SIP domains and pools, a dotted meet label and servers in two roles', () => {
    expect(
      issues(
        base({
          lync: {
            sipDomains: ['contoso.com', 'fabrikam.com', 'CONTOSO.com'],
            pools: [
              { fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01' }] },
              { fqdn: 'POOL01.contoso.com', frontEnds: [{ name: 'FE02' }] },
            ],
            director: { servers: [{ name: 'fe02' }] },
            edge: { servers: [{ name: 'FE01' }] },
            simpleUrls: { meet: 'meet.contoso.com' },
          },
        }),
      ),
    ).toEqual([
      'lync.sipDomains[2]: contoso.com is listed twice',
      'lync.director.servers[0].name: fe02 is already listed at lync.pools[1].frontEnds[0].name',
      'lync.edge.servers[0].name: FE01 is already listed at lync.pools[0].frontEnds[0].name',
      'lync.simpleUrls.meet: is one label (meet); each SIP domain gets meet.<domain>',
      'lync.pools[1].fqdn: pool01.contoso.com is listed twice',
    ]);
  });

  it('accepts a one-label meet name', () => {
    expect(plan(base({ lync: { simpleUrls: { meet: 'Join' } } })).lync.simpleUrls.meet).toBe(
      'join',
    );
  });
});

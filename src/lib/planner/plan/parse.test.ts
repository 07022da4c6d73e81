import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from './example.ts';
import { parsePlan } from './parse.ts';
import type { Issue } from './plan.ts';

const minimal = {
  domains: { primary: 'Contoso.com.' },
  certificate: { issueDate: '2026-12-01' },
  exchange: { product: 'exchange-2019', sites: [{ servers: [{ name: 'EX01' }] }] },
};

function issuesOf(input: unknown): Issue[] {
  const result = parsePlan(input);
  return result.ok ? [] : result.issues;
}

describe('parsePlan', () => {
  it('accepts the example plan unchanged', () => {
    expect(parsePlan(EXAMPLE_PLAN)).toEqual({ ok: true, plan: EXAMPLE_PLAN });
  });

  it('fills every default from a minimal plan', () => {
    const result = parsePlan(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.domains).toEqual({
      primary: 'contoso.com',
      additional: [],
      internal: 'contoso.com',
    });
    expect(plan.exchange.namespace).toBe('mail.contoso.com');
    expect(plan.exchange.legacy.namespace).toBe('legacy.contoso.com');
    expect(plan.exchange.edge.fqdn).toBe('edge.contoso.com');
    expect(plan.exchange.sites).toEqual([
      {
        name: 'Default-First-Site-Name',
        servers: [{ name: 'EX01', ip: null }],
        publicIp: null,
        internalVip: null,
        namespace: null,
        failbackNamespace: null,
        clientAccessArray: null,
      },
    ]);
    expect(plan.certificate).toEqual({
      authority: 'public',
      keySize: 2048,
      issueDate: '2026-12-01',
      validityDays: 199,
      purpose: 'new',
    });
    expect(plan.exchange.certificate).toEqual({
      wildcard: false,
      friendlyName: 'mail.contoso.com 2026-12-01',
      additionalNames: [],
    });
    expect(plan.lync).toMatchObject({
      enabled: false,
      product: 'sfb-se',
      sipDomains: ['contoso.com'],
      edge: { accessFqdn: 'sip.contoso.com', internalFqdn: 'lsedge.contoso.com' },
      simpleUrls: { meet: 'meet', dialin: 'dialin.contoso.com', admin: null },
    });
    expect(plan.exchange).toMatchObject({
      enabled: true,
      product: 'exchange-2019',
      coexistWith: 'none',
      autodiscover: 'host',
      internalDns: 'split-brain',
      certificateFolder: 'C:\\Certs',
    });
  });

  it('defaults the validity to the CA/Browser Forum "should" limit of the issue date', () => {
    const validity = (issueDate: string) => {
      const result = parsePlan({ ...minimal, certificate: { issueDate } });
      return result.ok ? result.plan.certificate.validityDays : undefined;
    };
    expect(validity('2026-03-14')).toBe(397);
    expect(validity('2026-03-15')).toBe(199);
    expect(validity('2027-03-15')).toBe(99);
    expect(validity('2029-03-15')).toBe(46);
  });

  it('uses today only when the caller gives it', () => {
    const { certificate, ...withoutDate } = minimal;
    expect(issuesOf(withoutDate)).toEqual([
      { path: 'certificate.issueDate', message: 'is required (YYYY-MM-DD)' },
    ]);
    const result = parsePlan(withoutDate, { today: '2027-05-01' });
    expect(result.ok && result.plan.certificate.issueDate).toBe('2027-05-01');
    expect(certificate).toBeDefined();
  });

  it('accepts choices in any case, and versions written as numbers', () => {
    const result = parsePlan({
      ...minimal,
      exchange: { ...minimal.exchange, product: 'Exchange-SE', coexistWith: 2016 },
    });
    expect(result.ok && [result.plan.exchange.product, result.plan.exchange.coexistWith]).toEqual([
      'exchange-se',
      '2016',
    ]);
  });

  it('gives a reader who entered nothing of Exchange a complete Exchange part, with one assumed server', () => {
    const result = parsePlan({ domains: { primary: 'contoso.com' } }, { today: '2026-12-01' });
    expect(result.ok && result.plan.exchange.sites).toEqual([
      {
        name: 'Default-First-Site-Name',
        servers: [{ name: 'EX01', ip: null }],
        publicIp: null,
        internalVip: null,
        namespace: null,
        failbackNamespace: null,
        clientAccessArray: null,
      },
    ]);
  });

  it('treats the shared namespace repeated on a site as "no site namespace"', () => {
    const result = parsePlan({
      ...minimal,
      exchange: {
        ...minimal.exchange,
        sites: [{ namespace: 'mail.contoso.com', servers: [{ name: 'EX01' }] }],
      },
    });
    expect(result.ok && result.plan.exchange.sites[0]?.namespace).toBeNull();
  });

  it.each([
    [{ ...minimal, domains: { primary: 'contoso..com' } }, 'domains.primary', 'empty label'],
    [
      {
        ...minimal,
        domains: { primary: 'contoso.com', additional: ['fabrikam.com', 'Fabrikam.com'] },
      },
      'domains.additional[1]',
      'listed twice',
    ],
    [
      { ...minimal, domains: { primary: 'contoso.com', additional: ['contoso.com'] } },
      'domains.additional[0]',
      'already the primary domain',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, product: '2019' } },
      'exchange.product',
      'must be one of: exchange-2007',
    ],
    [
      { ...minimal, lync: { product: 'exchange-2019' } },
      'lync.product',
      'must be one of: ocs-2007r2',
    ],
    [{ ...minimal, lync: { sipDomains: [] } }, 'lync.sipDomains', 'at least 1'],
    [
      { ...minimal, lync: { sipDomains: ['contoso.com', 'Contoso.com'] } },
      'lync.sipDomains[1]',
      'listed twice',
    ],
    [
      {
        ...minimal,
        lync: {
          pools: [{ fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01' }] }],
          edge: { servers: [{ name: 'fe01' }] },
        },
      },
      'lync.edge.servers[0].name',
      'already listed at lync.pools[0].frontEnds[0].name',
    ],
    [
      { ...minimal, lync: { simpleUrls: { meet: 'meet.contoso.com' } } },
      'lync.simpleUrls.meet',
      'one label',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, sites: [] } },
      'exchange.sites',
      'at least one site',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, sites: [{ servers: [] }] } },
      'exchange.sites[0].servers',
      'at least one Exchange server',
    ],
    [
      {
        ...minimal,
        exchange: { ...minimal.exchange, sites: [{ servers: [{ name: 'EXCHANGE-SERVER-01' }] }] },
      },
      'exchange.sites[0].servers[0].name',
      'at most 15',
    ],
    [
      {
        ...minimal,
        exchange: {
          ...minimal.exchange,
          sites: [{ servers: [{ name: 'EX01', ip: '10.0.0.300' }] }],
        },
      },
      'exchange.sites[0].servers[0].ip',
      'above 255',
    ],
    [
      {
        ...minimal,
        exchange: {
          ...minimal.exchange,
          sites: [{ servers: [{ name: 'EX01' }, { name: 'ex01' }] }],
        },
      },
      'exchange.sites[0].servers[1].name',
      'already listed at exchange.sites[0].servers[0].name',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, services: { edge: true } } },
      'exchange.edge.servers',
      'at least one Edge Transport server',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, certificateFolder: 'Certs' } },
      'exchange.certificateFolder',
      'not a folder path',
    ],
    [
      { ...minimal, certificate: { issueDate: '2026-02-30' } },
      'certificate.issueDate',
      'not a date',
    ],
    [
      { ...minimal, certificate: { issueDate: '2026-12-01', keySize: 3072 } },
      'certificate.keySize',
      'must be one of: 1024, 2048, 4096',
    ],
    [
      { ...minimal, certificate: { issueDate: '2026-12-01', validityDays: 0 } },
      'certificate.validityDays',
      'between 1 and 3650',
    ],
    [
      {
        ...minimal,
        exchange: { ...minimal.exchange, certificate: { friendlyName: 'x'.repeat(64) } },
      },
      'exchange.certificate.friendlyName',
      'at most 63',
    ],
    [{ ...minimal, organization: { country: 'UK' } }, 'organization.country', 'use GB'],
    [{ ...minimal, organization: { name: 'Contoso "Ltd"' } }, 'organization.name', 'contains "'],
    [
      { ...minimal, organization: { name: 'Contoso\nLtd' } },
      'organization.name',
      'control character',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, namepsace: 'mail.contoso.com' } },
      'exchange.namepsace',
      'is not a plan field',
    ],
    [{ ...minimal, version: 3 }, 'version', 'reads plan versions 1 and 2'],
    [
      { ...minimal, certificate: { issueDate: '2026-12-01', wildcard: true } },
      'certificate.wildcard',
      'is not a plan field',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, services: { pop: 'yes' } } },
      'exchange.services.pop',
      'true or false',
    ],
  ])('reports a broken field by its path (%#)', (input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf({
      domains: { primary: 'bad..name' },
      exchange: { product: 'exchange-2019', sites: [] },
    });
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['domains.primary', 'exchange.sites', 'certificate.issueDate']),
    );
  });

  it.each([null, undefined, 42, 'plan', []])(
    'rejects %j with a message instead of throwing',
    (input) => {
      expect(parsePlan(input).ok).toBe(false);
    },
  );
});

describe('parsePlan reads plan v1', () => {
  const v1 = {
    version: 1,
    domains: { primary: 'contoso.com' },
    certificate: { issueDate: '2026-12-01', wildcard: true, friendlyName: 'Contoso 2026' },
    exchange: { version: '2016', sites: [{ servers: [{ name: 'EX01' }] }] },
  };

  it('migrates it to plan v2, moving the client certificate fields under exchange', () => {
    const result = parsePlan(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.version).toBe(2);
    expect(result.plan.exchange).toMatchObject({
      enabled: true,
      product: 'exchange-2016',
      certificate: { wildcard: true, friendlyName: 'Contoso 2026', additionalNames: [] },
    });
    expect(result.plan.lync.enabled).toBe(false);
  });

  it('recognises a v1 plan without a version number by its v1 fields', () => {
    const { version: _version, ...unversioned } = v1;
    expect(parsePlan(unversioned)).toEqual(parsePlan(v1));
  });

  it('accepts the flat legacyNamespace of the first v1 drafts', () => {
    const result = parsePlan({
      ...v1,
      exchange: { ...v1.exchange, legacyNamespace: 'Legacy.Contoso.com' },
    });
    expect(result.ok && result.plan.exchange.legacy.namespace).toBe('legacy.contoso.com');
  });

  it('accepts v1 versions written as numbers or in any case', () => {
    const result = parsePlan({ ...v1, exchange: { ...v1.exchange, version: 'SE' } });
    expect(result.ok && result.plan.exchange.product).toBe('exchange-se');
  });

  it('still reports what v1 reported, at the v2 path', () => {
    expect(issuesOf({ ...v1, exchange: { ...v1.exchange, version: '2010' } })).toContainEqual({
      path: 'exchange.product',
      message: expect.stringContaining('must be one of'),
    });
    expect(issuesOf({ ...v1, exchange: { version: '2016' } })).toContainEqual({
      path: 'exchange.sites',
      message: expect.stringContaining('at least one site'),
    });
  });
});

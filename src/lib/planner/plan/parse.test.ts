import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from './example.ts';
import { parsePlan } from './parse.ts';
import type { Issue } from './types.ts';

const minimal = {
  domains: { primary: 'Contoso.com.' },
  certificate: { issueDate: '2026-12-01' },
  exchange: { version: '2019', sites: [{ servers: [{ name: 'EX01' }] }] },
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
      },
    ]);
    expect(plan.certificate).toMatchObject({
      authority: 'public',
      keySize: 2048,
      wildcard: false,
      validityDays: 199,
      friendlyName: 'mail.contoso.com 2026-12-01',
    });
    expect(plan.exchange).toMatchObject({
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

  it('accepts versions written as numbers or in any case', () => {
    const result = parsePlan({
      ...minimal,
      exchange: { ...minimal.exchange, version: 'SE', coexistWith: 2016 },
    });
    expect(result.ok && [result.plan.exchange.version, result.plan.exchange.coexistWith]).toEqual([
      'se',
      '2016',
    ]);
  });

  it('accepts the flat legacyNamespace of the first plan drafts', () => {
    const result = parsePlan({
      ...minimal,
      exchange: { ...minimal.exchange, legacyNamespace: 'Legacy.Contoso.com' },
    });
    expect(result.ok && result.plan.exchange.legacy.namespace).toBe('legacy.contoso.com');
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
      { ...minimal, exchange: { ...minimal.exchange, version: '2010' } },
      'exchange.version',
      'must be one of: 2013, 2016, 2019, se',
    ],
    [
      { ...minimal, exchange: { ...minimal.exchange, version: undefined } },
      'exchange.version',
      'is required',
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
      { ...minimal, certificate: { issueDate: '2026-12-01', friendlyName: 'x'.repeat(64) } },
      'certificate.friendlyName',
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
    [{ ...minimal, version: 2 }, 'version', 'reads plan version 1'],
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
      exchange: { version: '2019', sites: [] },
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

/**
 * Derived names and owners (issue 8, finding 7): plans whose zones BIND would reject, or whose
 * certificate a CA would refuse, are refused with a message that names both fields.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../parse.ts';
import type { Issue } from '../plan.ts';

const base = {
  domains: { primary: 'contoso.com', additional: ['fabrikam.com'] },
  certificate: { issueDate: '2026-12-01' },
  exchange: { product: 'exchange-2013', sites: [{ servers: [{ name: 'EX01' }] }] },
};
const issuesOf = (patch: { domains?: object; exchange?: object }): Issue[] => {
  const result = parsePlan({
    ...base,
    domains: { ...base.domains, ...patch.domains },
    exchange: { ...base.exchange, ...patch.exchange },
  });
  return result.ok ? [] : result.issues;
};
/** A domain of exactly `length` characters. */
const domainOf = (length: number) => {
  const labels = [];
  let left = length - 4; // ".com"
  while (left > 0) {
    const size = Math.min(63, left === 64 ? 62 : left);
    labels.push('a'.repeat(size));
    left -= size + 1;
  }
  return `${labels.join('.')}.com`.slice(-length);
};

describe('one owner name is never both an address and an alias', () => {
  it.each([
    [
      { exchange: { namespace: 'autodiscover.contoso.com' } },
      'exchange.namespace',
      'domains.primary',
    ],
    [
      { exchange: { namespace: 'autodiscover.fabrikam.com' } },
      'exchange.namespace',
      'domains.additional[0]',
    ],
    [
      {
        exchange: {
          services: { edge: true },
          edge: { fqdn: 'autodiscover.contoso.com', servers: [{ name: 'EDGE01' }] },
        },
      },
      'exchange.edge.fqdn',
      'domains.primary',
    ],
    [
      { exchange: { coexistWith: '2007', legacy: { namespace: 'autodiscover.contoso.com' } } },
      'exchange.legacy.namespace',
      'domains.primary',
    ],
    [
      {
        exchange: {
          sites: [{ servers: [{ name: 'EX01' }], namespace: 'autodiscover.contoso.com' }],
        },
      },
      'exchange.sites[0].namespace',
      'domains.primary',
    ],
    [
      { domains: { additional: ['autodiscover.contoso.com'] } },
      'domains.additional[0]',
      'domains.primary',
    ],
  ])('%j is refused at %s, naming %s', (patch, field, other) => {
    expect(issuesOf(patch)).toEqual([
      { path: field, message: expect.stringContaining(`Autodiscover alias (CNAME) of ${other}`) },
    ]);
  });

  it('an SRV-record domain has no alias, so its autodiscover name is free', () => {
    expect(
      issuesOf({ exchange: { autodiscover: 'srv', namespace: 'autodiscover.fabrikam.com' } }),
    ).toEqual([]);
  });

  it('a legacy name only counts while the older version is there', () => {
    expect(issuesOf({ exchange: { legacy: { namespace: 'autodiscover.contoso.com' } } })).toEqual(
      [],
    );
  });
});

describe('derived names keep to the DNS limits', () => {
  it('refuses a primary domain whose autodiscover name would pass 253 characters', () => {
    const primary = domainOf(241);
    expect(primary).toHaveLength(241);
    const issues = issuesOf({
      domains: { primary, additional: [] },
      exchange: { namespace: 'mail.contoso.com' },
    });
    expect(issues).toContainEqual({
      path: 'domains.primary',
      message:
        'gives autodiscover.<domain>, 254 characters long; a DNS name has at most 253 (RFC 1035)',
    });
  });

  it('refuses a default built from a long primary domain, at the field that has the default', () => {
    const primary = domainOf(250);
    const issues = issuesOf({ domains: { primary, additional: [] } });
    expect(issues).toContainEqual({
      path: 'exchange.namespace',
      message: expect.stringContaining('is 255 characters long; a DNS name has at most 253'),
    });
  });

  it('checks _autodiscover._tcp.<domain> for domains that use SRV records', () => {
    const issues = issuesOf({
      domains: { additional: [domainOf(236)] },
      exchange: { autodiscover: 'srv' },
    });
    expect(issues).toContainEqual({
      path: 'domains.additional[0]',
      message: expect.stringContaining('gives _autodiscover._tcp.<domain>, 255 characters long'),
    });
  });

  it('accepts the longest primary domain whose names all fit', () => {
    expect(
      issuesOf({
        domains: { primary: domainOf(240), additional: [] },
        exchange: { namespace: 'mail.contoso.com' },
      }),
    ).toEqual([]);
  });
});

describe('common names hold at most 64 characters', () => {
  const long = `${'n'.repeat(61)}.com`; // 65 characters
  it('flags a namespace of 65 characters: it is the client certificate CN', () => {
    expect(issuesOf({ exchange: { namespace: long } })).toEqual([
      {
        path: 'exchange.namespace',
        message:
          "is 65 characters long; it is a certificate's common name (CN), which holds at most 64 (X.509)",
      },
    ]);
    expect(issuesOf({ exchange: { namespace: long.slice(1) } })).toEqual([]);
  });

  it('flags an Edge FQDN of 65 characters when the Edge is on', () => {
    const edge = { services: { edge: true }, edge: { fqdn: long, servers: [{ name: 'EDGE01' }] } };
    expect(issuesOf({ exchange: edge })).toEqual([
      { path: 'exchange.edge.fqdn', message: expect.stringContaining('holds at most 64') },
    ]);
  });
});

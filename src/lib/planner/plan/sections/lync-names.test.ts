/**
 * Lync names that become a certificate's subject hold at most 64 characters (X.509
 * ub-common-name): the pool FQDN, the external web FQDN behind the reverse proxy, the Director
 * pool and the Edge interfaces. A plan without Lync is not held to them.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../parse.ts';
import type { Issue } from '../plan.ts';

const LONG = `${'n'.repeat(61)}.com`; // 65 characters
const MESSAGE =
  "is 65 characters long; it is a certificate's common name (CN), which holds at most 64 (X.509)";

const issuesOf = (lync: object): Issue[] => {
  const result = parsePlan({
    domains: { primary: 'contoso.com' },
    certificate: { issueDate: '2026-12-01' },
    exchange: { enabled: false },
    lync: {
      enabled: true,
      pools: [{ fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01' }] }],
      ...lync,
    },
  });
  return result.ok ? [] : result.issues;
};
const pool = (fields: object) => ({
  pools: [{ fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01' }], ...fields }],
});

describe('Lync subject names hold at most 64 characters', () => {
  it.each([
    ['lync.pools[0].fqdn', pool({ fqdn: LONG })],
    ['lync.pools[0].externalWeb', pool({ externalWeb: LONG })],
    [
      'lync.director.fqdn',
      { director: { enabled: true, fqdn: LONG, servers: [{ name: 'DIR01' }] } },
    ],
    ['lync.edge.internalFqdn', { edge: { enabled: true, internalFqdn: LONG } }],
    ['lync.edge.accessFqdn', { edge: { enabled: true, accessFqdn: LONG } }],
    ['lync.edge.webConferencingFqdn', { edge: { enabled: true, webConferencingFqdn: LONG } }],
  ])('%s of 65 characters is refused', (path, lync) => {
    expect(issuesOf(lync)).toEqual([{ path, message: MESSAGE }]);
  });

  it('accepts 64 characters', () => {
    expect(issuesOf(pool({ fqdn: LONG.slice(1) }))).toEqual([]);
  });

  it('leaves names of roles the plan does not deploy alone', () => {
    expect(issuesOf({ director: { enabled: false, fqdn: LONG } })).toEqual([]);
    expect(issuesOf({ edge: { enabled: false, accessFqdn: LONG } })).toEqual([]);
  });

  it('does not hold a plan without Lync to its Lync names', () => {
    const result = parsePlan({
      domains: { primary: 'contoso.com' },
      certificate: { issueDate: '2026-12-01' },
      lync: { enabled: false, edge: { accessFqdn: LONG } },
    });
    expect(result.ok).toBe(true);
  });
});

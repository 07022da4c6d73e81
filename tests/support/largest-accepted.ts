/**
 * The largest plan the limits accept (plan/sections/common.ts LIMITS): every list at its limit,
 * every service on, each site with its own namespace. The benchmark measures it and the tests check
 * that it derives and renders in bounded time; built from LIMITS, so it follows them.
 */
import { parsePlan, type Plan } from '../../src/lib/planner/index.ts';
import { LIMITS } from '../../src/lib/planner/plan/sections/common.ts';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);
const servers = (prefix: string, count: number, subnet: number) =>
  range(count).map((index) => ({
    name: `${prefix}${index + 1}`,
    ip: `10.${subnet}.0.${index + 1}`,
  }));

/** Exchange servers spread over every site: as many sites as allowed, the total at its limit. */
const perSite = range(LIMITS.sites).map(
  (site) =>
    Math.floor(LIMITS.exchangeServers / LIMITS.sites) +
    (site < LIMITS.exchangeServers % LIMITS.sites ? 1 : 0),
);

const raw = {
  organization: { name: 'Contoso Ltd', country: 'US', state: 'Washington', locality: 'Redmond' },
  domains: {
    primary: 'contoso.com',
    additional: range(LIMITS.domains).map((index) => `accepted${index + 1}.com`),
  },
  certificate: { issueDate: '2026-12-01' },
  exchange: {
    product: 'exchange-2013',
    coexistWith: '2007',
    sites: perSite.map((count, site) => ({
      name: `Site${site + 1}`,
      servers: servers(`EX${site + 1}-`, Math.min(count, LIMITS.servers), site + 1),
      publicIp: `198.51.100.${site + 1}`,
      internalVip: `10.${site + 1}.255.1`,
      namespace: `mail${site + 1}.contoso.com`,
    })),
    services: { pop: true, imap: true, um: true, edge: true },
    edge: { servers: servers('EDGE', LIMITS.servers, 200), publicIp: '198.51.100.200' },
    legacy: { servers: servers('OLD', LIMITS.servers, 201), publicIp: '198.51.100.201' },
    certificate: {
      additionalNames: range(LIMITS.domains).map((index) => `extra${index + 1}.contoso.com`),
    },
  },
  lync: {
    enabled: true,
    sipDomains: range(LIMITS.domains).map((index) => `sip${index + 1}.com`),
    // As many Front End servers as all pools together may hold, in full pools.
    pools: range(Math.ceil(LIMITS.lyncFrontEnds / LIMITS.servers)).map((pool) => ({
      fqdn: `pool${pool + 1}.sip1.com`,
      frontEnds: servers(
        `FE${pool + 1}-`,
        Math.min(LIMITS.servers, LIMITS.lyncFrontEnds - pool * LIMITS.servers),
        100 + pool,
      ),
    })),
    director: { enabled: true, servers: servers('DIR', LIMITS.servers, 150) },
    edge: { servers: servers('LSE', LIMITS.servers, 151) },
  },
};

const result = parsePlan(raw);
if (!result.ok) throw new Error(`largest accepted plan: ${JSON.stringify(result.issues)}`);
export const LARGEST_ACCEPTED_PLAN: Plan = result.plan;

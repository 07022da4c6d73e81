/**
 * Plans for the Lync / Skype for Business scenarios of reference/lync.md (§2–§7, the certificate
 * and DNS tables, the conflicts of §11) and the OCS 2007 R2 and Lync 2010 seed articles, written
 * as raw input and parsed like any other plan. Names follow Microsoft's examples (contoso.com,
 * fabrikam.com); addresses come from the documentation ranges.
 */
import { availableProducts, type LyncProductId, type Plan } from '../../src/lib/planner/index.ts';
import { planWith } from './scenarios.ts';

type Input = Record<string, unknown>;

/** The example plan with a Lync patch (deep-merged, lists replace). */
export const lyncPlan = (lync: Input, rest: Input = {}): Plan => planWith({ ...rest, lync });

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

/**
 * The largest Lync plan the benchmark names: two SIP domains, an Enterprise pool of four Front
 * Ends, a Director pool, an Edge pool of two, mobility and federation, every address known.
 */
export const LARGEST_LYNC_PLAN: Plan = lyncPlan(
  {
    sipDomains: ['contoso.com', 'fabrikam.com'],
    pools: [
      {
        fqdn: 'pool01.contoso.com',
        edition: 'enterprise',
        frontEnds: range(4).map((n) => ({ name: `FE0${n}`, ip: `10.0.0.2${n}` })),
        internalWeb: 'webint.contoso.com',
        externalWeb: 'webext.contoso.com',
        webVip: '10.0.0.20',
      },
    ],
    director: {
      enabled: true,
      fqdn: 'dirpool.contoso.com',
      servers: range(2).map((n) => ({ name: `DIR0${n}`, ip: `10.0.0.3${n}` })),
      externalWeb: 'webdir.contoso.com',
    },
    edge: {
      enabled: true,
      internalFqdn: 'lsedge.contoso.local',
      servers: range(2).map((n) => ({ name: `LSEDGE0${n}`, ip: `172.16.0.1${n}` })),
      accessIp: '198.51.100.11',
      webConferencingIp: '198.51.100.12',
      avIp: '198.51.100.13',
    },
    reverseProxy: { product: 'iis-arr', publicIp: '198.51.100.10' },
    simpleUrls: { admin: 'admin.contoso.com' },
    mobility: true,
    federation: true,
  },
  { domains: { additional: ['fabrikam.com'] } },
);

/** Microsoft's Skype for Business example: pool eepool, two SIP domains, sip/webcon/av Edge names. */
const MICROSOFT_EXAMPLE = lyncPlan(
  {
    sipDomains: ['contoso.com', 'fabrikam.com'],
    pools: [
      {
        fqdn: 'eepool.contoso.com',
        edition: 'enterprise',
        frontEnds: [{ name: 'EE01', ip: '10.0.0.21' }],
        internalWeb: 'eepool.contoso.com',
        externalWeb: 'webcon01.contoso.com',
      },
    ],
    edge: {
      internalFqdn: 'sfbedge.contoso.net',
      servers: [{ name: 'SFBEDGE', ip: '172.25.33.10' }],
      accessIp: '131.107.155.10',
      webConferencingIp: '131.107.155.20',
      avIp: '131.107.155.30',
    },
    reverseProxy: { publicIp: '131.107.155.40' },
  },
  { domains: { additional: ['fabrikam.com'], internal: 'contoso.net' } },
);

export const LYNC_SCENARIOS: Readonly<Record<string, Plan>> = {
  example: lyncPlan({}),
  largest: LARGEST_LYNC_PLAN,
  'Microsoft example, two SIP domains': MICROSOFT_EXAMPLE,
  'pool in the Active Directory domain': lyncPlan({
    pools: [
      {
        fqdn: 'pool01.contoso.local',
        frontEnds: [
          { name: 'FE01', ip: '10.0.0.21' },
          { name: 'FE02', ip: '10.0.0.22' },
        ],
        internalWeb: 'webint.contoso.local',
        webVip: '10.0.0.20',
      },
    ],
    edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  'Standard Edition': lyncPlan({
    pools: [
      {
        fqdn: 'lyncse01.contoso.com',
        edition: 'standard',
        frontEnds: [{ name: 'LYNCSE01', ip: '10.0.0.21' }],
      },
    ],
    edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  'single address Edge': lyncPlan({
    edge: { layout: 'single-ip', servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  'XMPP federation': lyncPlan({
    xmpp: true,
    edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  'online enterprise CA': lyncPlan(
    {
      issuingCa: 'ca01.contoso.local\\Contoso Issuing CA',
      edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
    },
    { certificate: { authority: 'enterprise', validityDays: 730 } },
  ),
  'no Edge': lyncPlan({ edge: { enabled: false }, federation: false }),
  'no mobility, no federation': lyncPlan({
    mobility: false,
    federation: false,
    edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  'ISA Server 2006 without SP1': lyncPlan({
    reverseProxy: { product: 'isa-2006' },
    edge: { servers: [{ name: 'LSEDGE01', ip: '172.16.0.10' }] },
  }),
  renewal: lyncPlan(
    {
      edge: {
        servers: [
          { name: 'LSEDGE01', ip: '172.16.0.10' },
          { name: 'LSEDGE02', ip: '172.16.0.11' },
        ],
      },
    },
    { certificate: { purpose: 'renewal' } },
  ),
  'addresses not known': lyncPlan({
    pools: [{ fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01', ip: null }] }],
    edge: { accessIp: null, webConferencingIp: null, avIp: null },
    reverseProxy: { publicIp: null },
  }),
  // One public certificate with Exchange 2010, the version every Lync product shares with here.
  'one certificate with Exchange, two Edge servers': lyncPlan(
    {
      shareWithExchange: true,
      edge: {
        servers: [
          { name: 'LSEDGE01', ip: '172.16.0.10' },
          { name: 'LSEDGE02', ip: '172.16.0.11' },
        ],
      },
    },
    { exchange: { product: 'exchange-2010' } },
  ),
};

export const LYNC_PRODUCTS = availableProducts('lync').map(
  (product) => product.id as LyncProductId,
);

/** Every scenario for every Lync product, for table-driven tests. */
export const LYNC_SCENARIO_PRODUCTS = Object.entries(LYNC_SCENARIOS).flatMap(([name, plan]) =>
  LYNC_PRODUCTS.map((product) => ({ name, plan, product })),
);

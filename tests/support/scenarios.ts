/**
 * Plans for the scenarios in reference/exchange.md and the Exchange 2013 seed, written as raw input
 * (what a user or a CLI file would give) and parsed like any other entry.
 */
import {
  availableProducts,
  EXAMPLE_PLAN,
  parsePlan,
  type ExchangeProductId,
  type Plan,
} from '../../src/lib/planner/index.ts';

type Input = Record<string, unknown>;

function merge(base: Input, patch: Input): Input {
  const out: Input = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? merge(current as Input, value as Input)
        : value;
  }
  return out;
}

/** The example plan with `patch` deep-merged into it (arrays replace), parsed; throws on issues. */
export function planWith(patch: Input): Plan {
  const result = parsePlan(merge(structuredClone(EXAMPLE_PLAN) as unknown as Input, patch));
  if (!result.ok) throw new Error(`scenario plan is invalid: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

const twoSitesOfFour = (namespace2: string | null) => [
  {
    name: 'Redmond',
    publicIp: '198.51.100.10',
    namespace: null,
    servers: [1, 2, 3, 4].map((n) => ({ name: `EX0${n}`, ip: `10.1.0.1${n}` })),
  },
  {
    name: 'Dublin',
    publicIp: '198.51.100.20',
    namespace: namespace2,
    servers: [5, 6, 7, 8].map((n) => ({ name: `EX0${n}`, ip: `10.2.0.1${n}` })),
  },
];

/** The largest plan the benchmark names: 10 SMTP domains, 2 sites × 4 servers, POP/IMAP, Edge. */
export const LARGEST_PLAN: Plan = planWith({
  domains: {
    additional: [
      'fabrikam.com',
      'northwindtraders.com',
      'adatum.com',
      'tailspintoys.com',
      'wingtiptoys.com',
      'woodgrovebank.com',
      'litwareinc.com',
      'proseware.com',
      'fourthcoffee.com',
    ],
  },
  exchange: {
    sites: twoSitesOfFour(null),
    services: { pop: true, imap: true, um: false, edge: true },
    edge: {
      fqdn: 'smtp.contoso.com',
      publicIp: '198.51.100.30',
      servers: [
        { name: 'EDGE01', ip: '172.16.0.11' },
        { name: 'EDGE02', ip: '172.16.0.12' },
      ],
    },
  },
});

export const SCENARIOS: Record<string, Plan> = {
  example: EXAMPLE_PLAN,
  largest: LARGEST_PLAN,
  'additional domains by SRV': planWith({
    domains: { additional: ['fabrikam.com'] },
    exchange: { autodiscover: 'srv' },
  }),
  'additional domains by host': planWith({
    domains: { additional: ['fabrikam.com'] },
    exchange: { autodiscover: 'host' },
  }),
  'wildcard with POP and IMAP': planWith({
    exchange: { certificate: { wildcard: true }, services: { pop: true, imap: true } },
  }),
  'pin-point DNS': planWith({ exchange: { internalDns: 'pin-point' } }),
  'bound model, two sites': planWith({ exchange: { sites: twoSitesOfFour('mail2.contoso.com') } }),
  'load balancer address': planWith({
    exchange: {
      sites: [
        {
          name: 'Default-First-Site-Name',
          publicIp: '198.51.100.10',
          internalVip: '10.0.0.10',
          servers: [
            { name: 'EX01', ip: '10.0.0.11' },
            { name: 'EX02', ip: '10.0.0.12' },
          ],
        },
      ],
    },
  }),
  'enterprise CA, AD domain is public': planWith({
    certificate: { authority: 'enterprise' },
    domains: { internal: 'corp.contoso.com' },
  }),
  'addresses not known': planWith({
    exchange: { sites: [{ name: 'HQ', servers: [{ name: 'EX01' }, { name: 'EX02' }] }] },
  }),
  'single server': planWith({
    exchange: {
      sites: [
        { name: 'HQ', publicIp: '198.51.100.10', servers: [{ name: 'EX01', ip: '10.0.0.11' }] },
      ],
    },
  }),
  'UNC certificate folder': planWith({ exchange: { certificateFolder: '\\\\fs01\\certs' } }),
  'Unified Messaging': planWith({ exchange: { services: { um: true } } }),
  'coexistence with 2007': planWith({
    exchange: {
      coexistWith: '2007',
      legacy: {
        namespace: 'legacy.contoso.com',
        publicIp: '198.51.100.40',
        servers: [{ name: 'EX2007', ip: '10.0.0.7' }],
      },
    },
  }),
  'coexistence with 2010': planWith({
    exchange: {
      coexistWith: '2010',
      legacy: {
        servers: [
          { name: 'EX2010A', ip: '10.0.0.31' },
          { name: 'EX2010B', ip: '10.0.0.32' },
        ],
      },
    },
  }),
  'coexistence with 2013': planWith({
    exchange: { coexistWith: '2013', legacy: { servers: [{ name: 'EX2013', ip: '10.0.0.41' }] } },
  }),
  'coexistence with 2016': planWith({
    exchange: { coexistWith: '2016', legacy: { servers: [{ name: 'EX2016', ip: '10.0.0.51' }] } },
  }),
  'coexistence with 2019': planWith({
    exchange: { coexistWith: '2019', legacy: { servers: [{ name: 'EX2019', ip: '10.0.0.61' }] } },
  }),
  'SBS 2008': planWith({
    domains: { internal: 'contoso.local' },
    exchange: {
      sbs: true,
      namespace: 'remote.contoso.com',
      sites: [
        {
          name: 'Default-First-Site-Name',
          publicIp: '198.51.100.10',
          servers: [{ name: 'SBS01', ip: '10.0.0.2' }],
        },
      ],
    },
  }),
  'site resilience, two datacenters (2010 names)': planWith({
    exchange: {
      sites: [
        {
          name: 'Redmond',
          publicIp: '198.51.100.10',
          internalVip: '10.1.0.10',
          failbackNamespace: 'mailpri.contoso.com',
          clientAccessArray: 'outlook.contoso.local',
          servers: [
            { name: 'EX01', ip: '10.1.0.11' },
            { name: 'EX02', ip: '10.1.0.12' },
          ],
        },
        {
          name: 'Dublin',
          publicIp: '198.51.100.20',
          internalVip: '10.2.0.10',
          namespace: 'mail2.contoso.com',
          failbackNamespace: 'mailsec.contoso.com',
          clientAccessArray: 'outlook2.contoso.local',
          servers: [
            { name: 'EX03', ip: '10.2.0.11' },
            { name: 'EX04', ip: '10.2.0.12' },
          ],
        },
      ],
    },
  }),
  'unbound model, two datacenters': planWith({ exchange: { sites: twoSitesOfFour(null) } }),
  'Edge with Unified Messaging and POP': planWith({
    exchange: {
      services: { pop: true, imap: false, um: true, edge: true },
      edge: {
        fqdn: 'smtp.contoso.com',
        publicIp: '198.51.100.30',
        servers: [{ name: 'EDGE01', ip: '172.16.0.11' }],
      },
    },
  }),
  'split-brain kept outside the AD domain': planWith({ exchange: { pinPointOutsideAd: false } }),
  'wildcard, several sites': planWith({
    exchange: { certificate: { wildcard: true }, sites: twoSitesOfFour('mail2.contoso.com') },
  }),
  // Shared with the example's Skype for Business SE (Exchange 2010 to SE share; 2007 gets a finding).
  'one certificate with Skype for Business': planWith({ lync: { shareWithExchange: true } }),
  // Shared with OCS 2007 R2 in the one-name Edge layout (Exchange 2007 and 2010 share).
  'one certificate with OCS 2007 R2': planWith({
    lync: { shareWithExchange: true, product: 'ocs-2007r2', edge: { layout: 'single-ip' } },
  }),
  renewal: planWith({ certificate: { purpose: 'renewal' } }),
  'renewal with Edge and POP, UNC folder': planWith({
    certificate: { purpose: 'renewal' },
    exchange: {
      certificateFolder: '\\\\fs01\\certs',
      services: { pop: true, imap: true, edge: true },
      edge: {
        fqdn: 'smtp.contoso.com',
        publicIp: '198.51.100.30',
        servers: [
          { name: 'EDGE01', ip: '172.16.0.11' },
          { name: 'EDGE02', ip: '172.16.0.12' },
        ],
      },
    },
  }),
};

/** The Exchange products with rules, from the registry: a new version is tested without an edit. */
export const EXCHANGE_PRODUCTS = availableProducts('exchange').map(
  (product) => product.id as ExchangeProductId,
);

/** Every scenario as every Exchange product it can be derived for. */
export const SCENARIO_PRODUCTS = Object.entries(SCENARIOS).flatMap(([name, plan]) =>
  EXCHANGE_PRODUCTS.map((product) => ({ name, plan, product })),
);

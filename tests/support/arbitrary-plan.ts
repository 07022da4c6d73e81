/** fast-check generators for valid plans: raw input built from parts, kept when parsePlan accepts it. */
import fc from 'fast-check';
import { availableProducts, parsePlan, type Plan } from '../../src/lib/planner/index.ts';
import { COEXISTENCE_VERSIONS } from '../../src/lib/planner/plan/sections/exchange.ts';
import { LYNC_PRODUCT_IDS } from '../../src/lib/planner/products.ts';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const domain = fc
  .tuple(label, fc.constantFrom('com', 'net', 'org', 'co.uk', 'de', 'local', 'xn--p1ai'))
  .map(([name, tld]) => `${name}.${tld}`);
const ip = fc
  .tuple(
    fc.integer({ min: 1, max: 223 }),
    fc.nat(255),
    fc.nat(255),
    fc.integer({ min: 1, max: 254 }),
  )
  .map((parts) => parts.join('.'));
const maybeIp = fc.option(ip, { nil: null });
const text = fc
  .string({ maxLength: 30 })
  // eslint-disable-next-line no-control-regex -- control characters are what plans may not hold
  .map((value) => value.replace(/["\\\u0000-\u001f\u007f]/g, '').trim());
const date = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2031-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString().slice(0, 10));

const servers = (prefix: string, min: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: min, maxLength: 5 })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((n) => maybeIp.map((value) => ({ name: `${prefix}${n}`, ip: value }))),
      ),
    );

const input = fc.record({
  organization: fc.record({
    name: text,
    country: fc.constantFrom('', 'US', 'GB', 'DE', 'NO'),
    state: text,
    locality: text,
  }),
  domains: fc.record({
    primary: domain,
    additional: fc.uniqueArray(domain, { maxLength: 4 }),
    internal: fc.option(domain, { nil: undefined }),
  }),
  certificate: fc.record({
    authority: fc.constantFrom('public', 'enterprise'),
    keySize: fc.constantFrom(1024, 2048, 4096),
    issueDate: date,
    validityDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined }),
    purpose: fc.option(fc.constantFrom('new', 'renewal'), { nil: undefined }),
  }),
  exchange: fc.record({
    enabled: fc.boolean(),
    product: fc.constantFrom(...availableProducts('exchange').map((product) => product.id)),
    certificate: fc.record({
      wildcard: fc.boolean(),
      friendlyName: fc.option(text, { nil: undefined }),
      additionalNames: fc.uniqueArray(domain, { maxLength: 3 }),
    }),
    coexistWith: fc.constantFrom(...COEXISTENCE_VERSIONS),
    namespace: fc.option(
      fc.tuple(label, domain).map(([host, zone]) => `${host}.${zone}`),
      { nil: undefined },
    ),
    autodiscover: fc.constantFrom('host', 'srv'),
    internalDns: fc.constantFrom('split-brain', 'pin-point'),
    pinPointOutsideAd: fc.boolean(),
    sbs: fc.boolean(),
    sites: fc
      .uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record({
              name: fc
                .constantFrom(`Site${id}`, 'Default-First-Site-Name')
                .map((name) =>
                  name === 'Default-First-Site-Name' && id !== ids[0] ? `Site${id}` : name,
                ),
              servers: servers(`EX${id}`, 1),
              publicIp: maybeIp,
              internalVip: maybeIp,
              namespace: fc.option(fc.constant(`mail${id}.contoso.com`), { nil: null }),
              failbackNamespace: fc.option(fc.constant(`mailfb${id}.contoso.com`), { nil: null }),
              clientAccessArray: fc.option(fc.constant(`outlook${id}.contoso.local`), {
                nil: null,
              }),
            }),
          ),
        ),
      ),
    services: fc.record({
      pop: fc.boolean(),
      imap: fc.boolean(),
      um: fc.boolean(),
      edge: fc.boolean(),
    }),
    edge: fc.record({
      fqdn: fc.option(domain, { nil: undefined }),
      servers: servers('EDGE', 1),
      publicIp: maybeIp,
    }),
    legacy: fc.record({
      namespace: fc.option(domain, { nil: undefined }),
      servers: servers('OLD', 0),
      publicIp: maybeIp,
    }),
    certificateFolder: fc.constantFrom(
      'C:\\Certs',
      'D:\\Exchange\\Certificates',
      '\\\\fs01\\certs',
    ),
  }),
  lync: fc.option(
    fc.record({
      enabled: fc.boolean(),
      product: fc.constantFrom(...LYNC_PRODUCT_IDS),
      sipDomains: fc.option(fc.uniqueArray(domain, { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
      pools: fc.option(
        fc
          .uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 })
          .chain((ids) =>
            fc.tuple(
              ...ids.map((id) =>
                fc.record({
                  fqdn: fc.constant(`pool${id}.contoso.com`),
                  edition: fc.constantFrom('standard', 'enterprise'),
                  frontEnds: servers(`FE${id}-`, 1),
                  externalWeb: fc.constant(`webext${id}.contoso.com`),
                  webVip: maybeIp,
                }),
              ),
            ),
          ),
        { nil: undefined },
      ),
      director: fc.record({ enabled: fc.boolean(), servers: servers('DIR', 0) }),
      edge: fc.record({
        enabled: fc.boolean(),
        layout: fc.constantFrom('separate-ips', 'single-ip'),
        servers: servers('LSE', 1),
        accessIp: maybeIp,
        avIp: maybeIp,
      }),
      reverseProxy: fc.record({
        product: fc.constantFrom('iis-arr', 'tmg-2010', 'isa-2006-sp1', 'isa-2006', 'other'),
        publicIp: maybeIp,
      }),
      simpleUrls: fc.record({
        meet: fc.constantFrom('meet', 'conf'),
        admin: fc.option(domain, { nil: null }),
      }),
      mobility: fc.boolean(),
      federation: fc.boolean(),
      xmpp: fc.boolean(),
      issuingCa: fc.constantFrom('', 'ca01.contoso.local\\Contoso Issuing CA'),
    }),
    { nil: undefined },
  ),
});

/** Valid plans of every shape the model allows. */
export const arbitraryPlan: fc.Arbitrary<Plan> = input
  .map((raw) => parsePlan(raw))
  .filter((result): result is { ok: true; plan: Plan } => result.ok)
  .map((result) => result.plan);

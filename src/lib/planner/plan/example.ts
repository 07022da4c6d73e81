/**
 * The example plan every guide is pre-rendered with. Addresses come from the documentation ranges
 * (RFC 1918 inside, RFC 5737 outside), so nobody mistakes them for real ones.
 */
import type { Plan } from './plan.ts';

export const EXAMPLE_PLAN: Plan = deepFreeze({
  version: 2,
  organization: { name: 'Contoso Ltd', country: 'US', state: 'Washington', locality: 'Redmond' },
  domains: { primary: 'contoso.com', additional: [], internal: 'contoso.local' },
  certificate: {
    authority: 'public',
    keySize: 2048,
    issueDate: '2026-12-01',
    validityDays: 199,
    purpose: 'new',
  },
  exchange: {
    enabled: true,
    product: 'exchange-se',
    coexistWith: 'none',
    namespace: 'mail.contoso.com',
    autodiscover: 'host',
    legacy: { namespace: 'legacy.contoso.com', servers: [], publicIp: null },
    internalDns: 'split-brain',
    sites: [
      {
        name: 'Default-First-Site-Name',
        servers: [
          { name: 'EX01', ip: '10.0.0.11' },
          { name: 'EX02', ip: '10.0.0.12' },
        ],
        publicIp: '203.0.113.10',
        internalVip: null,
        namespace: null,
        failbackNamespace: null,
        clientAccessArray: null,
      },
    ],
    services: { pop: false, imap: false, um: false, edge: false },
    edge: { fqdn: 'edge.contoso.com', servers: [], publicIp: null },
    certificate: {
      wildcard: false,
      friendlyName: 'mail.contoso.com 2026-12-01',
      additionalNames: [],
    },
    certificateFolder: 'C:\\Certs',
    pinPointOutsideAd: true,
    sbs: false,
  },
  lync: {
    enabled: true,
    product: 'sfb-se',
    sipDomains: ['contoso.com'],
    pools: [
      {
        fqdn: 'pool01.contoso.com',
        edition: 'enterprise',
        frontEnds: [{ name: 'FE01', ip: '10.0.0.21' }],
        internalWeb: 'pool01.contoso.com',
        externalWeb: 'webext.contoso.com',
        webVip: null,
      },
    ],
    director: {
      enabled: false,
      fqdn: 'dirpool.contoso.com',
      servers: [],
      externalWeb: 'webdir.contoso.com',
    },
    edge: {
      enabled: true,
      layout: 'separate-ips',
      internalFqdn: 'lsedge.contoso.local',
      accessFqdn: 'sip.contoso.com',
      webConferencingFqdn: 'webcon.contoso.com',
      avFqdn: 'av.contoso.com',
      servers: [{ name: 'LSEDGE01', ip: null }],
      accessIp: '203.0.113.11',
      webConferencingIp: '203.0.113.12',
      avIp: '203.0.113.13',
    },
    // The reverse proxy publishes Exchange too: one public address for both.
    reverseProxy: { product: 'iis-arr', publicIp: '203.0.113.10' },
    simpleUrls: { meet: 'meet', dialin: 'dialin.contoso.com', admin: null },
    mobility: true,
    federation: true,
    xmpp: false,
    issuingCa: '',
    certificateFolder: 'C:\\Certs',
    shareWithExchange: false,
  },
});

/** Frozen all the way down, so a rule that mutates its input fails loudly instead of corrupting the example. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

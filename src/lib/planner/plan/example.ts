/**
 * The example plan every guide is pre-rendered with. Addresses come from the documentation ranges
 * (RFC 1918 inside, RFC 5737 outside), so nobody mistakes them for real ones.
 */
import type { Plan } from './types.ts';

export const EXAMPLE_PLAN: Plan = deepFreeze({
  version: 1,
  organization: { name: 'Contoso Ltd', country: 'US', state: 'Washington', locality: 'Redmond' },
  domains: { primary: 'contoso.com', additional: [], internal: 'contoso.local' },
  certificate: {
    authority: 'public',
    keySize: 2048,
    wildcard: false,
    issueDate: '2026-12-01',
    validityDays: 199,
    friendlyName: 'mail.contoso.com 2026-12-01',
    additionalNames: [],
  },
  exchange: {
    version: 'se',
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
      },
    ],
    services: { pop: false, imap: false, um: false, edge: false },
    edge: { fqdn: 'edge.contoso.com', servers: [], publicIp: null },
    certificateFolder: 'C:\\Certs',
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

import type { DnsRecord } from '../../src/lib/planner/derived.ts';

/** A DNS record for tests of the record writers: mail.contoso.com A 203.0.113.10, with `fields` over it. */
export const dnsRecord = (fields: Partial<DnsRecord> = {}): DnsRecord => ({
  view: 'external',
  zone: 'contoso.com',
  name: 'mail.contoso.com',
  type: 'A',
  value: '203.0.113.10',
  ttl: 3600,
  reason: { rule: 'test', text: 'test', source: 'RFC1035' },
  ...fields,
});

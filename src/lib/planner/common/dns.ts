/**
 * How a DNS record is written, in one place: the owner relative to its zone, and the record data
 * (MX preference, SRV priority weight port, then the target). Zone files, Windows DNS commands,
 * the CLI, the runbook's instructions and the site's tables all write records with these.
 */
import type { DnsRecord } from '../derived.ts';

/** The owner name relative to its zone, or null at the zone apex. */
export function relativeName(record: Pick<DnsRecord, 'name' | 'zone'>): string | null {
  if (record.name === record.zone) return null;
  return record.name.slice(0, -(record.zone.length + 1));
}

/**
 * The record's data as a zone file writes it: `10 mail.contoso.com` for MX, `0 0 443 target` for
 * SRV, the address, target or text otherwise. `absolute` ends host names with a dot (zone files);
 * null when the plan does not hold the value.
 */
export function recordData(record: DnsRecord, options: { absolute?: boolean } = {}): string | null {
  if (record.value === null) return null;
  const host = (name: string) => (options.absolute ? `${name}.` : name);
  switch (record.type) {
    case 'A':
      return record.value;
    case 'TXT':
      return `"${record.value.replace(/["\\]/g, (mark) => `\\${mark}`)}"`;
    case 'CNAME':
    case 'PTR':
      return host(record.value);
    case 'MX':
      return `${record.priority ?? 10} ${host(record.value)}`;
    case 'SRV':
      return `${record.priority ?? 0} ${record.weight ?? 0} ${record.port ?? 0} ${host(record.value)}`;
  }
}

/** `name TYPE data`, or what is missing: how the runbook and the CLI name a record in words. */
export function describeRecord(record: DnsRecord): string {
  const data = recordData(record) ?? `(${record.missing ?? 'value not in the plan'})`;
  return `${record.name} ${record.type} ${data}`;
}

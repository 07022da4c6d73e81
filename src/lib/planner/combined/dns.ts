/**
 * DNS side by side: every record Exchange and Lync/Skype for Business need, once, with the
 * products that need it. Two records for one name that disagree (an address for Exchange, another
 * for Lync) cannot both be published, so they become a finding.
 */
import type { DnsRecord, Finding } from '../derived.ts';
import type { ProductInfo } from '../products.ts';
import type { SharedDnsRecord } from './sharing.ts';

export interface DnsSide {
  product: ProductInfo;
  dns: DnsRecord[];
}

const identity = (record: DnsRecord): string =>
  [
    record.view,
    record.name,
    record.type,
    record.value ?? '',
    record.port ?? '',
    record.priority ?? '',
    record.weight ?? '',
  ].join('|');

export function sideBySideDns(...sides: DnsSide[]): {
  records: SharedDnsRecord[];
  findings: Finding[];
} {
  const byIdentity = new Map<string, SharedDnsRecord>();
  for (const side of sides) {
    for (const record of side.dns) {
      const key = identity(record);
      const known = byIdentity.get(key);
      if (!known) byIdentity.set(key, { record, products: [side.product.id] });
      else if (!known.products.includes(side.product.id)) known.products.push(side.product.id);
    }
  }
  const records = [...byIdentity.values()];
  return { records, findings: conflicts(records, sides) };
}

function conflicts(records: SharedDnsRecord[], sides: DnsSide[]): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map<string, SharedDnsRecord[]>();
  for (const entry of records) {
    const { view, name, type } = entry.record;
    if (type !== 'A' && type !== 'CNAME') continue;
    const key = `${view}|${name}`;
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  for (const entries of byName.values()) {
    const products = new Set(entries.flatMap((entry) => entry.products));
    if (products.size < 2) continue;
    // Each product wants a set of answers for the name; different sets cannot both be published.
    const wanted = (product: string) =>
      entries
        .filter((entry) => entry.products.includes(product as SharedDnsRecord['products'][number]))
        .map((entry) => `${entry.record.type} ${entry.record.value ?? ''}`)
        .sort()
        .join(',');
    const clash = new Set([...products].map(wanted)).size > 1;
    if (!clash) continue;
    const [first] = entries;
    if (!first) continue;
    const label = (entry: SharedDnsRecord) =>
      `${entry.record.type} ${entry.record.value ?? '(address missing)'} for ${entry.products
        .map((id) => sides.find((side) => side.product.id === id)?.product.label ?? id)
        .join(' and ')}`;
    findings.push({
      id: 'combined-dns-conflict',
      severity: 'warning',
      message: `${first.record.name} (${first.record.view} DNS) is wanted as ${entries.map(label).join(' and as ')}; one name can only answer one way.`,
      fix: 'Give the two products different names, or publish both through the same address (the reverse proxy).',
      source: 'RFC1035',
    });
  }
  return findings;
}

/**
 * Windows DNS Server (DnsServer module) commands that create internal records. The zone apex is
 * written `-Name '.'`, as in Microsoft's own Add-DnsServerResourceRecordMX example (DNS-MX).
 * Records without an address are left out; the step's notes list them.
 */
import { cmd, num, run, str, type Statement } from '../powershell/ast.ts';
import type { DnsRecord } from '../derived.ts';
import { relativeName } from './dns.ts';

const ttl = (seconds: number) => str(new Date(seconds * 1000).toISOString().slice(11, 19));

export function zoneCommand(zone: string): Statement {
  return run(cmd('Add-DnsServerPrimaryZone', { Name: str(zone), ReplicationScope: str('Forest') }));
}

export function recordCommand(record: DnsRecord): Statement | undefined {
  if (record.value === null) return undefined;
  const common = { ZoneName: str(record.zone), Name: str(relativeName(record) ?? '.') };
  switch (record.type) {
    case 'A':
      return run(
        cmd('Add-DnsServerResourceRecordA', {
          ...common,
          IPv4Address: str(record.value),
          TimeToLive: ttl(record.ttl),
        }),
      );
    case 'CNAME':
      return run(
        cmd('Add-DnsServerResourceRecordCName', {
          ...common,
          HostNameAlias: str(record.value),
          TimeToLive: ttl(record.ttl),
        }),
      );
    case 'MX':
      return run(
        cmd('Add-DnsServerResourceRecordMX', {
          ...common,
          MailExchange: str(record.value),
          Preference: num(record.priority ?? 10),
          TimeToLive: ttl(record.ttl),
        }),
      );
    case 'SRV':
      return run(
        cmd('Add-DnsServerResourceRecord', {
          ...common,
          Srv: true,
          DomainName: str(record.value),
          Priority: num(record.priority ?? 0),
          Weight: num(record.weight ?? 0),
          Port: num(record.port ?? 443),
          TimeToLive: ttl(record.ttl),
        }),
      );
    case 'TXT':
      return run(
        cmd('Add-DnsServerResourceRecord', {
          ...common,
          Txt: true,
          DescriptiveText: str(record.value),
          TimeToLive: ttl(record.ttl),
        }),
      );
    case 'PTR':
      return run(
        cmd('Add-DnsServerResourceRecordPtr', {
          ...common,
          PtrDomainName: str(record.value),
          TimeToLive: ttl(record.ttl),
        }),
      );
  }
}

/** Zones to create (except ones that already exist) followed by their records, zone by zone. */
export function windowsDnsStatements(
  records: DnsRecord[],
  existingZones: readonly string[],
): Statement[] {
  const zones = [...new Set(records.map((record) => record.zone))];
  return zones.flatMap((zone) => [
    ...(existingZones.includes(zone) ? [] : [zoneCommand(zone)]),
    ...records
      .filter((record) => record.zone === zone)
      .map(recordCommand)
      .filter((statement): statement is Statement => statement !== undefined),
  ]);
}

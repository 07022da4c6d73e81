import { describe, expect, it } from 'vitest';
import { dnsRecord as record } from '../../../../tests/support/dns-record.ts';
import { renderStatement } from '../../render/powershell.ts';
import type { DnsRecord } from '../derived.ts';
import { recordCommand, windowsDnsStatements, zoneCommand } from './dns-server-commands.ts';

const text = (fields: Partial<DnsRecord>) => {
  const statement = recordCommand(record({ view: 'internal', ...fields }));
  return statement && renderStatement(statement);
};

describe('Windows DNS Server commands', () => {
  it('creates a zone replicated to the forest', () => {
    expect(renderStatement(zoneCommand('contoso.com'))).toBe(
      "Add-DnsServerPrimaryZone -Name 'contoso.com' -ReplicationScope 'Forest'",
    );
  });

  it.each<[Partial<DnsRecord>, string]>([
    [
      { type: 'A', value: '10.0.0.11', ttl: 3600 },
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.11' -TimeToLive '01:00:00'",
    ],
    [
      { type: 'A', name: 'contoso.com', value: '10.0.0.11', ttl: 300 },
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name '.' -IPv4Address '10.0.0.11' -TimeToLive '00:05:00'",
    ],
    [
      { type: 'CNAME', name: 'autodiscover.contoso.com', value: 'mail.contoso.com', ttl: 86399 },
      "Add-DnsServerResourceRecordCName -ZoneName 'contoso.com' -Name 'autodiscover' -HostNameAlias 'mail.contoso.com' -TimeToLive '23:59:59'",
    ],
    [
      { type: 'MX', name: 'contoso.com', value: 'mail.contoso.com', priority: 20 },
      "Add-DnsServerResourceRecordMX -ZoneName 'contoso.com' -Name '.' -MailExchange 'mail.contoso.com' -Preference 20 -TimeToLive '01:00:00'",
    ],
    [
      { type: 'MX', name: 'contoso.com', value: 'mail.contoso.com' },
      "Add-DnsServerResourceRecordMX -ZoneName 'contoso.com' -Name '.' -MailExchange 'mail.contoso.com' -Preference 10 -TimeToLive '01:00:00'",
    ],
    [
      {
        type: 'SRV',
        name: '_autodiscover._tcp.contoso.com',
        value: 'mail.contoso.com',
        priority: 1,
        weight: 2,
        port: 8443,
      },
      "Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '_autodiscover._tcp' -Srv -DomainName 'mail.contoso.com' -Priority 1 -Weight 2 -Port 8443 -TimeToLive '01:00:00'",
    ],
    [
      { type: 'SRV', name: '_autodiscover._tcp.contoso.com', value: 'mail.contoso.com' },
      "Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '_autodiscover._tcp' -Srv -DomainName 'mail.contoso.com' -Priority 0 -Weight 0 -Port 443 -TimeToLive '01:00:00'",
    ],
    [
      { type: 'TXT', name: 'contoso.com', value: 'v=spf1 mx -all' },
      "Add-DnsServerResourceRecord -ZoneName 'contoso.com' -Name '.' -Txt -DescriptiveText 'v=spf1 mx -all' -TimeToLive '01:00:00'",
    ],
    [
      {
        type: 'PTR',
        zone: '113.0.203.in-addr.arpa',
        name: '10.113.0.203.in-addr.arpa',
        value: 'mail.contoso.com',
      },
      "Add-DnsServerResourceRecordPtr -ZoneName '113.0.203.in-addr.arpa' -Name '10' -PtrDomainName 'mail.contoso.com' -TimeToLive '01:00:00'",
    ],
  ])('%j → %s', (fields, expected) => {
    expect(text(fields)).toBe(expected);
  });

  it('writes no command for a record whose value the plan does not hold', () => {
    expect(recordCommand(record({ value: null }))).toBeUndefined();
  });

  it('creates each zone once, before its records, except zones that already exist', () => {
    const records = [
      record({ zone: 'contoso.com', name: 'mail.contoso.com', value: '10.0.0.1' }),
      record({ zone: 'fabrikam.com', name: 'mail.fabrikam.com', value: '10.0.0.2' }),
      record({ zone: 'contoso.com', name: 'owa.contoso.com', value: null }),
      record({ zone: 'contoso.com', name: 'smtp.contoso.com', value: '10.0.0.3' }),
    ];
    expect(windowsDnsStatements(records, ['fabrikam.com']).map(renderStatement)).toEqual([
      "Add-DnsServerPrimaryZone -Name 'contoso.com' -ReplicationScope 'Forest'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'mail' -IPv4Address '10.0.0.1' -TimeToLive '01:00:00'",
      "Add-DnsServerResourceRecordA -ZoneName 'contoso.com' -Name 'smtp' -IPv4Address '10.0.0.3' -TimeToLive '01:00:00'",
      "Add-DnsServerResourceRecordA -ZoneName 'fabrikam.com' -Name 'mail' -IPv4Address '10.0.0.2' -TimeToLive '01:00:00'",
    ]);
    expect(windowsDnsStatements([], [])).toEqual([]);
  });
});

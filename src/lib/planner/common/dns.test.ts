import { describe, expect, it } from 'vitest';
import { dnsRecord } from '../../../../tests/support/dns-record.ts';
import type { DnsRecord } from '../derived.ts';
import { describeRecord, recordData, relativeName } from './dns.ts';

const record = dnsRecord;

describe('relativeName', () => {
  it.each([
    ['mail.contoso.com', 'contoso.com', 'mail'],
    ['_autodiscover._tcp.contoso.com', 'contoso.com', '_autodiscover._tcp'],
    ['contoso.com', 'contoso.com', null],
    ['mail.contoso.com', 'mail.contoso.com', null],
    ['a.mail.contoso.com', 'mail.contoso.com', 'a'],
  ])('%s in %s → %s', (name, zone, expected) => {
    expect(relativeName({ name, zone })).toBe(expected);
  });
});

describe('recordData', () => {
  it.each<[Partial<DnsRecord>, string, string]>([
    [{ type: 'A', value: '10.0.0.11' }, '10.0.0.11', '10.0.0.11'],
    [{ type: 'CNAME', value: 'mail.contoso.com' }, 'mail.contoso.com', 'mail.contoso.com.'],
    [{ type: 'PTR', value: 'mail.contoso.com' }, 'mail.contoso.com', 'mail.contoso.com.'],
    [
      { type: 'MX', value: 'mail.contoso.com', priority: 20 },
      '20 mail.contoso.com',
      '20 mail.contoso.com.',
    ],
    [{ type: 'MX', value: 'mail.contoso.com' }, '10 mail.contoso.com', '10 mail.contoso.com.'],
    [
      { type: 'SRV', value: 'mail.contoso.com', priority: 1, weight: 5, port: 443 },
      '1 5 443 mail.contoso.com',
      '1 5 443 mail.contoso.com.',
    ],
    [
      { type: 'SRV', value: 'mail.contoso.com' },
      '0 0 0 mail.contoso.com',
      '0 0 0 mail.contoso.com.',
    ],
    [{ type: 'TXT', value: 'v=spf1 -all' }, '"v=spf1 -all"', '"v=spf1 -all"'],
    [
      { type: 'TXT', value: 'say "hi" \\ bye' },
      '"say \\"hi\\" \\\\ bye"',
      '"say \\"hi\\" \\\\ bye"',
    ],
  ])('%j → %s (zone file: %s)', (fields, relative, absolute) => {
    expect(recordData(record(fields))).toBe(relative);
    expect(recordData(record(fields), { absolute: false })).toBe(relative);
    expect(recordData(record(fields), { absolute: true })).toBe(absolute);
  });

  it('is null when the plan does not hold the value', () => {
    expect(recordData(record({ value: null }))).toBeNull();
    expect(recordData(record({ type: 'MX', value: null }), { absolute: true })).toBeNull();
  });
});

describe('describeRecord', () => {
  it('writes name, type and data', () => {
    expect(
      describeRecord(record({ type: 'MX', name: 'contoso.com', value: 'mail.contoso.com' })),
    ).toBe('contoso.com MX 10 mail.contoso.com');
  });

  it('says what is missing, or that the value is not in the plan', () => {
    expect(describeRecord(record({ value: null, missing: 'the public IP of site Redmond' }))).toBe(
      'mail.contoso.com A (the public IP of site Redmond)',
    );
    expect(describeRecord(record({ value: null }))).toBe(
      'mail.contoso.com A (value not in the plan)',
    );
  });
});

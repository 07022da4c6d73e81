import { describe, expect, it } from 'vitest';
import { isWithin, normalizeHostname, parentOf, wildcardCovers } from './hostname.ts';
import { isInternalName } from './internal.ts';
import { classifyIpv4, parseIpv4, reverseName } from './ipv4.ts';
import { COUNTRY_CODE_COUNT, normalizeCountry } from './country.ts';

describe('normalizeHostname', () => {
  it.each([
    ['Mail.Contoso.COM', 'mail.contoso.com'],
    ['mail.contoso.com.', 'mail.contoso.com'],
    ['  autodiscover.contoso.com  ', 'autodiscover.contoso.com'],
    ['mail.bücher.de', 'mail.xn--bcher-kva.de'],
    ['MAIL.BÜCHER.DE', 'mail.xn--bcher-kva.de'],
    ['mail.xn--bcher-kva.de', 'mail.xn--bcher-kva.de'],
    ['a-b.c-d.com', 'a-b.c-d.com'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('accepts %s as %s', (raw, expected) => {
    expect(normalizeHostname(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'is required'],
    ['mail..contoso.com', 'empty label'],
    ['.contoso.com', 'empty label'],
    ['mail contoso.com', 'contains a space'],
    ['mail_1.contoso.com', 'underscore'],
    ['_autodiscover._tcp.contoso.com', 'underscore'],
    ['-mail.contoso.com', 'starts or ends with a hyphen'],
    ['mail-.contoso.com', 'starts or ends with a hyphen'],
    [`${'a'.repeat(64)}.com`, 'at most 63'],
    [`${'abcdefghi.'.repeat(26)}com`, 'at most 253'],
    ['10.0.0.1', 'IP address'],
    ['contoso', 'single label'],
    ['mail.contoso.123', 'all digits'],
    ['mail.contoso.com/owa', 'contains "/"'],
    ['*.contoso.com', 'not allowed here'],
    ["x.com'; Remove-Item C:\\ -Recurse #", 'contains a space'],
    ['"><img src=x onerror=alert(1)>', 'contains'],
  ])('rejects %j (%s)', (raw, message) => {
    const result = normalizeHostname(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('allows a wildcard only as the whole leftmost label, and only when asked', () => {
    expect(normalizeHostname('*.contoso.com', { wildcard: true })).toEqual({
      ok: true,
      value: '*.contoso.com',
    });
    expect(normalizeHostname('mail.*.contoso.com', { wildcard: true }).ok).toBe(false);
    expect(normalizeHostname('m*.contoso.com', { wildcard: true }).ok).toBe(false);
  });

  it('allows a single label only when asked (an AD domain such as CONTOSO)', () => {
    expect(normalizeHostname('CONTOSO', { singleLabel: true })).toEqual({
      ok: true,
      value: 'contoso',
    });
  });
});

describe('name relations', () => {
  it('finds parents, containment and wildcard coverage (one label deep only)', () => {
    expect(parentOf('mail.contoso.com')).toBe('contoso.com');
    expect(isWithin('mail.contoso.com', 'contoso.com')).toBe(true);
    expect(isWithin('mailcontoso.com', 'contoso.com')).toBe(false);
    expect(wildcardCovers('contoso.com', 'mail.contoso.com')).toBe(true);
    expect(wildcardCovers('contoso.com', 'mail.eu.contoso.com')).toBe(false);
    expect(wildcardCovers('contoso.com', 'contoso.com')).toBe(false);
  });
});

describe('isInternalName', () => {
  it.each([
    ['contoso.local', true],
    ['corp.lan', true],
    ['ex01', true],
    ['contoso.internal', true],
    ['contoso.corp', true],
    ['contoso.com', false],
    ['contoso.co.uk', false],
    ['contoso.museum', false],
    ['mail.xn--p1ai', false], // .рф, an IDN TLD in the root zone
  ])('%s → %s', (name, internal) => {
    expect(isInternalName(name)).toBe(internal);
  });
});

describe('IPv4', () => {
  it.each(['10.0.0.1', '255.255.255.255', '0.0.0.0'])('accepts %s', (ip) =>
    expect(parseIpv4(ip).ok).toBe(true),
  );
  it.each([
    ['10.0.0', 'not an IPv4 address'],
    ['10.0.0.256', 'above 255'],
    ['10.0.0.01', 'leading zero'],
    ['2001:db8::1', 'IPv6'],
    ['ten.0.0.1', 'not an IPv4 address'],
  ])('rejects %s', (ip, message) => {
    const result = parseIpv4(ip);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
  it.each([
    ['10.1.2.3', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['203.0.113.10', 'documentation'],
    ['100.64.0.1', 'shared'],
    ['127.0.0.1', 'loopback'],
    ['169.254.1.1', 'link-local'],
    ['224.0.0.1', 'reserved'],
    ['8.8.8.8', 'public'],
  ])('classifies %s as %s', (ip, kind) => expect(classifyIpv4(ip)).toBe(kind));
  it('writes reverse names', () =>
    expect(reverseName('203.0.113.10')).toBe('10.113.0.203.in-addr.arpa'));
});

describe('country codes', () => {
  it('knows the 249 ISO 3166-1 alpha-2 codes', () => expect(COUNTRY_CODE_COUNT).toBe(249));
  it('normalises case and explains common mistakes', () => {
    expect(normalizeCountry('us')).toEqual({ ok: true, value: 'US' });
    expect(normalizeCountry('UK')).toEqual({
      ok: false,
      message: expect.stringContaining('use GB'),
    });
    expect(normalizeCountry('USA').ok).toBe(false);
  });
});

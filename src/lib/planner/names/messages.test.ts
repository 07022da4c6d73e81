/**
 * The exact words of every name and address rule: the editor shows them beside the field and the
 * CLI prints them, so a changed message is a changed behaviour.
 */
import { describe, expect, it } from 'vitest';
import { normalizeCountry } from './country.ts';
import { isWithin, normalizeHostname, parentOf, wildcardCovers } from './hostname.ts';
import { isInternalName, topLevelDomain } from './internal.ts';
import { classifyIpv4, parseIpv4, reverseName } from './ipv4.ts';

describe('normalizeHostname messages', () => {
  it.each([
    ['', 'is required'],
    ['   ', 'is required'],
    ['mail contoso.com', '"mail contoso.com" contains a space; a host name has none'],
    [
      'mail\tcontoso.com',
      '"mail<U+0009>contoso.com" contains a control character (U+0009); a host name cannot hold it',
    ],
    ['.contoso.com', '".contoso.com" has an empty label; labels are separated by single dots'],
    [
      'mail..contoso.com',
      '"mail..contoso.com" has an empty label; labels are separated by single dots',
    ],
    ['contoso.com..', '"contoso.com.." has an empty label; labels are separated by single dots'],
    ['.', '"." has an empty label; labels are separated by single dots'],
    ['10.0.0.1', '"10.0.0.1" is an IP address, not a host name'],
    ['10.0.0.1.', '"10.0.0.1." is an IP address, not a host name'],
    [
      `${'abcdefghi.'.repeat(26)}com`,
      'is 263 characters long; a DNS name has at most 253 (RFC 1035)',
    ],
    ['Contoso', '"Contoso" is a single label; enter the full name, for example contoso.com'],
    ['*.contoso.com', 'a wildcard (*) is not allowed here'],
    ['m*.contoso.com', 'a wildcard (*) must be a whole label on its own, as in *.contoso.com'],
    [
      `${'a'.repeat(64)}.com`,
      `the label "${'a'.repeat(20)}…" (64 characters) is longer than a label can be: at most 63 characters (RFC 1035)`,
    ],
    [
      'mail_1.contoso.com',
      '"mail_1" contains an underscore; host names use only letters, digits and hyphens (SRV names such as _autodiscover._tcp are created for you)',
    ],
    [
      'mail.contoso.com/owa',
      '"com/owa" contains "/"; host names use only letters, digits and hyphens',
    ],
    ['-mail.contoso.com', 'the label "-mail" starts or ends with a hyphen'],
    ['mail-.contoso.com', 'the label "mail-" starts or ends with a hyphen'],
    [
      'xn--zz.contoso.com',
      'the label "xn--zz" is not a valid international name (IDNA 2008: letters of one script, no symbols, marks only after a letter, right-to-left text only as the IDNA bidi rule allows)',
    ],
    [
      'xn--.contoso.com',
      'the label "xn--" is not a valid international name (IDNA 2008: letters of one script, no symbols, marks only after a letter, right-to-left text only as the IDNA bidi rule allows)',
    ],
    ['mail.contoso.123', 'the last label "123" is all digits; no top-level domain is numeric'],
  ])('%j: %s', (raw, message) => {
    expect(normalizeHostname(raw)).toEqual({ ok: false, message });
  });

  it.each([
    [
      'mail.*.contoso.com',
      'a wildcard (*) is only allowed as the whole leftmost label, as in *.contoso.com',
    ],
    [
      '*.*.contoso.com',
      'a wildcard (*) is only allowed as the whole leftmost label, as in *.contoso.com',
    ],
  ])('with wildcards allowed, %j: %s', (raw, message) => {
    expect(normalizeHostname(raw, { wildcard: true })).toEqual({ ok: false, message });
  });

  it('reports an overlong input by its length before converting it', () => {
    const raw = `${'a'.repeat(2100)}\u{10FFFF}.com`;
    expect(normalizeHostname(raw)).toEqual({
      ok: false,
      message: 'is 2106 characters long; a DNS name has at most 253 (RFC 1035)',
    });
  });

  it.each([
    ['ex01', 'ex01'],
    ['123', '123'],
    ['b\u00fccher', 'xn--bcher-kva'],
  ])('a single label, when allowed: %j → %s', (raw, value) => {
    expect(normalizeHostname(raw, { singleLabel: true })).toEqual({ ok: true, value });
  });

  it.each([
    ['mail.contoso.com..', false],
    ['Mail.Contoso.Com.', true],
    ['a.b', true],
    ['1.2.3', false],
    ['1.2.3.4.5', false],
    ['1.2.3.x', true],
    // xn--a-ecp is "a⒈": U+2488 is disallowed by IDNA 2008
    ['xn--a-ecp.com', false],
    ['mail.contoso.c0m', true],
    ['mail.contoso.x1', true],
    ['mail.contoso.1x', true],
    ['xn--bcher-kva.de', true],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, true],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`, false],
  ])('%j is a host name: %s', (raw, ok) => {
    expect(normalizeHostname(raw).ok).toBe(ok);
  });

  it('composes NFC before converting (a decomposed ü is the same name)', () => {
    expect(normalizeHostname('bu\u0308cher.de')).toEqual({ ok: true, value: 'xn--bcher-kva.de' });
  });
});

describe('name relations', () => {
  it.each([
    ['mail.contoso.com', 'contoso.com'],
    ['contoso.com', 'com'],
    ['localhost', 'localhost'],
    ['a.contoso.com', 'contoso.com'],
  ])('the parent of %s is %s', (name, parent) => expect(parentOf(name)).toBe(parent));

  it.each([
    ['contoso.com', 'contoso.com', true],
    ['a.b.contoso.com', 'contoso.com', true],
    ['acontoso.com', 'contoso.com', false],
    ['contoso.com', 'mail.contoso.com', false],
  ])('%s within %s: %s', (name, domain, within) => expect(isWithin(name, domain)).toBe(within));

  it.each([
    ['com', 'com', false],
    ['contoso.com', 'owa.contoso.com', true],
  ])('*.%s covers %s: %s', (base, name, covers) => expect(wildcardCovers(base, name)).toBe(covers));

  it('finds the top-level label', () => {
    expect(topLevelDomain('mail.contoso.com')).toBe('com');
    expect(topLevelDomain('ex01')).toBe('ex01');
    expect(isInternalName('com')).toBe(true);
    expect(isInternalName('com.')).toBe(true);
  });
});

describe('parseIpv4 messages', () => {
  it.each([
    ['fe80::1', '"fe80::1" looks like IPv6; plan v1 holds IPv4 addresses (A records) only'],
    [
      '10.0.0',
      '"10.0.0" is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)',
    ],
    [
      '10.0.0.0.1',
      '"10.0.0.0.1" is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)',
    ],
    [
      '10.0.0.1000',
      '"10.0.0.1000" is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)',
    ],
    [
      '10.0.0.x',
      '"10.0.0.x" is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)',
    ],
    [
      '10.0.0.',
      '"10.0.0." is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)',
    ],
    [
      '10.00.0.1',
      '"10.00.0.1" has a leading zero; write each number without one (some tools read 010 as octal)',
    ],
    ['256.0.0.1', '"256.0.0.1" has a number above 255'],
  ])('%j: %s', (raw, message) => {
    expect(parseIpv4(raw)).toEqual({ ok: false, message });
  });

  it('trims the address', () => {
    expect(parseIpv4(' 10.0.0.1 ')).toEqual({ ok: true, value: '10.0.0.1' });
    expect(parseIpv4('0.0.0.0')).toEqual({ ok: true, value: '0.0.0.0' });
  });

  it.each([
    ['9.255.255.255', 'public'],
    ['10.0.0.0', 'private'],
    ['10.255.255.255', 'private'],
    ['11.0.0.0', 'public'],
    ['172.15.255.255', 'public'],
    ['172.16.0.0', 'private'],
    ['192.167.255.255', 'public'],
    ['192.168.255.255', 'private'],
    ['192.169.0.0', 'public'],
    ['192.0.2.255', 'documentation'],
    ['192.0.3.0', 'public'],
    ['198.51.100.1', 'documentation'],
    ['203.0.114.0', 'public'],
    ['100.63.255.255', 'public'],
    ['100.127.255.255', 'shared'],
    ['100.128.0.0', 'public'],
    ['0.255.255.255', 'reserved'],
    ['223.255.255.255', 'public'],
    ['255.255.255.255', 'reserved'],
  ])('classifies %s as %s', (ip, kind) => expect(classifyIpv4(ip)).toBe(kind));

  it('reverses every octet', () => expect(reverseName('10.1.2.3')).toBe('3.2.1.10.in-addr.arpa'));
});

describe('normalizeCountry messages', () => {
  it.each([
    [' gb ', { ok: true, value: 'GB' }],
    ['de', { ok: true, value: 'DE' }],
    ['UK', { ok: false, message: '"UK" is not an ISO 3166 code; use GB' }],
    ['el', { ok: false, message: '"EL" is not an ISO 3166 code; use GR' }],
    [
      'EU',
      {
        ok: false,
        message:
          '"EU" is not a country; use the code of the country your organisation is registered in',
      },
    ],
    [
      ' usa ',
      {
        ok: false,
        message: '"usa" is not a two-letter ISO 3166 country code (for example US, GB, DE)',
      },
    ],
    [
      'XX',
      {
        ok: false,
        message: '"XX" is not a two-letter ISO 3166 country code (for example US, GB, DE)',
      },
    ],
  ])('%j → %j', (raw, result) => {
    expect(normalizeCountry(raw)).toEqual(result);
  });
});

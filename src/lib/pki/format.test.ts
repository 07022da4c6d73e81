import { describe, expect, it } from 'vitest';
import { bitLength, escapeDnValue, formatIp, hex, serialHex } from './format.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ipv6 = (...groups: number[]) =>
  new Uint8Array(groups.flatMap((group) => [group >> 8, group & 0xff]));

describe('IP addresses (RFC 5952)', () => {
  it.each([
    [bytes(10, 0, 0, 11), '10.0.0.11'],
    [ipv6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), '2001:db8::1'],
    [ipv6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1), '2001:db8::1:0:0:1'],
    [ipv6(0x2001, 0xdb8, 0, 1, 0, 0, 0, 1), '2001:db8:0:1::1'],
    [ipv6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1), '2001:db8:0:1:1:1:1:1'],
    [ipv6(0, 0, 0, 0, 0, 0, 0, 0), '::'],
    [ipv6(0, 0, 0, 0, 0, 0, 0, 1), '::1'],
    [ipv6(0xfe80, 0, 0, 0, 0, 0, 0, 0), 'fe80::'],
    [ipv6(0xabcd, 0x0ef0, 1, 2, 3, 4, 5, 6), 'abcd:ef0:1:2:3:4:5:6'],
  ])('%j → %s', (input, text) => {
    expect(formatIp(input)).toBe(text);
  });

  it('is null for lengths that are not an address', () => {
    expect(formatIp(bytes(10, 0, 0, 0, 255, 0, 0, 0))).toBeNull();
    expect(formatIp(bytes())).toBeNull();
  });
});

describe('names and numbers', () => {
  it.each([
    ['Contoso, Ltd', 'Contoso\\, Ltd'],
    ['a+b;c<d>e"f\\g', 'a\\+b\\;c\\<d\\>e\\"f\\\\g'],
    ['#1', '\\#1'],
    [' lead', '\\ lead'],
    ['trail ', 'trail\\ '],
    [' ', '\\ '],
    ['nul\0', 'nul\\00'],
    ['plain', 'plain'],
    ['a\\ ', 'a\\\\\\ '],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeDnValue(value)).toBe(escaped);
  });

  it('writes hex in upper case, two digits a byte', () => {
    expect(hex(bytes(0, 10, 255))).toBe('000AFF');
  });

  it('counts the bits of an unsigned number', () => {
    expect(bitLength(bytes(0x00, 0x80, 0x00))).toBe(16);
    expect(bitLength(bytes(0x01, 0x00))).toBe(9);
    expect(bitLength(bytes(0x7f))).toBe(7);
    expect(bitLength(bytes(0, 0))).toBe(0);
  });

  it('writes a serial without its sign byte, as openssl does', () => {
    expect(serialHex(bytes(0x00, 0x9a, 0x01))).toBe('9A01');
    expect(serialHex(bytes(0x10, 0x00))).toBe('1000');
    expect(serialHex(bytes(0x00))).toBe('00');
  });
});

/**
 * IPv4 addresses as the plan holds them: dotted quads, no leading zeros (which some tools read as
 * octal). Classification lets findings say when a "public" address is private or a documentation
 * example (RFC 1918, RFC 5737, RFC 6598).
 */
import { quoted } from './characters.ts';

export type Ipv4Result = { ok: true; value: string } | { ok: false; message: string };
export type Ipv4Class =
  'public' | 'private' | 'documentation' | 'shared' | 'loopback' | 'link-local' | 'reserved';

export function parseIpv4(raw: string): Ipv4Result {
  const value = raw.trim();
  if (value.includes(':')) {
    return {
      ok: false,
      message: `${quoted(value)} looks like IPv6; plan v1 holds IPv4 addresses (A records) only`,
    };
  }
  const parts = value.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part))) {
    return {
      ok: false,
      message: `${quoted(value)} is not an IPv4 address (four numbers 0–255 separated by dots, e.g. 10.0.0.11)`,
    };
  }
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) {
    return {
      ok: false,
      message: `${quoted(value)} has a leading zero; write each number without one (some tools read 010 as octal)`,
    };
  }
  if (parts.some((part) => Number(part) > 255)) {
    return { ok: false, message: `${quoted(value)} has a number above 255` };
  }
  return { ok: true, value };
}

const RANGES: ReadonlyArray<readonly [string, number, Ipv4Class]> = [
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['192.0.2.0', 24, 'documentation'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['0.0.0.0', 8, 'reserved'],
  ['224.0.0.0', 3, 'reserved'],
];

const toNumber = (ip: string): number =>
  ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

/** Which kind of address a valid dotted quad is. */
export function classifyIpv4(ip: string): Ipv4Class {
  const address = toNumber(ip);
  for (const [base, bits, kind] of RANGES) {
    const size = 2 ** (32 - bits);
    const start = toNumber(base);
    if (address >= start && address < start + size) return kind;
  }
  return 'public';
}

/** The reverse-lookup owner name: 203.0.113.10 → 10.113.0.203.in-addr.arpa */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

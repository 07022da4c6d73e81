/**
 * Field readers for plan validation. Each takes the raw value and its dotted path, returns the
 * normalised value (or a fallback), and records an `Issue` naming the field and the rule it broke.
 * Small hand-written guards instead of a schema library: they run on every keystroke in the
 * browser, and zod would add ~23 KB gz to the page (STYLE.md).
 *
 * The input is untrusted (a file, a link, stored data): every reader checks the type before it
 * converts anything (an object whose toString is not a function must not throw), never walks the
 * value's own nesting (a list 200,000 levels deep is just "not text"), and quotes at most a short
 * excerpt of a value in its message.
 */
import { quoted, unsafeCharacter } from '../names/characters.ts';
import { normalizeHostname, type HostnameOptions } from '../names/hostname.ts';
import { parseIpv4 } from '../names/ipv4.ts';
import type { Issue } from './plan.ts';

export type Raw = Record<string, unknown>;

/** Unknown keys reported per object; a file with thousands of them gets a count, not a flood. */
const UNKNOWN_KEYS_REPORTED = 5;

export class Reader {
  readonly issues: Issue[] = [];

  report(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /**
   * The listed keys of an object (own properties only, so `toString` or `__proto__` in the input
   * are never read as fields); absent → empty object. Other keys are reported.
   */
  object(value: unknown, path: string, keys: readonly string[]): Raw {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.report(path, 'must be an object');
      return {};
    }
    const raw = value as Raw;
    const unknown = Object.keys(raw).filter((key) => !keys.includes(key));
    for (const key of unknown.slice(0, UNKNOWN_KEYS_REPORTED)) {
      // A key is part of the path shown to the reader: odd ones are quoted, not shown as they are.
      const plain = /^[\w$-]{1,40}$/.test(key);
      this.report(
        plain ? join(path, key) : path,
        `${plain ? '' : `the field ${quoted(key)} `}is not a plan field; expected one of: ${keys.join(', ')}`,
      );
    }
    if (unknown.length > UNKNOWN_KEYS_REPORTED) {
      this.report(
        path,
        `has ${unknown.length - UNKNOWN_KEYS_REPORTED} more fields that are not plan fields`,
      );
    }
    const known: Raw = {};
    for (const key of keys) if (Object.hasOwn(raw, key)) known[key] = raw[key];
    return known;
  }

  /** An array of at most `max` items; absent → empty. */
  array(value: unknown, path: string, max: number): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report(path, 'must be a list');
      return [];
    }
    if (value.length > max) {
      this.report(path, `has ${value.length} entries; at most ${max} are allowed`);
      return value.slice(0, max);
    }
    return value;
  }

  /**
   * Free text for the certificate subject or a label: no control, bidirectional or invisible
   * characters (names/characters.ts). Too long or unsafe text reports and gives the fallback.
   */
  text(value: unknown, path: string, fallback: string, max: number): string {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string') {
      this.report(path, 'must be text');
      return fallback;
    }
    const text = value.trim();
    if (text.length > max) {
      this.report(path, `is ${text.length} characters long; at most ${max} are allowed`);
      return fallback;
    }
    const unsafe = unsafeCharacter(text);
    if (unsafe) {
      this.report(path, `contains ${unsafe}, which would change how the text around it is shown`);
      return fallback;
    }
    return text;
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      this.report(path, 'must be true or false');
      return fallback;
    }
    return value;
  }

  /** One of a closed set of values; numbers are accepted for version-like values (2016 → "2016"). */
  choice<T extends string | number>(
    value: unknown,
    path: string,
    options: readonly T[],
    fallback: T,
  ): T {
    if (value === undefined || value === null) return fallback;
    // Only text and numbers are compared; anything else is reported without being converted.
    const candidate =
      typeof value === 'string'
        ? value.trim().toLowerCase()
        : typeof value === 'number'
          ? String(value)
          : undefined;
    const match =
      candidate === undefined
        ? undefined
        : options.find((option) => String(option).toLowerCase() === candidate);
    if (match === undefined) {
      this.report(path, `must be one of: ${options.join(', ')}`);
      return fallback;
    }
    return match;
  }

  integer(value: unknown, path: string, fallback: number, min: number, max: number): number {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.report(path, 'must be a whole number');
      return fallback;
    }
    if (value < min || value > max) {
      this.report(path, `must be between ${min} and ${max}`);
      return fallback;
    }
    return value;
  }

  /** A host name (see names/hostname.ts); `fallback` is used when the field is absent or empty. */
  hostname(
    value: unknown,
    path: string,
    fallback: string | undefined,
    options: HostnameOptions = {},
  ): string {
    if ((value === undefined || value === null || value === '') && fallback !== undefined)
      return fallback;
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.report(path, 'must be a host name (text)');
      return fallback ?? '';
    }
    const result = normalizeHostname(typeof value === 'string' ? value : '', options);
    if (!result.ok) {
      this.report(path, result.message);
      return fallback ?? '';
    }
    return result.value;
  }

  /** An IPv4 address, or null when absent or empty. */
  ipv4(value: unknown, path: string): string | null {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') {
      this.report(path, 'must be an IPv4 address (text)');
      return null;
    }
    if (value.length > 64) {
      this.report(path, `${quoted(value)} is not an IPv4 address`);
      return null;
    }
    const result = parseIpv4(value);
    if (!result.ok) {
      this.report(path, result.message);
      return null;
    }
    return result.value;
  }

  /** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
  date(value: unknown, path: string, fallback: string | undefined): string {
    if ((value === undefined || value === null || value === '') && fallback !== undefined)
      return fallback;
    const text = typeof value === 'string' ? value.trim() : '';
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const [year, month, day] = match
      ? [Number(match[1]), Number(match[2]), Number(match[3])]
      : [0, 0, 0];
    const roundTrip = new Date(Date.UTC(year, month - 1, day));
    const valid =
      match !== null &&
      year >= 2000 &&
      year <= 2100 &&
      roundTrip.getUTCMonth() === month - 1 &&
      roundTrip.getUTCDate() === day;
    if (!valid) {
      this.report(
        path,
        value === undefined || value === ''
          ? 'is required (YYYY-MM-DD)'
          : typeof value === 'string'
            ? `${quoted(value)} is not a date written YYYY-MM-DD`
            : 'must be a date written YYYY-MM-DD (text)',
      );
      return fallback ?? '2000-01-01';
    }
    return text;
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Which planned names a file's DNS names cover, and which of its names the plan never asked for.
 * A wildcard covers exactly one label in its own place (`*.contoso.com` covers mail.contoso.com,
 * not contoso.com and not a.b.contoso.com: RFC 9525 §6.3, CA/Browser Forum BR); a planned
 * wildcard is only covered by that same wildcard.
 */
import { wildcardCovers } from '../names/hostname.ts';
import type { PlannedCertificate } from '../derived.ts';

export interface NameCoverage {
  /** A planned name. */
  name: string;
  /** The file's name that covers it (itself, or a wildcard), or null when nothing does. */
  coveredBy: string | null;
}

export interface Coverage {
  planned: NameCoverage[];
  /** The file's DNS names that are not planned and cover no planned name. */
  extra: string[];
}

/** Names compare without case and without a trailing dot (DNS names are case-insensitive). */
export const dnsKey = (name: string): string => name.toLowerCase().replace(/\.$/, '');

const isWildcard = (name: string) => name.startsWith('*.');

/** True when the file's name `actual` covers the planned name `name` (both keys). */
export function covers(actual: string, name: string): boolean {
  if (actual === name) return true;
  return isWildcard(actual) && !isWildcard(name) && wildcardCovers(actual.slice(2), name);
}

export function coverage(planned: PlannedCertificate, dnsNames: readonly string[]): Coverage {
  const actual = dnsNames.map(dnsKey);
  const wanted = planned.sans.map((san) => dnsKey(san.name));
  return {
    planned: wanted.map((name) => ({
      name,
      coveredBy:
        actual.find((candidate) => candidate === name) ??
        actual.find((candidate) => covers(candidate, name)) ??
        null,
    })),
    extra: [...new Set(actual)].filter(
      (name) => !wanted.some((want) => covers(want, name) || covers(name, want)),
    ),
  };
}

/** The file's wildcard that a planned name sits under without being covered (too deep or the bare domain). */
export function wildcardMissing(name: string, dnsNames: readonly string[]): string | undefined {
  return dnsNames
    .map(dnsKey)
    .find(
      (actual) =>
        isWildcard(actual) &&
        !covers(actual, name) &&
        (name === actual.slice(2) || name.endsWith(actual.slice(1))),
    );
}

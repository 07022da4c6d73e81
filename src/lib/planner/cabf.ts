/**
 * Maximum lifetime of a publicly trusted TLS certificate by issue date: CA/Browser Forum Baseline
 * Requirements §6.3.2 as changed by ballot SC-081v3 (adopted 2025-04-11). Each step also has a
 * "should" value one day shorter, which CAs use to stay clear of the limit.
 */

export interface ValidityLimit {
  /** First issue date the limit applies to (YYYY-MM-DD). */
  from: string;
  maxDays: number;
  recommendedDays: number;
}

/** Newest first. Before 2026-03-15 the 398-day limit (since 2020-09-01) applies. */
const LIMITS: readonly ValidityLimit[] = [
  { from: '2029-03-15', maxDays: 47, recommendedDays: 46 },
  { from: '2027-03-15', maxDays: 100, recommendedDays: 99 },
  { from: '2026-03-15', maxDays: 200, recommendedDays: 199 },
  { from: '2020-09-01', maxDays: 398, recommendedDays: 397 },
];

/** The limit in force for a certificate issued on `issueDate` (YYYY-MM-DD; ISO dates sort as text). */
export function validityLimit(issueDate: string): ValidityLimit {
  return (
    LIMITS.find((limit) => issueDate >= limit.from) ?? (LIMITS[LIMITS.length - 1] as ValidityLimit)
  );
}

/** The date `days` after `date`, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

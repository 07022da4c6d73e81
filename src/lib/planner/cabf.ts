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

/** Days before expiry at which a renewal starts: the renewal reminder's 30 days (findings.ts). */
export const RENEWAL_LEAD_DAYS = 30;

export interface Renewal {
  /** The cycle, 1 for the first renewal of the planned certificate. */
  cycle: number;
  /** When the certificate being renewed was issued, and when it expires (YYYY-MM-DD). */
  issued: string;
  expires: string;
  /** When to renew: `RENEWAL_LEAD_DAYS` before expiry, or sooner for a short lifetime. */
  renewOn: string;
  /** The limit in force for a certificate issued on `renewOn`. */
  limit: ValidityLimit;
  /** The lifetime to request on `renewOn`: the one planned, cut to the limit's "should" value. */
  nextDays: number;
  /** True when the limit at `renewOn` is shorter than the lifetime renewed. */
  shorter: boolean;
}

/** Lead time for a lifetime: 30 days, or a quarter of a lifetime too short for 30 (47 → 11). */
export function renewalLeadDays(lifetimeDays: number): number {
  return Math.max(1, Math.min(RENEWAL_LEAD_DAYS, Math.floor(lifetimeDays / 4)));
}

/**
 * The renewals of a certificate issued on `issueDate` for `lifetimeDays`, until `untilDate` and at
 * most `maxCycles` of them: each one `renewalLeadDays` before its certificate expires. With
 * `publicLimits`, each new certificate's lifetime is cut to the CA/Browser Forum "should" value in
 * force on its issue date, so the cycle shortens as the limits fall (200 → 100 → 47 days); an
 * enterprise CA keeps the planned lifetime.
 */
export function renewalSchedule(
  issueDate: string,
  lifetimeDays: number,
  untilDate: string,
  publicLimits: boolean,
  maxCycles = 100,
): Renewal[] {
  const renewals: Renewal[] = [];
  let issued = issueDate;
  let days = Math.max(1, lifetimeDays);
  for (let cycle = 1; cycle <= maxCycles; cycle += 1) {
    const expires = addDays(issued, days);
    const renewOn = addDays(expires, -renewalLeadDays(days));
    if (renewOn > untilDate) break;
    const limit = validityLimit(renewOn);
    const nextDays = publicLimits ? Math.min(lifetimeDays, limit.recommendedDays) : lifetimeDays;
    renewals.push({
      cycle,
      issued,
      expires,
      renewOn,
      limit,
      nextDays,
      shorter: publicLimits && limit.maxDays < days,
    });
    issued = renewOn;
    days = Math.max(1, nextDays);
  }
  return renewals;
}

/**
 * The first renewal of a certificate, however far off: one cycle, not a schedule (every derive
 * asks this of each public certificate, so it must not compute a hundred renewals to keep one).
 */
export const firstRenewal = (
  issueDate: string,
  lifetimeDays: number,
  publicLimits: boolean,
): Renewal | undefined =>
  renewalSchedule(issueDate, lifetimeDays, '9999-12-31', publicLimits, 1)[0];

import { describe, expect, it } from 'vitest';
import {
  certificateFacts,
  fileOf,
  NOW,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import type { PlannedCertificate } from '../derived.ts';
import type { ItemFacts } from './facts.ts';
import { lifetimeDays, maximumDays, utc, validityRules } from './validity.ts';

function run(subject: ItemFacts, authority: PlannedCertificate['authority'] = 'public', now = NOW) {
  return validityRules({ file: fileOf([subject]), subject, planned: null, authority, now });
}
const valid = (notBefore: string, notAfter: string) =>
  certificateFacts({ validity: { notBefore, notAfter } });

describe('lifetime as the CA/Browser Forum counts it', () => {
  it.each([
    ['2026-12-01T00:00:00Z', '2027-06-18T23:59:59Z', 200],
    ['2026-12-01T00:00:00Z', '2027-06-19T00:00:00Z', 201],
    ['2026-12-01T00:00:00Z', '2027-06-18T00:00:00Z', 200],
    ['2026-12-01T00:00:00Z', '2027-06-17T23:59:59Z', 199],
  ])('%s to %s is %i days', (notBefore, notAfter, days) => {
    expect(lifetimeDays(valid(notBefore, notAfter))).toBe(days);
  });

  it.each([
    ['2017-12-31', null],
    ['2018-03-01', 825],
    ['2020-08-31', 825],
    ['2020-09-01', 398],
    ['2026-03-15', 200],
    ['2029-03-15', 47],
  ])('the limit for %s is %s days', (date, days) => {
    expect(maximumDays(date)?.maxDays ?? null).toBe(days);
  });

  it('refuses a public certificate over the limit for its issue date', () => {
    const [finding] = run(valid('2026-12-01T08:00:00Z', '2027-06-19T08:00:00Z'));
    expect(finding).toMatchObject({
      id: 'validity-exceeds-limit',
      severity: 'error',
      source: 'SC081',
    });
    expect(finding!.message).toMatch(
      /^The certificate is valid for 201 days \(from 2026-12-01 08:00 UTC to 2027-06-19 08:00 UTC\); public certificates issued from 2026-03-15 may be valid for at most 200 days\./,
    );
    expect(finding!.fix).toContain('at most 200 days');
  });

  it('accepts the limit itself, an older certificate under its own limit, and any enterprise lifetime', () => {
    expect(run(valid('2026-12-01T08:00:00Z', '2027-06-19T08:00:00Z'), 'enterprise')).toEqual([]);
    expect(run(valid('2026-12-01T08:00:00Z', '2027-06-19T07:59:59Z'))).toEqual([]);
    const old = valid('2019-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
    expect(run(old, 'public', new Date('2020-06-01T00:00:00Z'))).toEqual([]);
  });
});

describe('the clock', () => {
  it('refuses a certificate that is not valid yet, and points at the clocks when it is hours away', () => {
    expect(run(valid('2026-12-10T12:30:00Z', '2027-06-01T00:00:00Z'))[0]!.message).toContain(
      '1 hour from now',
    );
    const [finding] = run(valid('2026-12-10T15:30:00Z', '2027-06-01T00:00:00Z'));
    expect(finding).toMatchObject({ id: 'not-yet-valid', severity: 'error', source: 'RFC5280' });
    expect(finding!.message).toContain('valid from 2026-12-10 15:30 UTC, 4 hours from now');
    expect(finding!.message).toContain('a clock or a time zone is wrong');
    expect(finding!.commands?.shell).toBe('windows');
    expect(
      finding!.commands?.statements.map(
        (statement) => statement.kind === 'native' && statement.program,
      ),
    ).toEqual(['w32tm.exe', 'tzutil.exe']);
  });

  it('counts days, and gives no clock commands, when the certificate starts days ahead', () => {
    const [finding] = run(valid('2026-12-13T12:00:00Z', '2027-06-01T00:00:00Z'));
    expect(finding!.message).toContain('3 days from now');
    expect(finding!.message).not.toContain('time zone');
    expect(finding!.commands).toBeUndefined();
  });

  it('counts both ends as valid, and a day ahead as days', () => {
    expect(run(valid('2026-12-10T12:00:00Z', '2027-03-01T00:00:00Z'))).toEqual([]);
    expect(
      run(
        valid('2026-11-01T00:00:00Z', '2027-03-01T00:00:00Z'),
        'public',
        new Date('2027-03-01T00:00:00Z'),
      )[0]!.id,
    ).toBe('expires-within-30-days');
    const [dayAhead] = run(valid('2026-12-11T12:00:00Z', '2027-03-01T00:00:00Z'));
    expect(dayAhead!.message).toContain('1 day from now');
    expect(dayAhead!.commands).toBeUndefined();
  });

  it('holds no lifetime limit against a public certificate from before 2018-03-01', () => {
    const old = valid('2016-01-01T00:00:00Z', '2019-01-01T00:00:00Z');
    expect(run(old, 'public', new Date('2017-01-01T00:00:00Z'))).toEqual([]);
  });

  it('refuses an expired certificate', () => {
    const [finding] = run(valid('2026-01-01T00:00:00Z', '2026-12-10T11:59:59Z'));
    expect(finding).toMatchObject({ id: 'expired', severity: 'error' });
    expect(finding!.message).toMatch(/^The certificate expired on 2026-12-10 11:59 UTC\./);
  });

  it.each([
    ['2026-12-11T12:00:00Z', 'expires-within-30-days', 'warning', 'in 1 day.'],
    ['2027-01-09T11:59:59Z', 'expires-within-30-days', 'warning', 'in 29 days.'],
    ['2027-01-09T12:00:00Z', 'expires-within-60-days', 'info', 'in 30 days.'],
    ['2027-02-08T11:59:59Z', 'expires-within-60-days', 'info', 'in 59 days.'],
  ])('expiring %s: %s', (notAfter, id, severity, when) => {
    const [finding] = run(valid('2026-11-01T00:00:00Z', notAfter));
    expect(finding).toMatchObject({ id, severity, source: 'CSS-HC' });
    expect(finding!.message).toContain(when);
  });

  it('is quiet from 60 days on, and for requests', () => {
    expect(run(valid('2026-11-01T00:00:00Z', '2027-02-08T12:00:00Z'))).toEqual([]);
    expect(run(requestFacts())).toEqual([]);
  });

  it('writes instants in UTC to the minute', () => {
    expect(utc('2026-12-01T08:05:59.000Z')).toBe('2026-12-01 08:05 UTC');
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, validityLimit } from './cabf.ts';

describe('validityLimit (BR §6.3.2, ballot SC-081v3)', () => {
  it.each([
    ['2015-01-01', '2020-09-01', 398, 397],
    ['2020-08-31', '2020-09-01', 398, 397],
    ['2020-09-01', '2020-09-01', 398, 397],
    ['2026-03-14', '2020-09-01', 398, 397],
    ['2026-03-15', '2026-03-15', 200, 199],
    ['2027-03-14', '2026-03-15', 200, 199],
    ['2027-03-15', '2027-03-15', 100, 99],
    ['2029-03-14', '2027-03-15', 100, 99],
    ['2029-03-15', '2029-03-15', 47, 46],
    ['2040-01-01', '2029-03-15', 47, 46],
  ])('a certificate issued %s: limit from %s, %i days, %i recommended', (date, from, max, rec) => {
    expect(validityLimit(date)).toEqual({ from, maxDays: max, recommendedDays: rec });
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-01', 0, '2026-12-01'],
    ['2026-12-01', 1, '2026-12-02'],
    ['2026-12-01', 31, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-15', 200, '2026-10-01'],
    ['2026-03-15', -1, '2026-03-14'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

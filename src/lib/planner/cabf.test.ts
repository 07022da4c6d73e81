import { describe, expect, it } from 'vitest';
import { addDays, firstRenewal, renewalLeadDays, renewalSchedule, validityLimit } from './cabf.ts';

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

describe('renewalLeadDays', () => {
  it.each([
    [397, 30],
    [199, 30],
    [120, 30],
    [119, 29],
    [99, 24],
    [46, 11],
    [3, 1],
    [1, 1],
  ])('a %i-day certificate is renewed %i days before it expires', (days, lead) => {
    expect(renewalLeadDays(days)).toBe(lead);
  });
});

describe('renewalSchedule', () => {
  it('shortens the cycle as the public limits fall (example plan: 199 days from 2026-12-01)', () => {
    const schedule = renewalSchedule('2026-12-01', 199, '2029-06-30', true);
    expect(
      schedule.map(({ renewOn, expires, nextDays, shorter, limit }) => [
        renewOn,
        expires,
        limit.maxDays,
        nextDays,
        shorter,
      ]),
    ).toEqual([
      ['2027-05-19', '2027-06-18', 100, 99, true],
      ['2027-08-02', '2027-08-26', 100, 99, false],
      ['2027-10-16', '2027-11-09', 100, 99, false],
      ['2027-12-30', '2028-01-23', 100, 99, false],
      ['2028-03-14', '2028-04-07', 100, 99, false],
      ['2028-05-28', '2028-06-21', 100, 99, false],
      ['2028-08-11', '2028-09-04', 100, 99, false],
      ['2028-10-25', '2028-11-18', 100, 99, false],
      ['2029-01-08', '2029-02-01', 100, 99, false],
      ['2029-03-24', '2029-04-17', 47, 46, true],
      ['2029-04-28', '2029-05-09', 47, 46, false],
      ['2029-06-02', '2029-06-13', 47, 46, false],
    ]);
    expect(schedule.map((renewal) => renewal.cycle)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(schedule[1]?.issued).toBe('2027-05-19');
  });

  it('keeps an enterprise lifetime whatever the public limits', () => {
    const schedule = renewalSchedule('2026-12-01', 730, '2031-01-01', false);
    expect(schedule.map((renewal) => [renewal.renewOn, renewal.nextDays, renewal.shorter])).toEqual(
      [
        ['2028-10-31', 730, false],
        ['2030-10-01', 730, false],
      ],
    );
  });

  it('keeps a lifetime already under the limit, and stops at the horizon', () => {
    expect(renewalSchedule('2026-04-01', 90, '2026-06-10', true)).toEqual([
      {
        cycle: 1,
        issued: '2026-04-01',
        expires: '2026-06-30',
        renewOn: '2026-06-08',
        limit: { from: '2026-03-15', maxDays: 200, recommendedDays: 199 },
        nextDays: 90,
        shorter: false,
      },
    ]);
  });
});

describe('firstRenewal', () => {
  it('is the first cycle of the schedule, without a horizon', () => {
    expect(firstRenewal('2026-12-01', 199, true)).toEqual(
      renewalSchedule('2026-12-01', 199, '2027-06-01', true)[0],
    );
    expect(firstRenewal('2026-12-01', 199, true)?.renewOn).toBe('2027-05-19');
    expect(firstRenewal('2026-12-01', 730, false)?.renewOn).toBe('2028-10-31');
  });

  it('computes one cycle, where a schedule runs to its horizon', () => {
    expect(renewalSchedule('2026-12-01', 199, '9999-12-31', true, 3)).toHaveLength(3);
    expect(renewalSchedule('2026-12-01', 199, '9999-12-31', true)).toHaveLength(100);
  });
});

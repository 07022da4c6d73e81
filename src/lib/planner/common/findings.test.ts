import { describe, expect, it } from 'vitest';
import { planWith } from '../../../../tests/support/scenarios.ts';
import type { PlannedCertificate } from '../derived.ts';
import { internalNamesOnPublicCertificate, keySize, subjectCountry, validity } from './findings.ts';

const certificate = (
  authority: PlannedCertificate['authority'],
  names: string[],
): PlannedCertificate => ({
  id: 'test',
  role: 'client-access',
  purpose: 'test',
  subject: `CN=${names[0]}`,
  commonName: names[0] ?? '',
  sans: names.map((name) => ({ name, reasons: [] })),
  usages: [],
  extendedKeyUsage: ['serverAuth'],
  authority,
  exportable: true,
  servers: [],
  keySize: 2048,
  wildcard: false,
  replace: true,
  notes: [],
});

describe('internal names on a public certificate', () => {
  it('gives one error per internal name, with the name in the message', () => {
    const found = internalNamesOnPublicCertificate([
      certificate('public', ['mail.contoso.com', 'ex01.contoso.local', 'EX01', '*.corp.lan']),
    ]);
    expect(found).toEqual(
      ['ex01.contoso.local', 'EX01', '*.corp.lan'].map((name) => ({
        id: 'internal-name-on-public-certificate',
        severity: 'error',
        message: `${name} is an internal name (single label or a top-level domain that does not exist publicly); public CAs have refused to issue for internal names since 1 November 2015.`,
        fix: 'Use a name in a domain you own publicly, and make it resolve inside with split-brain or pin-point DNS; or issue from your enterprise CA.',
        source: 'BR',
      })),
    );
  });

  it('judges a wildcard by the domain under it', () => {
    expect(internalNamesOnPublicCertificate([certificate('public', ['*.contoso.com'])])).toEqual(
      [],
    );
    // A wildcard over a bare top-level domain covers single-label names.
    expect(
      internalNamesOnPublicCertificate([certificate('public', ['*.com'])]).map(
        (finding) => finding.id,
      ),
    ).toEqual(['internal-name-on-public-certificate']);
  });

  it.each(['enterprise', 'self-signed'] as const)('leaves a %s certificate alone', (authority) => {
    expect(
      internalNamesOnPublicCertificate([certificate(authority, ['ex01.contoso.local', 'EX01'])]),
    ).toEqual([]);
  });

  it('looks at every public certificate of the product', () => {
    const found = internalNamesOnPublicCertificate([
      certificate('public', ['a.contoso.local']),
      certificate('enterprise', ['b.contoso.local']),
      certificate('public', ['c.contoso.local']),
    ]);
    expect(found.map((finding) => finding.message.split(' ')[0])).toEqual([
      'a.contoso.local',
      'c.contoso.local',
    ]);
  });
});

describe('validity against the CA/Browser Forum limits', () => {
  const options = { renewalIncludes: 'the copy to every server' };
  const run = (issueDate: string, validityDays: number, authority = 'public') =>
    validity(planWith({ certificate: { authority, issueDate, validityDays } }), options);

  const reminder = (issueDate: string, days: number, expires: string, renewBy: string) => ({
    id: 'renewal-reminder',
    severity: 'info',
    message: `A certificate issued on ${issueDate} for ${days} days expires on ${expires}.`,
    fix: `Put the renewal in the calendar for ${renewBy} (30 days ahead), including the copy to every server.`,
    source: 'SC081',
    path: 'certificate.validityDays',
  });
  const atLimit = (days: number, from: string, recommended: number) => ({
    id: 'validity-at-limit',
    severity: 'warning',
    message: `${days} days is exactly the maximum for certificates issued from ${from}; CAs are asked to stay a day under it.`,
    fix: `Plan ${recommended} days.`,
    source: 'BR',
    path: 'certificate.validityDays',
  });
  const shorter = (renewOn: string, days: number) => ({
    id: 'renewal-under-shorter-limit',
    severity: 'warning',
    message: `The renewal due on ${renewOn} falls under the 100-day limit for public certificates issued from 2027-03-15: the next certificate cannot last ${days} days.`,
    fix: 'Request 99 days at that renewal and plan the next one 75 days later; the calendar export (.ics) lists every renewal with the limit in force on its date.',
    source: 'SC081',
    path: 'certificate.issueDate',
  });
  const exceeds = (days: number, from: string, max: number, recommended: number) => ({
    id: 'validity-exceeds-limit',
    severity: 'error',
    message: `Public certificates issued from ${from} may be valid for at most ${max} days (CA/Browser Forum); the plan asks for ${days}.`,
    fix: `Plan ${recommended} days or fewer.`,
    source: 'SC081',
    path: 'certificate.validityDays',
  });

  // Each limit's first day, the day before it, and one day either side of its maximum.
  it.each([
    [
      '2026-03-14',
      397,
      [reminder('2026-03-14', 397, '2027-04-15', '2027-03-16'), shorter('2027-03-16', 397)],
    ],
    [
      '2026-03-14',
      398,
      [
        reminder('2026-03-14', 398, '2027-04-16', '2027-03-17'),
        atLimit(398, '2020-09-01', 397),
        shorter('2027-03-17', 398),
      ],
    ],
    ['2026-03-14', 399, [exceeds(399, '2020-09-01', 398, 397)]],
    ['2026-03-15', 199, [reminder('2026-03-15', 199, '2026-09-30', '2026-08-31')]],
    [
      '2026-03-15',
      200,
      [reminder('2026-03-15', 200, '2026-10-01', '2026-09-01'), atLimit(200, '2026-03-15', 199)],
    ],
    ['2026-03-15', 201, [exceeds(201, '2026-03-15', 200, 199)]],
    ['2027-03-14', 201, [exceeds(201, '2026-03-15', 200, 199)]],
    [
      '2027-03-14',
      200,
      [
        reminder('2027-03-14', 200, '2027-09-30', '2027-08-31'),
        atLimit(200, '2026-03-15', 199),
        shorter('2027-08-31', 200),
      ],
    ],
    ['2027-03-15', 99, [reminder('2027-03-15', 99, '2027-06-22', '2027-05-23')]],
    [
      '2027-03-15',
      100,
      [reminder('2027-03-15', 100, '2027-06-23', '2027-05-24'), atLimit(100, '2027-03-15', 99)],
    ],
    ['2027-03-15', 101, [exceeds(101, '2027-03-15', 100, 99)]],
    ['2029-03-14', 101, [exceeds(101, '2027-03-15', 100, 99)]],
    ['2029-03-15', 46, [reminder('2029-03-15', 46, '2029-04-30', '2029-03-31')]],
    [
      '2029-03-15',
      47,
      [reminder('2029-03-15', 47, '2029-05-01', '2029-04-01'), atLimit(47, '2029-03-15', 46)],
    ],
    ['2029-03-15', 48, [exceeds(48, '2029-03-15', 47, 46)]],
  ])('issued %s for %i days', (issueDate, days, expected) => {
    expect(run(issueDate, days)).toEqual(expected);
  });

  it('holds an enterprise CA to no public limit, and still reminds of the renewal', () => {
    expect(run('2029-03-15', 730, 'enterprise')).toEqual([
      reminder('2029-03-15', 730, '2031-03-15', '2031-02-13'),
    ]);
    expect(run('2029-03-15', 47, 'enterprise')).toEqual([
      reminder('2029-03-15', 47, '2029-05-01', '2029-04-01'),
    ]);
  });

  it('never dates the renewal before the issue date', () => {
    expect(run('2026-12-01', 20, 'enterprise')).toEqual([
      reminder('2026-12-01', 20, '2026-12-21', '2026-12-01'),
    ]);
    expect(run('2026-12-01', 30, 'enterprise')).toEqual([
      reminder('2026-12-01', 30, '2026-12-31', '2026-12-01'),
    ]);
    expect(run('2026-12-01', 31, 'enterprise')).toEqual([
      reminder('2026-12-01', 31, '2027-01-01', '2026-12-02'),
    ]);
  });
});

describe('key size', () => {
  const run = (size: number, authority: string) =>
    keySize(planWith({ certificate: { authority, keySize: size } }));

  it.each([
    ['public', 'error'],
    ['enterprise', 'warning'],
  ])('refuses a 1024-bit key from a %s CA as an %s', (authority, severity) => {
    expect(run(1024, authority)).toEqual([
      {
        id: 'rsa-key-too-small',
        severity,
        path: 'certificate.keySize',
        message:
          'A 1024-bit RSA key is below the 2048-bit minimum; public CAs refuse it and clients flag it.',
        fix: 'Use 2048 (the default) or 4096.',
        source: 'BR',
      },
    ]);
  });

  it.each([2048, 4096])('accepts %i bits', (size) => {
    expect(run(size, 'public')).toEqual([]);
    expect(run(size, 'enterprise')).toEqual([]);
  });
});

describe('country in the subject', () => {
  it('warns when the subject has no C=', () => {
    expect(subjectCountry(planWith({ organization: { country: '' } }))).toEqual([
      {
        id: 'country-missing',
        severity: 'warning',
        path: 'organization.country',
        message:
          'The certificate subject has no country (C=). Microsoft asks for it on every request; without it, renewing the certificate can fail.',
        fix: 'Enter the two-letter ISO code of your country.',
        source: 'EX-CSR',
      },
    ]);
  });

  it('says nothing when the country is given', () => {
    expect(subjectCountry(planWith({ organization: { country: 'GB' } }))).toEqual([]);
  });
});

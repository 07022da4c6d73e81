/**
 * Findings every product shares: names a public CA refuses, key size, lifetime against the
 * CA/Browser Forum limits, and the country in the subject. Product rules add their own.
 */
import { addDays, firstRenewal, renewalLeadDays, validityLimit } from '../cabf.ts';
import { isInternalName } from '../names/internal.ts';
import type { Finding, PlannedCertificate } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';

export { certificateShareOutsideOrganisation } from './file-share.ts';

/** What renewing involves for the product, for the renewal reminder ("the PFX copy to every server…"). */
export interface ValidityOptions {
  renewalIncludes: string;
}

export const internalNamesOnPublicCertificate = (certificates: PlannedCertificate[]): Finding[] =>
  certificates
    .filter((certificate) => certificate.authority === 'public')
    .flatMap((certificate) =>
      // Stryker disable next-line Regex,StringLiteral: names hold * only as the leftmost label, and any dotless text in place of "*." leaves the top-level domain as it was (or the name single-label)
      certificate.sans.filter((san) => isInternalName(san.name.replace(/^\*\./, ''))),
    )
    .map((san) => ({
      id: 'internal-name-on-public-certificate',
      severity: 'error',
      message: `${san.name} is an internal name (single label or a top-level domain that does not exist publicly); public CAs have refused to issue for internal names since 1 November 2015.`,
      fix: 'Use a name in a domain you own publicly, and make it resolve inside with split-brain or pin-point DNS; or issue from your enterprise CA.',
      source: 'BR',
    }));

export const validity = (plan: Plan, options: ValidityOptions): Finding[] => {
  const { authority, issueDate, validityDays } = plan.certificate;
  const renewBy = addDays(issueDate, Math.max(validityDays - 30, 0));
  const reminder: Finding = {
    id: 'renewal-reminder',
    severity: 'info',
    message: `A certificate issued on ${issueDate} for ${validityDays} days expires on ${addDays(issueDate, validityDays)}.`,
    fix: `Put the renewal in the calendar for ${renewBy} (30 days ahead), including ${options.renewalIncludes}.`,
    source: 'SC081',
    path: 'certificate.validityDays',
  };
  if (authority !== 'public') return [reminder];
  const limit = validityLimit(issueDate);
  if (validityDays > limit.maxDays) {
    return [
      {
        id: 'validity-exceeds-limit',
        severity: 'error',
        message: `Public certificates issued from ${limit.from} may be valid for at most ${limit.maxDays} days (CA/Browser Forum); the plan asks for ${validityDays}.`,
        fix: `Plan ${limit.recommendedDays} days or fewer.`,
        source: 'SC081',
        path: 'certificate.validityDays',
      },
    ];
  }
  const next = renewalUnderShorterLimit(issueDate, validityDays);
  if (validityDays === limit.maxDays) {
    return [
      reminder,
      {
        id: 'validity-at-limit',
        severity: 'warning',
        message: `${validityDays} days is exactly the maximum for certificates issued from ${limit.from}; CAs are asked to stay a day under it.`,
        fix: `Plan ${limit.recommendedDays} days.`,
        source: 'BR',
        path: 'certificate.validityDays',
      },
      ...next,
    ];
  }
  return [reminder, ...next];
};

/**
 * The first renewal of a public certificate, when it falls under a shorter CA/Browser Forum limit
 * than the certificate it renews: the next certificate cannot last as long, so the renewal cycle
 * (and whatever the reader scheduled around it) shortens.
 */
export function renewalUnderShorterLimit(issueDate: string, validityDays: number): Finding[] {
  const first = firstRenewal(issueDate, validityDays, true);
  if (!first?.shorter) return [];
  const days = first.limit.recommendedDays;
  return [
    {
      id: 'renewal-under-shorter-limit',
      severity: 'warning',
      message: `The renewal due on ${first.renewOn} falls under the ${first.limit.maxDays}-day limit for public certificates issued from ${first.limit.from}: the next certificate cannot last ${validityDays} days.`,
      fix: `Request ${days} days at that renewal and plan the next one ${days - renewalLeadDays(days)} days later; the calendar export (.ics) lists every renewal with the limit in force on its date.`,
      source: 'SC081',
      path: 'certificate.issueDate',
    },
  ];
}

export const keySize = (plan: Plan): Finding[] =>
  plan.certificate.keySize < 2048
    ? [
        {
          id: 'rsa-key-too-small',
          severity: plan.certificate.authority === 'public' ? 'error' : 'warning',
          path: 'certificate.keySize',
          message: `A ${plan.certificate.keySize}-bit RSA key is below the 2048-bit minimum; public CAs refuse it and clients flag it.`,
          fix: 'Use 2048 (the default) or 4096.',
          source: 'BR',
        },
      ]
    : [];

export const subjectCountry = (plan: Plan): Finding[] =>
  plan.organization.country === ''
    ? [
        {
          id: 'country-missing',
          severity: 'warning',
          path: 'organization.country',
          message:
            'The certificate subject has no country (C=). Microsoft asks for it on every request; without it, renewing the certificate can fail.',
          fix: 'Enter the two-letter ISO code of your country.',
          source: 'EX-CSR',
        },
      ]
    : [];

/**
 * Validity rules for certificates: not valid yet (the CA's clock, or a server's, or its time
 * zone), expired or expiring (HealthChecker colours under 60 days yellow and under 30 red), and a
 * lifetime over the CA/Browser Forum limit for the day it was issued (BR §6.3.2: a day is 86,400
 * seconds, notBefore and notAfter both count, and any part of a day counts as a whole one).
 */
import { validityLimit } from '../cabf.ts';
import { native, str } from '../powershell/ast.ts';
import type { CertificateFacts } from './facts.ts';
import { count, type CheckFinding, type Rule } from './context.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Limits before ballot SC-081 (cabf.ts starts at 2020-09-01): 825 days from 2018-03-01. Earlier
 * certificates (39 months, then 60) have all expired, which the expiry rule reports.
 */
const OLDER_LIMITS = [{ from: '2018-03-01', maxDays: 825 }];

export const validityRules: Rule = ({ subject, authority, now }) => {
  if (subject.kind !== 'certificate') return [];
  return [...timeFindings(subject, now), ...(authority === 'public' ? lifetime(subject) : [])];
};

/** Days of validity as BR §6.3.2 counts them. */
export function lifetimeDays(certificate: CertificateFacts): number {
  const { notBefore, notAfter } = certificate.validity;
  const milliseconds = Date.parse(notAfter) - Date.parse(notBefore) + 1000;
  return Math.ceil(milliseconds / DAY);
}

/** The maximum lifetime in days for a public certificate issued on `date` (YYYY-MM-DD), if one applies. */
export function maximumDays(date: string): { from: string; maxDays: number } | null {
  if (date >= '2020-09-01') return validityLimit(date);
  return OLDER_LIMITS.find((limit) => date >= limit.from) ?? null;
}

/** `2026-12-01 08:00 UTC` */
export const utc = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function timeFindings(certificate: CertificateFacts, now: Date): CheckFinding[] {
  const notBefore = Date.parse(certificate.validity.notBefore);
  const notAfter = Date.parse(certificate.validity.notAfter);
  const time = now.getTime();
  if (time < notBefore) {
    const ahead = notBefore - time;
    const soon = ahead < DAY;
    return [
      {
        id: 'not-yet-valid',
        severity: 'error',
        message: `The certificate is valid from ${utc(certificate.validity.notBefore)}, ${soon ? count(Math.ceil(ahead / HOUR), 'hour') : count(Math.ceil(ahead / DAY), 'day')} from now. Until then Windows treats it as invalid (Exchange shows Status DateInvalid) and clients refuse it.${soon ? ' A few hours ahead usually means a clock or a time zone is wrong: the CA\u2019s, the server\u2019s, or this computer\u2019s.' : ''}`,
        fix: soon
          ? `Wait until ${utc(certificate.validity.notBefore)} before enabling it, and check the server's time source and time zone with the commands below.`
          : `Wait until ${utc(certificate.validity.notBefore)}, or ask the CA why it dated the certificate in the future.`,
        source: 'RFC5280',
        ...(soon
          ? {
              commands: {
                kind: 'powershell' as const,
                shell: 'windows' as const,
                statements: [
                  native('w32tm.exe', str('/query'), str('/status')),
                  native('tzutil.exe', str('/g')),
                ],
              },
            }
          : {}),
      },
    ];
  }
  if (time > notAfter) {
    return [
      {
        id: 'expired',
        severity: 'error',
        message: `The certificate expired on ${utc(certificate.validity.notAfter)}. Clients refuse it, and an expired certificate still enabled for SMTP or IIS breaks mail and sign-in.`,
        fix: 'Renew it: request a new certificate with the planned names, enable it, then remove the expired one.',
        source: 'CSS-HC',
      },
    ];
  }
  const left = Math.floor((notAfter - time) / DAY);
  if (left < 60) {
    const urgent = left < 30;
    return [
      {
        id: urgent ? 'expires-within-30-days' : 'expires-within-60-days',
        severity: urgent ? 'warning' : 'info',
        message: `The certificate expires on ${utc(certificate.validity.notAfter)}, in ${count(left, 'day')}.`,
        fix: urgent
          ? 'Renew it now: ordering, issuing and enabling on every server takes days.'
          : 'Plan the renewal: order the new certificate at least 30 days ahead.',
        source: 'CSS-HC',
      },
    ];
  }
  return [];
}

function lifetime(certificate: CertificateFacts): CheckFinding[] {
  const issued = certificate.validity.notBefore.slice(0, 10);
  const limit = maximumDays(issued);
  const days = lifetimeDays(certificate);
  if (limit === null || days <= limit.maxDays) return [];
  return [
    {
      id: 'validity-exceeds-limit',
      severity: 'error',
      message: `The certificate is valid for ${days} days (from ${utc(certificate.validity.notBefore)} to ${utc(certificate.validity.notAfter)}); public certificates issued from ${limit.from} may be valid for at most ${limit.maxDays} days. Longer ones break the rules browsers hold public CAs to, and clients may reject them.`,
      fix: `If it comes from your enterprise CA, set the plan's authority to enterprise; from a public CA, have it issued again for at most ${limit.maxDays} days.`,
      source: 'SC081',
    },
  ];
}

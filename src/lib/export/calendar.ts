/**
 * Renewal reminders as an iCalendar file (RFC 5545), written by ical-generator: one all-day event
 * per renewal of the plan's certificates until the horizon, each on the day the renewal should
 * start, with a display alarm a week before (time to order from the CA). Public certificates follow
 * the CA/Browser Forum limit in force on each renewal's date (planner/cabf.ts), so the cycle
 * shortens as the limits fall; an event whose renewal falls under a shorter limit than the
 * certificate it renews says so. Internal certificates from an enterprise CA are listed with the
 * plan's lifetime when the plan's authority is the enterprise CA, otherwise their template decides
 * and the calendar says to check their expiry date.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { addDays, renewalSchedule, validityLimit, type Renewal } from '../planner/cabf.ts';
import type { Derived, PlannedCertificate } from '../planner/derived.ts';
import type { Plan } from '../planner/plan/plan.ts';

/** How far ahead the calendar lists renewals, from the plan's issue date. */
export const CALENDAR_HORIZON_DAYS = 3 * 365;
/** The alarm, before each renewal day: a week to order and receive the certificate. */
export const ALARM_DAYS_BEFORE = 7;

interface Group {
  kind: 'public' | 'enterprise';
  certificates: { product: string; certificate: PlannedCertificate }[];
}

export interface RenewalReminder {
  uid: string;
  date: string;
  summary: string;
  description: string;
  renewal: Renewal;
}

function groups(derived: readonly Derived[]): Group[] {
  const replaced = derived.flatMap((product) =>
    product.certificates
      .filter((certificate) => certificate.replace && certificate.authority !== 'self-signed')
      .map((certificate) => ({ product: product.product.label, certificate })),
  );
  return (['public', 'enterprise'] as const)
    .map((kind) => ({
      kind,
      certificates: replaced.filter(({ certificate }) => certificate.authority === kind),
    }))
    .filter((group) => group.certificates.length > 0);
}

const certificateLine = ({ product, certificate }: Group['certificates'][number]) =>
  `- ${product}: ${certificate.commonName} (${certificate.purpose}; ${certificate.sans.length} name${certificate.sans.length === 1 ? '' : 's'})`;

function describe(group: Group, renewal: Renewal, next: Renewal | undefined, plan: Plan): string {
  const limitLine =
    group.kind === 'public'
      ? `Request ${renewal.nextDays} days: public certificates issued from ${renewal.limit.from} may last at most ${renewal.limit.maxDays} days (CA/Browser Forum).`
      : `Request ${renewal.nextDays} days from the enterprise CA.`;
  return [
    `The certificates issued on ${renewal.issued} expire on ${renewal.expires}. Renew them from today:`,
    ...group.certificates.map(certificateLine),
    limitLine,
    ...(renewal.shorter
      ? [
          `WARNING: this renewal falls under a shorter limit (${renewal.limit.maxDays} days, from ${renewal.limit.from}) than the certificates it renews: the next certificates last ${renewal.nextDays} days, so renewals come sooner${next ? ` (the next on ${next.renewOn})` : ''}.`,
        ]
      : []),
    `Follow the renewal runbook: set the plan's certificate purpose to "renewal" on the site (or in plan.json, certificate.purpose) for ${plan.domains.primary}.`,
  ].join('\n');
}

/** The reminders, as data (the calendar below writes them; tests read them). */
export function renewalReminders(plan: Plan, derived: readonly Derived[]): RenewalReminder[] {
  const { issueDate, validityDays, authority } = plan.certificate;
  const until = addDays(issueDate, CALENDAR_HORIZON_DAYS);
  return groups(derived).flatMap((group) => {
    // Enterprise certificates follow the plan's lifetime only when the plan's CA is the enterprise CA.
    if (group.kind === 'enterprise' && authority !== 'enterprise') return [];
    const publicLimits = group.kind === 'public';
    // A public certificate in an enterprise plan (Lync's Edge) lasts what its public CA allows.
    const days =
      publicLimits && authority !== 'public'
        ? validityLimit(issueDate).recommendedDays
        : validityDays;
    const schedule = renewalSchedule(issueDate, days, until, publicLimits);
    return schedule.map((renewal, index) => ({
      uid: `renewal-${group.kind}-${renewal.renewOn}-${issueDate}@${plan.domains.primary}`,
      date: renewal.renewOn,
      summary: `${renewal.shorter ? 'Renew (shorter limit): ' : 'Renew: '}${group.kind} certificates for ${plan.domains.primary}`,
      description: describe(group, renewal, schedule[index + 1], plan),
      renewal,
    }));
  });
}

/** Certificates whose expiry the calendar cannot know (an enterprise template decides it). */
export function unscheduledCertificates(plan: Plan, derived: readonly Derived[]): string[] {
  if (plan.certificate.authority === 'enterprise') return [];
  return groups(derived)
    .filter((group) => group.kind === 'enterprise')
    .flatMap((group) => group.certificates.map(certificateLine));
}

export function renderRenewalCalendar(plan: Plan, derived: readonly Derived[], now: Date): string {
  const calendar = ical({
    name: `Certificate renewals: ${plan.domains.primary}`,
    prodId: { company: 'UC Runbook', product: 'uc-runbook', language: 'EN' },
  });
  const unscheduled = unscheduledCertificates(plan, derived);
  for (const reminder of renewalReminders(plan, derived)) {
    calendar.createEvent({
      id: reminder.uid,
      stamp: now,
      start: new Date(`${reminder.date}T00:00:00Z`),
      allDay: true,
      summary: reminder.summary,
      description: [
        reminder.description,
        ...(unscheduled.length > 0
          ? [
              'Also check the expiry date of the internal certificates from your enterprise CA (its template decides their lifetime):',
              ...unscheduled,
            ]
          : []),
      ].join('\n'),
      alarms: [
        {
          type: ICalAlarmType.display,
          trigger: ALARM_DAYS_BEFORE * 86_400,
          description: reminder.summary,
        },
      ],
    });
  }
  return calendar.toString();
}

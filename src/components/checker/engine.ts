/**
 * The certificate checker's heavy half, imported by the island when the reader first gives it
 * something to read: the PKI reader (which itself loads pkijs on first use), the comparison and the
 * reader's saved plan; the rules of the families the plan runs follow (checker/plan-derived.ts).
 * None of it is in the page's initial JS.
 */
import { inspect, MAX_INPUT_BYTES, tooLarge, type Inspection } from '../../lib/pki/index.ts';
import {
  checkAgainstPlan,
  plannedCertificates,
  type CheckReport,
  type CheckTarget,
} from '../../lib/planner/compare/check.ts';
import type { FileFacts } from '../../lib/planner/compare/facts.ts';
import { $plan } from '../stores/plan.ts';
import { personalMatcher, personalValues, type Matcher } from '../ui/personal.ts';
import { derivePlan } from './plan-derived.ts';

export type { CheckReport, CheckTarget, FileFacts, Inspection, Matcher };
export { Report } from './Report.tsx';
export type Engine = typeof import('./engine.ts');

/** A file read and compared: what the report shows. */
export interface ReadState {
  file: FileFacts;
  plan: PlanCertificates;
  /** The planned certificate the reader chose (-1: none); null lets the best match decide. */
  choice: number | null;
  report: CheckReport;
}

/** The User Timing measure of one read-and-compare (npm run bench reads it). */
export const CHECK_MEASURE = 'uc-runbook:check';

export interface PlanCertificates {
  /** Every planned certificate of every product the reader's plan runs that has rules. */
  targets: CheckTarget[];
  /** Marks the reader's own values in commands. */
  matcher: Matcher;
  /** The plan's primary domain, to say which plan the file was compared with. */
  domain: string;
}

export async function planCertificates(): Promise<PlanCertificates> {
  const plan = $plan.get();
  return {
    targets: plannedCertificates(await derivePlan(plan)),
    matcher: personalMatcher(personalValues(plan)),
    domain: plan.domains.primary,
  };
}

/** A dropped or picked file: its size is checked before a byte of it is read. */
export async function readFile(file: Blob): Promise<Inspection> {
  if (file.size > MAX_INPUT_BYTES) return tooLarge(file.size);
  return inspect(new Uint8Array(await file.arrayBuffer()));
}

/** Reads the input and compares it with the best-matching planned certificate, timed. */
export async function check(
  input: string | Blob,
  targets: CheckTarget[],
): Promise<{ inspection: Inspection; report: CheckReport | null }> {
  const started = performance.now();
  const inspection = typeof input === 'string' ? await inspect(input) : await readFile(input);
  const report = inspection.ok ? compare(inspection.file, targets, null) : null;
  performance.measure(CHECK_MEASURE, { start: started, end: performance.now() });
  return { inspection, report };
}

/** Compares a file already read with `targets[choice]`, or with the best match (choice null). */
export function compare(
  file: FileFacts,
  targets: CheckTarget[],
  choice: number | null,
): CheckReport {
  return checkAgainstPlan(file, targets, choice, { now: new Date() });
}

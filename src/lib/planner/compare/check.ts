/**
 * Compares what a certificate or request file says with a planned certificate: names, key,
 * signature, validity, usages and chain, each rule in its own module. Pure: the file arrives as
 * plain facts (src/lib/pki reads it), the plan as any product's Derived, the clock as a value.
 */
import type { Derived } from '../derived.ts';
import { activationFor, type Activation } from './activation.ts';
import { certificatesOf, chainRules } from './chain.ts';
import { bestMatch } from './choose.ts';
import type { CheckFinding, CheckTarget, Rule, RuleContext } from './context.ts';
import { coverage, type Coverage } from './coverage.ts';
import type { FileFacts } from './facts.ts';
import { keyRules } from './key.ts';
import { nameRules } from './names.ts';
import { usageRules } from './usage.ts';
import { validityRules } from './validity.ts';

export type { CheckFinding, CheckTarget } from './context.ts';
export type { Activation } from './activation.ts';

const RULES: readonly Rule[] = [nameRules, keyRules, validityRules, usageRules, chainRules];
const CA_RULES: readonly Rule[] = [usageRules, chainRules];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface CheckReport {
  /** Index in `file.items` of the item compared, null when the file holds none. */
  subject: number | null;
  /** The planned certificate compared with, or null. */
  target: CheckTarget | null;
  /** Planned names and what covers them; null without a target. */
  coverage: Coverage | null;
  /** Errors first, then warnings, then notes; in rule order within each. */
  findings: CheckFinding[];
  /** The command enabling the certificate with its thumbprint; null for requests and CA certificates. */
  activation: Activation | null;
}

export interface CheckOptions {
  now: Date;
}

/** Every planned certificate of the given products, in their order. */
export function plannedCertificates(derived: readonly Derived[]): CheckTarget[] {
  return derived.flatMap((entry) =>
    entry.certificates.map((certificate) => ({ derived: entry, certificate })),
  );
}

/** The item to compare: the server's certificate, else the first request, else the lowest CA. */
export function subjectIndex(file: FileFacts): number | null {
  const certificates = certificatesOf(file);
  const leaf = file.chain?.leaf ?? null;
  if (leaf !== null) return file.items.indexOf(certificates[leaf]!);
  const request = file.items.findIndex((item) => item.kind === 'request');
  if (request !== -1) return request;
  const bottom = file.chain?.path[0];
  return bottom === undefined ? null : file.items.indexOf(certificates[bottom]!);
}

/**
 * Compares with `candidates[choice]`, or, when the reader made no choice, with the candidate
 * whose names the file covers best (none when no candidate shares a name with it).
 */
export function checkAgainstPlan(
  file: FileFacts,
  candidates: readonly CheckTarget[],
  choice: number | null,
  options: CheckOptions,
): CheckReport {
  const index = subjectIndex(file);
  const chosen = choice ?? (index === null ? null : bestMatch(file.items[index]!, candidates));
  return checkFile(file, chosen === null ? null : (candidates[chosen] ?? null), options);
}

export function checkFile(
  file: FileFacts,
  target: CheckTarget | null,
  options: CheckOptions,
): CheckReport {
  const index = subjectIndex(file);
  if (index === null)
    return { subject: null, target, coverage: null, findings: [], activation: null };
  const subject = file.items[index]!;
  const planned = target?.certificate ?? null;
  const selfSigned = subject.kind === 'certificate' && subject.selfIssued;
  const context: RuleContext = {
    file,
    subject,
    planned,
    authority: planned?.authority ?? (selfSigned ? 'self-signed' : 'public'),
    now: options.now,
  };
  // A CA certificate given in place of the server's: only that it is one matters (usage rules).
  const rules = subject.basicConstraints?.ca === true ? CA_RULES : RULES;
  const findings = rules.flatMap((rule) => rule(context));
  if (!target) findings.push(notCompared());
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const thumbprint = subject.kind === 'certificate' ? subject.thumbprints?.sha1 : undefined;
  const usable = subject.basicConstraints?.ca !== true && thumbprint !== undefined;
  return {
    subject: index,
    target,
    coverage: planned ? coverage(planned, subject.sans.dns) : null,
    findings,
    activation: target && usable ? activationFor(target, thumbprint) : null,
  };
}

const notCompared = (): CheckFinding => ({
  id: 'not-compared-with-plan',
  severity: 'info',
  message:
    'No planned certificate shares a name with this file, so its names were not compared with the plan; the other checks assume a public CA.',
  fix: 'Choose the planned certificate to compare with, or check the plan: is this the right domain?',
  source: 'EX-Certs',
});

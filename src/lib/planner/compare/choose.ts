/**
 * Which planned certificate a file is most likely meant for, when the reader does not say: the
 * one whose names it covers best. Each planned name the file covers counts two, each of the
 * file's names the plan holds one, and the same subject CN one more; ties go to the first
 * candidate (the plan's own order: the client access certificate before the others).
 */
import type { PlannedCertificate } from '../derived.ts';
import type { ItemFacts } from './facts.ts';
import { coverage, dnsKey } from './coverage.ts';

export function matchScore(subject: ItemFacts, planned: PlannedCertificate): number {
  const { planned: names, extra } = coverage(planned, subject.sans.dns);
  const covered = names.filter((entry) => entry.coveredBy !== null).length;
  const known = new Set(subject.sans.dns.map(dnsKey)).size - extra.length;
  const cn = subject.subject.commonName;
  const sameSubject = cn !== null && dnsKey(cn) === dnsKey(planned.commonName) ? 1 : 0;
  return covered * 2 + known + sameSubject;
}

/** Index of the best candidate, or null when none shares a name with the file. */
export function bestMatch(
  subject: ItemFacts,
  candidates: readonly { certificate: PlannedCertificate }[],
): number | null {
  let best: number | null = null;
  let bestScore = 0;
  candidates.forEach((candidate, index) => {
    const score = matchScore(subject, candidate.certificate);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

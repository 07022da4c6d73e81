/** How commands that derive a plan report its error findings: exit 1, the ids on stderr. */
import type { Derived } from '../lib/planner/index.ts';
import { EXIT, type Io } from './command.ts';

export function exitFor(derived: Derived): number {
  return derived.findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok;
}

export function reportErrors(derived: Derived, io: Io): void {
  const errors = derived.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    io.stderr(
      `uc-runbook: the plan has errors: ${errors.map((finding) => finding.id).join(', ')}\n`,
    );
  }
}

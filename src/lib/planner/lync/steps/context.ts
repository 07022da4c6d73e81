import type { DnsRecord, PlannedCertificate, PortRule, StepPart } from '../../derived.ts';
import type { Shell } from '../../derived.ts';
import type { Statement } from '../../powershell/ast.ts';
import type { LyncBasis } from '../basis.ts';

/** What every step builder receives: the basis and what has already been derived from it. */
export interface LyncContext extends LyncBasis {
  certificates: PlannedCertificate[];
  dns: DnsRecord[];
  ports: PortRule[];
}

/** The certificate with `id`; the step builders only ask for ones their rules created. */
export function certificate(context: LyncContext, id: string): PlannedCertificate | undefined {
  return context.certificates.find((candidate) => candidate.id === id);
}

/** One PowerShell part in `shell`, or no part at all when there is nothing to run. */
export function powershell(shell: Shell, statements: Statement[]): StepPart[] {
  return statements.length > 0 ? [{ kind: 'powershell', shell, statements }] : [];
}

export const instructions = (...items: string[]): StepPart => ({ kind: 'instructions', items });

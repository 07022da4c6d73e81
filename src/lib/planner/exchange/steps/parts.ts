/** Step parts the Exchange rules build. */
import type { Shell, StepPart } from '../../derived.ts';
import type { Statement } from '../../powershell/ast.ts';

/** One PowerShell part in `shell`, or no part at all when there is nothing to run. */
export function powershell(shell: Shell, statements: Statement[]): StepPart[] {
  return statements.length > 0 ? [{ kind: 'powershell', shell, statements }] : [];
}

/**
 * Step parts and commands every family's runbook uses. (The Exchange rules carry their own copies
 * of `powershell` and `ensureFolder` in exchange/steps; these are the shared versions.)
 */
import type { Shell, StepPart } from '../derived.ts';
import { cmd, run, str, type Statement } from '../powershell/ast.ts';

/** One PowerShell part in `shell`, or no part at all when there is nothing to run. */
export function powershell(shell: Shell, statements: Statement[]): StepPart[] {
  return statements.length > 0 ? [{ kind: 'powershell', shell, statements }] : [];
}

/** Plain instructions, one item per thing to do. */
export const instructions = (...items: string[]): StepPart => ({ kind: 'instructions', items });

/** `New-Item -ItemType Directory -Force`: creates the folder, or does nothing when it exists. */
export function ensureFolder(folder: string): Statement {
  return run(cmd('New-Item', { ItemType: str('Directory'), Path: str(folder), Force: true }));
}

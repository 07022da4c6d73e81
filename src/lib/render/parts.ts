/**
 * Each kind of step part written as text, once: PowerShell statements, a certreq INF file, a wizard
 * walk-through, plain instructions. The .ps1 script, the CLI, the runbook and the islands use these.
 */
import type { Shell, Step, StepPart, WizardAction } from '../planner/derived.ts';
import { renderInf } from './inf.ts';
import { renderStatement } from './powershell.ts';

const VERBS: Record<WizardAction['action'], string> = {
  open: 'Open',
  choose: 'Choose',
  enter: 'Enter',
  check: 'Tick',
  click: 'Click',
};

/** The part as lines of text (an INF file in CRLF lines is split into lines too). */
export function partLines(part: StepPart): string[] {
  switch (part.kind) {
    case 'powershell':
      return part.statements.map(renderStatement);
    case 'inf':
      return renderInf(part.request).replace(/\r\n$/, '').split('\r\n');
    case 'wizard':
      return [
        `In ${part.tool}:`,
        ...part.actions.map((action, index) => `${index + 1}. ${wizardActionText(action)}`),
      ];
    case 'instructions':
      return part.items.map((item) => `- ${item}`);
  }
}

/** The shell the step's commands run in, or undefined when it has none. */
export function stepShell(step: Step) {
  return step.parts.find((part) => part.kind === 'powershell')?.shell;
}

/** Where a step's commands are typed, in words. */
export const SHELL_LABELS: Readonly<Record<Shell | 'none', string>> = {
  exchange: 'Exchange Management Shell',
  'exchange-edge': 'Exchange Management Shell on the Edge Transport server',
  'exchange-2007': 'Exchange 2007 Management Shell',
  lync: 'Lync Server / Skype for Business Server Management Shell',
  windows: 'Windows PowerShell (as administrator)',
  none: 'no shell: done outside PowerShell',
};

/** One wizard action in words: "Enter Friendly name: Edge external". */
export function wizardActionText(action: WizardAction): string {
  const value = action.value === undefined ? '' : `: ${action.value}`;
  return `${VERBS[action.action]} ${action.target}${value}`;
}

/**
 * A runbook step as the page shows it: every text already written (commands rendered, INF files
 * and wizard clicks in words). The runbook island renders this and nothing else, so the view is
 * also what decides whether a step must render again after a change (ui/Memo.tsx): a step whose
 * view and marked values are the same is left as it is.
 */
import type { Step, StepPart } from '../../lib/planner/derived.ts';
import type { SourceId } from '../../lib/planner/sources.ts';
import { renderInf } from '../../lib/render/inf.ts';
import { partLines, SHELL_LABELS, stepShell, wizardActionText } from '../../lib/render/parts.ts';
import { stepAnchor } from './step-links.ts';

export type PartView =
  | { kind: 'powershell'; code: string; caption: string }
  /** `file` is what the download saves (CRLF lines); `code` is it as shown. */
  | { kind: 'inf'; fileName: string; file: string; code: string }
  | { kind: 'wizard'; tool: string; actions: string[] }
  | { kind: 'instructions'; items: readonly string[] };

export interface StepView {
  id: string;
  anchor: string;
  number: number;
  title: string;
  runOn: string;
  shell: string;
  why: string;
  parts: PartView[];
  notes: readonly string[];
  sources: readonly SourceId[];
}

function partView(part: StepPart): PartView {
  switch (part.kind) {
    case 'powershell':
      return {
        kind: 'powershell',
        code: partLines(part).join('\n'),
        caption: SHELL_LABELS[part.shell],
      };
    case 'inf':
      return {
        kind: 'inf',
        fileName: part.fileName,
        file: renderInf(part.request),
        code: partLines(part).join('\n'),
      };
    case 'wizard':
      return { kind: 'wizard', tool: part.tool, actions: part.actions.map(wizardActionText) };
    case 'instructions':
      return { kind: 'instructions', items: part.items };
  }
}

export const stepView = (step: Step, number: number): StepView => ({
  id: step.id,
  anchor: stepAnchor(step),
  number,
  title: step.title,
  runOn: step.runOn,
  shell: SHELL_LABELS[stepShell(step) ?? 'none'],
  why: step.why,
  parts: step.parts.map(partView),
  notes: step.notes,
  sources: step.sources,
});

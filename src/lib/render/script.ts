/**
 * The runbook as one PowerShell (.ps1) file: every step in order, with its header (where it runs,
 * why, what to watch) as comments, and its parts: PowerShell statements as code, everything else
 * (INF files, wizard clicks, instructions) as comment lines.
 */
import type { Derived, Step } from '../planner/derived.ts';
import { partLines, SHELL_LABELS, stepShell } from './parts.ts';

/** A comment line; text from the plan is single-line by validation, but never trust that here. */
const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;

export function renderStep(step: Step, index: number): string {
  const lines = [
    comment('-'.repeat(76)),
    comment(`Step ${index + 1}: ${step.title}`),
    comment(`Run on: ${step.runOn} (${SHELL_LABELS[stepShell(step) ?? 'none']})`),
    comment(`Why: ${step.why}`),
    ...step.notes.map((note) => comment(`Note: ${note}`)),
    comment('-'.repeat(76)),
    ...step.parts.flatMap((part) =>
      part.kind === 'powershell' ? partLines(part) : partLines(part).map(comment),
    ),
  ];
  return lines.join('\n');
}

/**
 * The whole runbook as one .ps1 file. It starts with `return` so that running the file by accident
 * does nothing: the steps belong to different machines and moments.
 */
export function renderScript(derived: Derived, title: string): string {
  return [
    comment(`UC Runbook: ${title}`),
    comment(
      `${derived.product.label}. Generated from your plan; nothing you typed left your browser.`,
    ),
    comment(
      'This file holds every step, for several machines. Copy each step into the shell its header names.',
    ),
    'return',
    '',
    ...derived.steps.map((step, index) => `${renderStep(step, index)}\n`),
  ].join('\n');
}

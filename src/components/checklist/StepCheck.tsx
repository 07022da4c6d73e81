/** The checkbox in a runbook step's heading: ticked when the step is done, as it reads now. */
import type { Step } from '../../lib/planner/derived.ts';
import type { Checklist } from './use-checklist.ts';

export function StepCheck({ step, checklist }: { step: Step; checklist: Checklist }) {
  return (
    <input
      type="checkbox"
      class="uc-step-check"
      data-step={step.id}
      checked={checklist.ticked(step)}
      onChange={() => checklist.toggle(step)}
      aria-label={`Done: ${step.title}`}
    />
  );
}

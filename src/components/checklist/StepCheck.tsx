/** The checkbox in a runbook step's heading: ticked when the step is done, as it reads now. */
import type { Checklist } from './use-checklist.ts';

export function StepCheck({
  stepId,
  title,
  ticked,
  checklist,
}: {
  stepId: string;
  title: string;
  ticked: boolean;
  checklist: Checklist;
}) {
  return (
    <input
      type="checkbox"
      class="uc-step-check"
      data-step={stepId}
      checked={ticked}
      onChange={() => checklist.toggle(stepId)}
      aria-label={`Done: ${title}`}
    />
  );
}

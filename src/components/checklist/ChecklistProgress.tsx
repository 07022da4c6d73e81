/** How many steps of this guide's runbook are ticked, as a bar and in words. */
import type { Checklist } from './use-checklist.ts';
import './checklist.css';

export function ChecklistProgress({ checklist }: { checklist: Checklist }) {
  const { done, total } = checklist;
  return (
    <div class="uc-checklist-progress">
      <progress max={total} value={done} aria-label="Steps done" />
      <span>
        {done} of {total} steps done
      </span>
    </div>
  );
}

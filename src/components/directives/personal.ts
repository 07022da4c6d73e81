/**
 * client:personal: hydrate an island only once the page shows a plan other than the example. The
 * server rendered the island for the example plan, and the planner is deterministic, so until the
 * reader has a plan of their own the HTML is already right and the family's rules need not load.
 * That keeps a guide's findings summary, at the top of the page, from pulling in every rule on a
 * first visit (initial JS budget, DESIGN.md).
 *
 * A plan of their own means: a session plan (uc-runbook runbook), a saved plan (v2 or v1, or damaged
 * saved data, whose notice the islands explain), or, later, any change of the plan (an edit in the plan
 * bar, a shared link accepted, another tab), which stores/plan.ts announces with PLAN_CHANGED_EVENT.
 * It imports only names (stores/keys.ts): it runs before any island.
 */
import type { ClientDirective } from 'astro';
import { PLAN_KEY, PLAN_V1_KEY, SESSION_GLOBAL } from '../stores/keys.ts';

/** Dispatched on window by stores/plan.ts whenever the plan the islands render changes. */
export const PLAN_CHANGED_EVENT = 'uc-runbook:plan-changed';

function showsOwnPlan(): boolean {
  if ((window as unknown as Record<string, unknown>)[SESSION_GLOBAL] !== undefined) return true;
  try {
    // A first-release plan is the reader's too, whether or not the store has migrated it yet.
    return localStorage.getItem(PLAN_KEY) !== null || localStorage.getItem(PLAN_V1_KEY) !== null;
  } catch {
    // Storage refused (privacy mode): nothing can be saved, so the example is what is shown.
    return false;
  }
}

const personal: ClientDirective = (load) => {
  let started = false;
  const hydrate = () => {
    if (started) return;
    started = true;
    removeEventListener(PLAN_CHANGED_EVENT, hydrate);
    void load().then((run) => run());
  };
  if (showsOwnPlan()) hydrate();
  else addEventListener(PLAN_CHANGED_EVENT, hydrate);
};

export default personal;

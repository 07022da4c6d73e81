/**
 * What the editor and the plan bar show while the reader types. Every change is validated at
 * once: a valid draft becomes the plan (saved, all islands repaint); an invalid one keeps the last
 * valid plan in place and reports each problem at its field.
 */
import { atom } from 'nanostores';
import { whenIdnaReady } from '../../lib/planner/names/idna.ts';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import {
  appendAt,
  draftOf,
  followDefaults,
  removeAt,
  setIn,
  type Draft,
  type Path,
} from '../editor/plan-edit.ts';
import { $plan, samePlan, savePlan } from './plan.ts';
import { today } from './today.ts';

export const $draft = atom<Draft>(draftOf($plan.get()));
/** Problems by field path (`exchange.sites[0].servers[1].ip`). */
export const $issues = atom<Readonly<Record<string, string>>>({});

let committed: Plan = $plan.get();

// The plan can change elsewhere (another tab, a shared link, reset): the draft follows it.
$plan.listen((plan) => {
  if (samePlan(plan, committed)) return;
  committed = plan;
  $draft.set(draftOf(plan));
  $issues.set({});
});

function commit(draft: Draft): void {
  $draft.set(draft);
  const result = parsePlan(draft, { today: today() });
  if (!result.ok) {
    $issues.set(Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message])));
    return;
  }
  $issues.set({});
  if (samePlan(result.plan, committed)) return;
  committed = result.plan;
  savePlan(result.plan);
}

export function setField(path: Path, value: unknown): void {
  // Values still at their defaults follow the change (mail.<primary> follows the primary domain).
  commit(followDefaults(setIn($draft.get(), path, value), committed, { today: today() }));
}

export function addItem(path: Path, item: unknown): void {
  commit(appendAt($draft.get(), path, item));
}

export function removeItemAt(path: Path, index: number): void {
  commit(removeAt($draft.get(), path, index));
}

// A name that waited for the IDNA tables (lib/planner/names/idna.ts) is checked once they are here.
whenIdnaReady(() => commit($draft.get()));

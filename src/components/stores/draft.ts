/**
 * What the editor and the plan bar show while the reader types. Every change is validated at
 * once: a valid draft becomes the plan (saved, all islands repaint); an invalid one keeps the last
 * valid plan in place and reports each problem at its field.
 */
import { atom } from 'nanostores';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/types.ts';
import { normalizeHostname } from '../../lib/planner/names/hostname.ts';
import {
  appendAt,
  draftOf,
  followPrimary,
  removeAt,
  setIn,
  type Draft,
  type Path,
} from '../../lib/plan-edit.ts';
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
  let next = setIn($draft.get(), path, value);
  if (path.join('.') === 'domains.primary') {
    // Names still at their default follow a valid new domain; measured against the last valid
    // plan, so keystrokes that pass through invalid values ("fabrikam") do not break the chain.
    const primary = normalizeHostname(String(value));
    if (primary.ok) next = followPrimary(next, committed.domains.primary, primary.value);
  }
  commit(next);
}

export function addItem(path: Path, item: unknown): void {
  commit(appendAt($draft.get(), path, item));
}

export function removeItemAt(path: Path, index: number): void {
  commit(removeAt($draft.get(), path, index));
}

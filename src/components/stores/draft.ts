/**
 * What the editor and the plan bar show while the reader types. Every change is validated at
 * once. A valid draft becomes the plan (saved, all islands repaint). An invalid one reports each
 * problem at its field, and every other field still takes effect: the plan saved is the draft
 * with each field in trouble at its last valid value. The draft itself is kept in this browser
 * until it is valid or discarded, so a reload or another page never loses what was typed.
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
  validPart,
  type Draft,
  type Path,
} from '../editor/plan-edit.ts';
import { $plan, samePlan, savePlan } from './plan.ts';
import { readItem, removeItem, STORAGE_PREFIX, writeItem } from './storage.ts';
import { today } from './today.ts';

/** The draft while it is invalid (plain JSON of what the fields hold); removed once it is valid. */
export const DRAFT_KEY = `${STORAGE_PREFIX}draft:v2`;

/** Problems by field path (`exchange.sites[0].servers[1].ip`). */
export const $issues = atom<Readonly<Record<string, string>>>({});

let committed: Plan = $plan.get();

/** A kept draft, when storage holds one that is at least an object (anything else is dropped). */
function keptDraft(): Draft | undefined {
  const raw = readItem(DRAFT_KEY);
  if (raw === undefined || raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Draft;
  } catch {
    // Not JSON: nothing a reader could want back; dropped below.
  }
  removeItem(DRAFT_KEY);
  return undefined;
}

export const $draft = atom<Draft>(draftOf(committed));

function issuesOf(draft: Draft): Record<string, string> | undefined {
  const result = parsePlan(draft, { today: today() });
  return result.ok
    ? undefined
    : Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
}

// A draft kept from an earlier page is shown again with its problems, where they were left.
const restored = typeof window === 'undefined' ? undefined : keptDraft();
if (restored) {
  const issues = issuesOf(restored);
  if (issues) {
    $draft.set(restored);
    $issues.set(issues);
  } else removeItem(DRAFT_KEY);
}

/** Whether the draft holds changes that are not in the plan yet (problems to fix). */
export const $unsaved = atom<boolean>(Object.keys($issues.get()).length > 0);

// The plan can change elsewhere (another tab, a shared link, reset): the draft follows it.
$plan.listen((plan) => {
  if (samePlan(plan, committed)) return;
  committed = plan;
  discardDraft();
});

/** Drops the draft's unsaved changes: the fields show the plan again. */
export function discardDraft(): void {
  removeItem(DRAFT_KEY);
  $draft.set(draftOf(committed));
  $issues.set({});
  $unsaved.set(false);
}

function commit(draft: Draft): void {
  $draft.set(draft);
  const result = parsePlan(draft, { today: today() });
  if (result.ok) {
    $issues.set({});
    $unsaved.set(false);
    removeItem(DRAFT_KEY);
    save(result.plan);
    return;
  }
  $issues.set(Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message])));
  $unsaved.set(true);
  writeItem(DRAFT_KEY, JSON.stringify(draft));
  // Every valid field takes effect; the fields in trouble keep their last valid value.
  const part = validPart(draft, committed, { today: today() });
  if (part) save(part);
}

function save(plan: Plan): void {
  if (samePlan(plan, committed)) return;
  committed = plan;
  savePlan(plan);
}

export function setField(path: Path, value: unknown): void {
  // Values still at their defaults follow the change (mail.<primary> follows the primary domain).
  commit(followDefaults(setIn($draft.get(), path, value), committed, { today: today() }, path));
}

export function addItem(path: Path, item: unknown): void {
  commit(appendAt($draft.get(), path, item));
}

export function removeItemAt(path: Path, index: number): void {
  commit(removeAt($draft.get(), path, index));
}

// A name that waited for the IDNA tables (lib/planner/names/idna.ts) is checked once they are here.
whenIdnaReady(() => commit($draft.get()));

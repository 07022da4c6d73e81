/**
 * The reader's plan: the one piece of state every island shares. It is persisted under a
 * versioned key and validated on every read (here, in another tab, after back/forward); data that
 * fails validation never reaches the islands: they get the example plan and a notice, and the
 * damaged text is kept aside so nothing is silently lost.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { migrateStoredPlans } from './migrate-storage.ts';
import { ownKeys, removeItem, STORAGE_PREFIX, writeItem } from './storage.ts';

export const PLAN_KEY = `${STORAGE_PREFIX}plan:v2`;
/** Text of a stored plan that failed validation, kept until the reader clears their data. */
export const DAMAGED_KEY = `${STORAGE_PREFIX}plan:v2:damaged`;

export interface StoredPlan {
  plan: Plan;
  /** example: nothing saved yet; saved: the reader's plan; damaged: storage held something unreadable. */
  origin: 'example' | 'saved' | 'damaged';
  problem?: string;
}

const EXAMPLE: StoredPlan = { plan: EXAMPLE_PLAN, origin: 'example' };

function decode(raw: string): StoredPlan {
  let problem: string;
  try {
    const result = parsePlan(JSON.parse(raw));
    if (result.ok) return { plan: result.plan, origin: 'saved' };
    problem = result.issues
      .map((issue) => `${issue.path}: ${issue.message}`)
      .slice(0, 3)
      .join('; ');
  } catch {
    problem = 'it is not valid JSON';
  }
  writeItem(DAMAGED_KEY, raw);
  return { plan: EXAMPLE_PLAN, origin: 'damaged', problem };
}

// Older releases' plans move to the v2 keys before the store first reads its key.
migrateStoredPlans();

export const $storedPlan = persistentAtom<StoredPlan>(PLAN_KEY, EXAMPLE, {
  encode: (value) => (value.origin === 'saved' ? JSON.stringify(value.plan) : undefined) as string,
  decode,
});

/** The plan every island renders. */
export const $plan = atom<Plan>($storedPlan.get().plan);
/**
 * Counts plan changes. Output islands show it as data-revision, so a test or the benchmark can
 * tell that an island has rendered the newest plan even when its text did not change. It moves
 * before $plan, so whatever $plan's change triggers already reads the new count.
 */
export const $revision = atom(0);
$storedPlan.subscribe((stored) => {
  if ($plan.get() === stored.plan) return;
  $revision.set($revision.get() + 1);
  $plan.set(stored.plan);
});

export function savePlan(plan: Plan): void {
  $storedPlan.set({ plan, origin: 'saved' });
}

/** Back to the example; the stored plan is removed (encode returns undefined for the example). */
export function resetToExample(): void {
  $storedPlan.set(EXAMPLE);
}

/** Removes everything this site stored in this browser. */
export function clearMyData(): void {
  for (const key of ownKeys()) removeItem(key);
  $storedPlan.set(EXAMPLE);
}

/** Plans compare by content: the same plan typed twice is not "a different plan". */
export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const SERVER_STORED_PLAN = EXAMPLE;

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
import { readSession } from './session-plan.ts';
import { idnaReady, loadIdna, mayNeedIdna } from '../../lib/planner/names/idna.ts';
import { PLAN_CHANGED_EVENT } from '../directives/personal.ts';
import { PLAN_KEY, STORAGE_PREFIX } from './keys.ts';
import { ownKeys, readItem, removeItem, writeItem } from './storage.ts';

export { PLAN_KEY };
/** Text of a stored plan that failed validation, kept until the reader clears their data. */
export const DAMAGED_KEY = `${STORAGE_PREFIX}plan:v2:damaged`;

export interface StoredPlan {
  plan: Plan;
  /** example: nothing saved yet; saved: the reader's plan; damaged: storage held something unreadable. */
  origin: 'example' | 'saved' | 'damaged';
  problem?: string;
  /** For damaged data: whether a copy was kept aside (a value near the storage quota cannot be). */
  keptAside?: boolean;
}

/** Issues a notice about stored data lists at most. */
const PROBLEMS_SHOWN = 3;

const EXAMPLE: StoredPlan = { plan: EXAMPLE_PLAN, origin: 'example' };

/** Set once $storedPlan exists: from then on a decode may wait for the IDNA tables. */
let storeReady = false;

function decode(raw: string): StoredPlan {
  if (storeReady && !idnaReady() && mayNeedIdna(raw)) return decodeOnceIdnaIsHere(raw);
  let problem: string;
  try {
    const result = parsePlan(JSON.parse(raw));
    if (result.ok) return { plan: result.plan, origin: 'saved' };
    const { issues } = result;
    problem = issues
      .slice(0, PROBLEMS_SHOWN)
      .map((issue) =>
        issue.path
          ? `the field ${issue.path}: ${issue.message}`
          : `it is not a plan (${issue.message})`,
      )
      .join('; ');
    if (issues.length > PROBLEMS_SHOWN)
      problem += `; and ${issues.length - PROBLEMS_SHOWN} more problems`;
  } catch {
    problem = `it is not a plan: the ${raw.length.toLocaleString('en-US')} characters are not readable JSON, perhaps cut short or edited by hand`;
  }
  // The copy is said to be kept only when storage took it (a 5 MB value may not fit twice).
  const keptAside = readItem(DAMAGED_KEY) === raw || writeItem(DAMAGED_KEY, raw);
  return { plan: EXAMPLE_PLAN, origin: 'damaged', problem, keptAside };
}

/**
 * Another tab saved a plan with an international name before this tab had the IDNA tables: the
 * current plan stays until they are here, then the new one is read (never called damaged meanwhile).
 */
function decodeOnceIdnaIsHere(raw: string): StoredPlan {
  loadIdna()
    .then(() => $storedPlan.set(decode(raw)))
    .catch(() => undefined);
  return $storedPlan.get();
}

// A stored plan with international names is checked with the IDNA tables, which load only for
// such plans (lib/planner/names/idna.ts); the stores wait for them rather than call it damaged.
if (ownKeys().some((key) => mayNeedIdna(readItem(key) ?? ''))) {
  await loadIdna().catch(() => undefined);
}

// Older releases' plans move to the v2 keys before the store first reads its key.
migrateStoredPlans();

export const $storedPlan = persistentAtom<StoredPlan>(PLAN_KEY, EXAMPLE, {
  encode: (value) => (value.origin === 'saved' ? JSON.stringify(value.plan) : undefined) as string,
  decode,
});

/**
 * A plan handed to this page view only (uc-runbook runbook, see session-plan.ts): shown instead of
 * the stored one, and never saved.
 */
export const SESSION = await readSession();

/** The plan every island renders. */
export const $plan = atom<Plan>(SESSION?.plan ?? $storedPlan.get().plan);
storeReady = true;
/**
 * Counts plan changes. Output islands show it as data-revision, so a test or the benchmark can
 * tell that an island has rendered the newest plan even when its text did not change. It moves
 * before $plan, so whatever $plan's change triggers already reads the new count.
 */
export const $revision = atom(0);
$storedPlan.subscribe((stored) => {
  if (SESSION || $plan.get() === stored.plan) return;
  $revision.set($revision.get() + 1);
  $plan.set(stored.plan);
  // Islands waiting for a plan of the reader's own (client:personal) hydrate now.
  dispatchEvent(new CustomEvent(PLAN_CHANGED_EVENT));
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

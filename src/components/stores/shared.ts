/**
 * Opening a permalink (#plan=…). A shared plan never silently replaces a different saved plan: the
 * reader chooses, and whichever plan they do not choose is set aside (persisted) so it can be
 * brought back. Nothing is lost either way.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { extractToken } from '../../lib/permalink/fragment.ts';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { $storedPlan, samePlan, savePlan } from './plan.ts';
import { STORAGE_PREFIX } from './storage.ts';
import { today } from './today.ts';

export const SET_ASIDE_KEY = `${STORAGE_PREFIX}plan:v2:set-aside`;

/** The plan not chosen last time (the reader's old plan, or a shared plan they declined). */
export const $setAside = persistentAtom<Plan | null>(SET_ASIDE_KEY, null, {
  encode: (plan) => (plan ? JSON.stringify(plan) : undefined) as string,
  decode: (raw) => {
    try {
      const result = parsePlan(JSON.parse(raw));
      return result.ok ? result.plan : null;
    } catch {
      return null;
    }
  },
});

export type SharedState =
  | { status: 'idle' }
  | { status: 'offer'; plan: Plan }
  | { status: 'opened' }
  | { status: 'kept' }
  | { status: 'invalid'; message: string; details: string[] };

export const $shared = atom<SharedState>({ status: 'idle' });

let handled = false;

/** openSharedPlan for the page's own URL, once per page however many islands ask. */
export function openSharedPlanFromPage(): void {
  if (handled || typeof location === 'undefined') return;
  handled = true;
  void openSharedPlan(location.href);
}

/** Reads #plan=… from the given URL or fragment; decides, or asks the reader. */
export async function openSharedPlan(location: string): Promise<void> {
  if (extractToken(location) === null) return;
  // The decoder is loaded only by a page that was opened with a plan in its URL.
  const { decodePlan } = await import('../../lib/permalink/codec.ts');
  const result = await decodePlan(location, { today: today() });
  if (!result.ok) {
    const details =
      result.reason === 'invalid-plan'
        ? result.issues.map((issue) => `${issue.path}: ${issue.message}`)
        : [];
    $shared.set({ status: 'invalid', message: result.message, details });
    return;
  }
  const current = $storedPlan.get();
  if (current.origin !== 'saved' || samePlan(current.plan, result.plan)) {
    savePlan(result.plan);
    $shared.set({ status: 'opened' });
    forgetFragment();
    return;
  }
  $shared.set({ status: 'offer', plan: result.plan });
}

/** Use the shared plan; the reader's own plan is set aside. */
export function acceptSharedPlan(): void {
  const state = $shared.get();
  if (state.status !== 'offer') return;
  $setAside.set($storedPlan.get().plan);
  savePlan(state.plan);
  $shared.set({ status: 'opened' });
  forgetFragment();
}

/** Keep the reader's plan; the shared one is set aside. */
export function keepOwnPlan(): void {
  const state = $shared.get();
  if (state.status !== 'offer') return;
  $setAside.set(state.plan);
  $shared.set({ status: 'kept' });
  forgetFragment();
}

/** Swap the current plan with the one set aside. */
export function swapWithSetAside(): void {
  const other = $setAside.get();
  if (!other) return;
  $setAside.set($storedPlan.get().plan);
  savePlan(other);
}

export function dismissShared(): void {
  $shared.set({ status: 'idle' });
}

/** The plan now lives in storage; the fragment would ask again on reload. */
function forgetFragment(): void {
  if (typeof history !== 'undefined')
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

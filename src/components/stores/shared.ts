/**
 * Opening a permalink (#plan=…). A plan travels only in the fragment, which browsers never send to a
 * server; a plan in the query string (?plan=…) is ignored, removed from the address, and the reader
 * told. A shared plan is never applied without a look: the reader sees what it holds (domains,
 * products, servers, file folders) and chooses, also when nothing is saved yet. Whichever plan
 * they do not choose is set aside (persisted) so it can be brought back. Nothing is lost either way.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { extractToken } from '../../lib/permalink/fragment.ts';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { PlanSummary } from './plan-summary.ts';
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
  /** `replaces`: a different plan is saved in this browser (else the example is shown). */
  | { status: 'offer'; plan: Plan; summary: PlanSummary; replaces: boolean }
  | { status: 'opened' }
  | { status: 'kept' }
  | { status: 'invalid'; message: string; details: string[] };

export const $shared = atom<SharedState>({ status: 'idle' });

/** True when the page's address carried a plan in its query string, which was ignored and removed. */
export const $queryPlanIgnored = atom(false);

/** Issues a notice lists at most; the rest are counted. */
const DETAILS_SHOWN = 8;

let handled = false;

/** openSharedPlan for the page's own address, once per page however many islands ask. */
export function openSharedPlanFromPage(): void {
  if (handled || typeof location === 'undefined') return;
  handled = true;
  ignorePlanInQuery();
  openSharedPlan(location.hash).catch((error: unknown) => {
    // Never an unhandled rejection: whatever went wrong, the reader is told and keeps their plan.
    $shared.set({
      status: 'invalid',
      message: `The plan link could not be read (${String(error).slice(0, 80)}).`,
      details: [],
    });
  });
}

/** A plan in the query string would travel to the server: it is dropped from the address. */
function ignorePlanInQuery(): void {
  const query = new URLSearchParams(location.search);
  if (!query.has('plan')) return;
  query.delete('plan');
  const rest = query.toString();
  const search = rest === '' ? '' : `?${rest}`;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  $queryPlanIgnored.set(true);
}

/** Reads #plan=… from the given fragment (or URL); decides, or asks the reader. */
export async function openSharedPlan(fragment: string): Promise<void> {
  const hash = fragment.includes('#') ? fragment.slice(fragment.indexOf('#')) : fragment;
  if (!hash.startsWith('#') || extractToken(hash) === null) return;
  // The decoder is loaded only by a page that was opened with a plan in its URL.
  const [{ decodePlan }, { summarizePlan }] = await Promise.all([
    import('../../lib/permalink/codec.ts'),
    import('./plan-summary.ts'),
  ]);
  const result = await decodePlan(hash, { today: today() });
  if (!result.ok) {
    const issues = result.reason === 'invalid-plan' ? result.issues : [];
    const details = issues
      .slice(0, DETAILS_SHOWN)
      .map((issue) => `${issue.path || '(plan)'}: ${issue.message}`);
    if (issues.length > DETAILS_SHOWN)
      details.push(`… and ${issues.length - DETAILS_SHOWN} more problems`);
    $shared.set({ status: 'invalid', message: result.message, details });
    return;
  }
  const current = $storedPlan.get();
  if (current.origin === 'saved' && samePlan(current.plan, result.plan)) {
    $shared.set({ status: 'idle' });
    forgetFragment();
    return;
  }
  $shared.set({
    status: 'offer',
    plan: result.plan,
    summary: summarizePlan(result.plan),
    replaces: current.origin === 'saved',
  });
}

/** Use the shared plan; the reader's own plan (if any) is set aside. */
export function acceptSharedPlan(): void {
  const state = $shared.get();
  if (state.status !== 'offer') return;
  if ($storedPlan.get().origin === 'saved') $setAside.set($storedPlan.get().plan);
  savePlan(state.plan);
  $shared.set({ status: 'opened' });
  forgetFragment();
}

/** Keep the reader's plan (or the example); the shared one is set aside. */
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
  $queryPlanIgnored.set(false);
}

/** The choice is made; the fragment would ask again on reload. */
function forgetFragment(): void {
  if (typeof history !== 'undefined')
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Derived data per Exchange version, recomputed when the plan changes. A guide derives the
 * reader's plan as its own version; all islands of a page share one computed store, so a keystroke
 * derives once per version on the page, however many islands show the result.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { derive, type Derived, type ExchangeVersion } from '../../lib/planner/index.ts';
import { $plan } from './plan.ts';

const byVersion = new Map<ExchangeVersion, ReadableAtom<Derived>>();

export function derivedFor(version: ExchangeVersion): ReadableAtom<Derived> {
  let store = byVersion.get(version);
  if (!store) {
    store = computed($plan, (plan) => derive(plan, version));
    byVersion.set(version, store);
  }
  return store;
}

/**
 * What an output island shows, per product: the plan, what is derived from it, the matcher for the
 * reader's values, and the plan revision. One store per product, so an island subscribes once and
 * renders once per change (several subscriptions would each schedule their own re-render), and a
 * keystroke derives once per product however many islands show the result.
 *
 * Each product family creates its own views with its own deriver (islands/family.tsx), so a page
 * loads only its family's rules.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { Derived } from '../../lib/planner/derived.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import { personalMatcher, personalValues, type Matcher } from '../ui/personal.ts';
import { $plan, $revision } from './plan.ts';
import { $sharingRules } from './sharing.ts';

export interface IslandView {
  plan: Plan;
  derived: Derived;
  matcher: Matcher;
  revision: number;
}

export type FamilyDeriver<P extends ProductId = ProductId> = (plan: Plan, product: P) => Derived;

export interface Views<P extends ProductId = ProductId> {
  /** The reader's plan, derived as `product`. */
  viewFor(product: P): ReadableAtom<IslandView>;
  /** What the server renders (and the first client render repeats): the example plan. */
  exampleView(product: P): IslandView;
}

const matchers = new WeakMap<Plan, Matcher>();
function matcherFor(plan: Plan): Matcher {
  let matcher = matchers.get(plan);
  if (!matcher) matchers.set(plan, (matcher = personalMatcher(personalValues(plan))));
  return matcher;
}

export function createViews<P extends ProductId>(derive: FamilyDeriver<P>): Views<P> {
  const view = (plan: Plan, product: P, revision: number): IslandView => ({
    plan,
    derived: derive(plan, product),
    matcher: matcherFor(plan),
    revision,
  });
  const stores = new Map<P, ReadableAtom<IslandView>>();
  const examples = new Map<P, IslandView>();
  return {
    viewFor(product) {
      let store = stores.get(product);
      if (!store) {
        // The sharing rules (stores/sharing.ts) arrive after the plan asks for them: derive again then.
        store = computed([$plan, $sharingRules], (plan) => view(plan, product, $revision.get()));
        stores.set(product, store);
      }
      return store;
    },
    exampleView(product) {
      let example = examples.get(product);
      if (!example) examples.set(product, (example = view(EXAMPLE_PLAN, product, 0)));
      return example;
    },
  };
}

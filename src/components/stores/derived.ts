/**
 * What an output island shows, per Exchange version: the plan, what is derived from it, the
 * matcher for the reader's values, and the plan revision. One store per version, so an island
 * subscribes once and renders once per change (several subscriptions would each schedule their
 * own re-render), and a keystroke derives once per version however many islands show the result.
 */
import { computed, type ReadableAtom } from 'nanostores';
import {
  derive,
  EXAMPLE_PLAN,
  type Derived,
  type ExchangeVersion,
  type Plan,
} from '../../lib/planner/index.ts';
import { personalMatcher, personalValues, type Matcher } from '../../lib/personal.ts';
import { $plan, $revision } from './plan.ts';

export interface IslandView {
  plan: Plan;
  derived: Derived;
  matcher: Matcher;
  revision: number;
}

const matchers = new WeakMap<Plan, Matcher>();
function matcherFor(plan: Plan): Matcher {
  let matcher = matchers.get(plan);
  if (!matcher) matchers.set(plan, (matcher = personalMatcher(personalValues(plan))));
  return matcher;
}

function view(plan: Plan, version: ExchangeVersion, revision: number): IslandView {
  return { plan, derived: derive(plan, version), matcher: matcherFor(plan), revision };
}

const byVersion = new Map<ExchangeVersion, ReadableAtom<IslandView>>();
const examples = new Map<ExchangeVersion, IslandView>();

export function viewFor(version: ExchangeVersion): ReadableAtom<IslandView> {
  let store = byVersion.get(version);
  if (!store) {
    store = computed($plan, (plan) => view(plan, version, $revision.get()));
    byVersion.set(version, store);
  }
  return store;
}

/** What the server renders (and the first client render repeats): the example plan. */
export function exampleView(version: ExchangeVersion): IslandView {
  let example = examples.get(version);
  if (!example) examples.set(version, (example = view(EXAMPLE_PLAN, version, 0)));
  return example;
}

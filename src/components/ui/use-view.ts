/**
 * The output islands' hook. It lives apart from ui/hooks.ts because it brings in the whole planner
 * (derive): the plan bar and editor, which only edit the plan, must not load it with the page.
 */
import type { ExchangeVersion } from '../../lib/planner/plan/types.ts';
import { exampleView, viewFor, type IslandView } from '../stores/derived.ts';
import { useHydrated } from './hooks.ts';

/** Everything an output island shows, from one store: one render per plan change. */
export function useView(version: ExchangeVersion): IslandView {
  return useHydrated(viewFor(version), () => exampleView(version));
}

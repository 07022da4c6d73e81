/**
 * The output islands' hook. It lives apart from ui/hooks.ts because views bring in a family's
 * rules: the plan bar and editor, which only edit the plan, must not load them with the page.
 */
import type { ProductId } from '../../lib/planner/products.ts';
import type { IslandView, Views } from '../stores/views.ts';
import { useHydrated } from './hooks.ts';

/** Everything an output island shows, from one store: one render per plan change. */
export function useView<P extends ProductId>(views: Views<P>, product: P): IslandView {
  return useHydrated(views.viewFor(product), () => views.exampleView(product));
}

/**
 * The shared Exchange + Lync certificate on guide pages. Computing it needs both families' rules,
 * and a guide bundles only its own family's; so the sharing rules load on demand, the first time
 * the reader's plan asks for a shared certificate, and every view derives again once they arrive.
 * Until then (a moment) the guide shows each product's own certificates.
 */
import { atom } from 'nanostores';
import type { Sharing } from '../../lib/planner/combined/sharing.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';

type SharingFor = (plan: Plan, product: ProductId) => Sharing | undefined;

/** The loaded sharing rules, or null before they are needed. */
export const $sharingRules = atom<{ sharingFor: SharingFor } | null>(null);

let loading: Promise<void> | null = null;

/** The plan's sharing as `product`, when the rules are here; starts loading them otherwise. */
export function sharingOf(plan: Plan, product: ProductId): Sharing | undefined {
  if (!plan.lync.shareWithExchange || !plan.exchange.enabled || !plan.lync.enabled)
    return undefined;
  const rules = $sharingRules.get();
  if (rules) return rules.sharingFor(plan, product);
  if (!loading && typeof window !== 'undefined') {
    loading = import('../../lib/planner/combined/index.ts').then((module) => {
      $sharingRules.set({ sharingFor: module.sharingFor });
    });
  }
  return undefined;
}

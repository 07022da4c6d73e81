/**
 * The shared Exchange + Lync certificate on guide pages. Computing it needs both families' rules,
 * and a guide bundles only its own family's; so the sharing rules load on demand, the first time
 * the reader's plan asks for a shared certificate, and every view derives again once they arrive.
 * Until then (a moment) the guide shows each product's own certificates.
 */
import { atom } from 'nanostores';
import type { Sharing } from '../../lib/planner/combined/sharing.ts';
import { wantsSharing } from '../../lib/planner/combined/wants.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';

type SharingFor = (plan: Plan, product: ProductId) => Sharing | undefined;

/** The loaded sharing rules, or null before they are needed. */
export const $sharingRules = atom<{ sharingFor: SharingFor } | null>(null);

let loading: Promise<void> | null = null;

/**
 * Whether what a page shows for `plan` is final: true unless the plan shares a certificate and
 * the sharing rules are still on their way (the runbook's sections and the PDF wait for them).
 */
export const sharingSettled = (plan: Plan, rules: unknown): boolean =>
  rules !== null || !wantsSharing(plan);

/** The plan's sharing as `product`, when the rules are here; starts loading them otherwise. */
export function sharingOf(plan: Plan, product: ProductId): Sharing | undefined {
  if (!wantsSharing(plan)) return undefined;
  const rules = $sharingRules.get();
  if (rules) return rules.sharingFor(plan, product);
  if (!loading && typeof window !== 'undefined') {
    loading = import('../../lib/planner/combined/index.ts').then((module) => {
      $sharingRules.set({ sharingFor: module.sharingFor });
    });
  }
  return undefined;
}

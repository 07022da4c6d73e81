/** Which product of each family a plan runs. Light on purpose: the cover imports it, not the rules. */
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { Family, ProductId } from '../../lib/planner/products.ts';

export const RUNBOOK_FAMILIES: readonly Family[] = ['exchange', 'lync'];

/** The product of `family` the plan runs, or undefined. */
export function familyProduct(plan: Plan, family: Family): ProductId | undefined {
  const part = family === 'exchange' ? plan.exchange : plan.lync;
  return part.enabled ? part.product : undefined;
}

/** The families the plan runs, Exchange first. */
export function planFamilies(plan: Plan): Family[] {
  return RUNBOOK_FAMILIES.filter((family) => familyProduct(plan, family) !== undefined);
}

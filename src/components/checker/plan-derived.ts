/**
 * The reader's plan derived as each product it runs, for the checker: each family's rules load
 * only when the plan runs that family, and the sharing rules only when it shares a certificate,
 * so a reader who runs only Exchange never downloads the Lync rules (or the other way round).
 * The result is what lib/planner/derive.ts gives for each product; it only loads less.
 */
import type { Sharing } from '../../lib/planner/combined/sharing.ts';
import { wantsSharing } from '../../lib/planner/combined/wants.ts';
import type { Derived } from '../../lib/planner/derived.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import {
  PRODUCTS,
  type ExchangeProductId,
  type Family,
  type LyncProductId,
  type ProductId,
} from '../../lib/planner/products.ts';
import { familyProduct, planFamilies } from '../runbook/families.ts';

type Deriver = (plan: Plan, product: ProductId, sharing: Sharing | undefined) => Derived;

const DERIVERS: Readonly<Record<Family, () => Promise<Deriver>>> = {
  exchange: () =>
    import('../../lib/planner/exchange/derive.ts').then(
      ({ deriveExchange }) =>
        (plan, product, sharing) =>
          deriveExchange(plan, product as ExchangeProductId, sharing),
    ),
  lync: () =>
    import('../../lib/planner/lync/derive.ts').then(
      ({ deriveLync }) =>
        (plan, product, sharing) =>
          deriveLync(plan, product as LyncProductId, sharing),
    ),
};

/**
 * Each module imported once: a repeated import() of a module the browser already has still
 * resolves in a task of its own, and the checker derives the plan again on every read.
 */
const loaded = new Map<Family, Promise<Deriver>>();
const deriverOf = (family: Family): Promise<Deriver> => {
  let deriver = loaded.get(family);
  if (!deriver) loaded.set(family, (deriver = DERIVERS[family]()));
  return deriver;
};
let sharingRules: Promise<typeof import('../../lib/planner/combined/index.ts')> | undefined;

/** Every product the plan runs that has rules, derived, Exchange first. */
export async function derivePlan(plan: Plan): Promise<Derived[]> {
  const combined = wantsSharing(plan)
    ? await (sharingRules ??= import('../../lib/planner/combined/index.ts'))
    : undefined;
  const products = planFamilies(plan)
    .map((family) => ({ family, product: familyProduct(plan, family)! }))
    .filter(({ product }) => PRODUCTS[product].available);
  return Promise.all(
    products.map(async ({ family, product }) =>
      (await deriverOf(family))(plan, product, combined?.sharingFor(plan, product)),
    ),
  );
}

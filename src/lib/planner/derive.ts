/**
 * derive(plan, product): everything the planner says about one product of a plan. Dispatches to
 * the product's family. Pages import their family's deriver directly, so an Exchange page never
 * loads the Lync rules; this module is for callers that handle every product (the CLI, the
 * runbook, the tests).
 */
import { sharingFor } from './combined/index.ts';
import type { Derived } from './derived.ts';
import { deriveExchange } from './exchange/derive.ts';
import { deriveLync } from './lync/derive.ts';
import type { Plan } from './plan/plan.ts';
import {
  familyOf,
  PRODUCTS,
  type ExchangeProductId,
  type LyncProductId,
  type ProductId,
} from './products.ts';

export function derive(plan: Plan, product: ProductId): Derived {
  if (!PRODUCTS[product].available) throw new Error(`${PRODUCTS[product].label} has no rules yet`);
  switch (familyOf(product)) {
    case 'exchange':
      return deriveExchange(plan, product as ExchangeProductId, sharingFor(plan, product));
    case 'lync':
      return deriveLync(plan, product as LyncProductId, sharingFor(plan, product));
  }
}

/** The products a plan says the organisation runs, in registry order (Exchange first). */
export function productsOf(plan: Plan): ProductId[] {
  const products: ProductId[] = [];
  if (plan.exchange.enabled) products.push(plan.exchange.product);
  if (plan.lync.enabled) products.push(plan.lync.product);
  return products;
}

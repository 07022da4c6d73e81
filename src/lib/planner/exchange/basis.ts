/**
 * What every Exchange rule receives: the plan as the product it is derived for, that product's
 * registry entry and profile, and facts several rules share. Rules get the profile passed in
 * instead of looking it up, and never test version strings.
 */
import type { Plan } from '../plan/plan.ts';
import { PRODUCTS, type ExchangeProductId, type ProductInfo } from '../products.ts';
import { EXCHANGE_PROFILES, type ExchangeProfile } from './profiles/index.ts';
import { usesLegacyNamespace } from './topology.ts';

export interface ExchangeBasis {
  /** The reader's plan with `exchange.product` set to the product derived. */
  plan: Plan;
  product: ProductInfo;
  profile: ExchangeProfile;
  /** The older version keeps a legacy host name (2007 with 2013). */
  legacyNamespace: boolean;
}

export function exchangeBasis(input: Plan, id: ExchangeProductId): ExchangeBasis {
  const profile = EXCHANGE_PROFILES[id];
  if (!profile) throw new Error(`${PRODUCTS[id].label} has no Exchange rules`);
  // A guide derives the reader's plan as its own version; every rule must then see that version.
  const plan: Plan =
    input.exchange.product === id
      ? input
      : { ...input, exchange: { ...input.exchange, product: id } };
  return {
    plan,
    product: PRODUCTS[id],
    profile,
    legacyNamespace: usesLegacyNamespace(plan, profile),
  };
}

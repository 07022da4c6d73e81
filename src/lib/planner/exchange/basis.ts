/**
 * What every Exchange rule receives: the plan as the product it is derived for, that product's
 * registry entry and profile, and facts several rules share (the older version still in place, SBS).
 * Rules get the profiles passed in instead of looking them up, and never test version strings.
 */
import type { Plan } from '../plan/plan.ts';
import { PRODUCTS, type ExchangeProductId, type ProductInfo } from '../products.ts';
import {
  exchangeProfileOf,
  type CoexistenceSupport,
  type ExchangeProfile,
} from './profiles/index.ts';

export interface ExchangeBasis {
  /** The reader's plan with `exchange.product` set to the product derived. */
  plan: Plan;
  product: ProductInfo;
  profile: ExchangeProfile;
  /**
   * The older version still in the organisation, when the new one can run next to it: the
   * support entry (what it needs, how clients reach it) and its own profile (its cmdlets).
   */
  older?: { support: CoexistenceSupport; profile: ExchangeProfile; product: ProductInfo };
  /** The older version keeps a legacy host name (2007 with 2010 or 2013). */
  legacyNamespace: boolean;
  /** Windows SBS 2008: the plan says so and the version is the one SBS ships (2007). */
  sbs: boolean;
}

export function exchangeBasis(input: Plan, id: ExchangeProductId): ExchangeBasis {
  const profile = exchangeProfileOf(id);
  // A guide derives the reader's plan as its own version; every rule must then see that version.
  const plan: Plan =
    input.exchange.product === id
      ? input
      : { ...input, exchange: { ...input.exchange, product: id } };
  const older = olderVersion(plan, profile);
  return {
    plan,
    product: PRODUCTS[id],
    profile,
    older,
    legacyNamespace: older?.support.legacyNamespace !== undefined,
    sbs: plan.exchange.sbs && profile.smallBusinessServer,
  };
}

function olderVersion(plan: Plan, profile: ExchangeProfile): ExchangeBasis['older'] {
  const support = profile.coexistence.find((entry) => entry.with === plan.exchange.coexistWith);
  if (!support) return undefined;
  const id = `exchange-${support.with}` as ExchangeProductId;
  return { support, profile: exchangeProfileOf(id), product: PRODUCTS[id] };
}

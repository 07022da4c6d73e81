/**
 * What every Lync rule receives: the plan as the product it is derived for, that product's
 * registry entry and profile, and the views several rules share. Rules get the profile passed in
 * and never test version strings.
 */
import type { Plan } from '../plan/plan.ts';
import { PRODUCTS, type LyncProductId, type ProductInfo } from '../products.ts';
import { LYNC_PROFILES, type LyncProfile } from './profiles/index.ts';
import {
  directorServers,
  edgeServers,
  edgeServices,
  poolViews,
  type EdgeServices,
  type LyncServer,
  type PoolView,
} from './topology.ts';

export interface LyncBasis {
  /** The reader's plan with `lync.product` set to the product derived. */
  plan: Plan;
  product: ProductInfo;
  profile: LyncProfile;
  pools: PoolView[];
  /** The Director servers, or none when the plan has no Director. */
  directors: LyncServer[];
  /** The Edge servers, or none when the plan has no Edge. */
  edges: LyncServer[];
  services: EdgeServices;
}

export function lyncBasis(input: Plan, id: LyncProductId): LyncBasis {
  const profile = LYNC_PROFILES[id];
  if (!profile) throw new Error(`${PRODUCTS[id].label} has no Lync rules`);
  // A guide derives the reader's plan as its own version; every rule must then see that version.
  const plan: Plan =
    input.lync.product === id ? input : { ...input, lync: { ...input.lync, product: id } };
  return {
    plan,
    product: PRODUCTS[id],
    profile,
    pools: poolViews(plan),
    directors: plan.lync.director.enabled ? directorServers(plan) : [],
    edges: plan.lync.edge.enabled ? edgeServers(plan) : [],
    services: edgeServices(plan, profile),
  };
}

/** The pool that signs users in (the first one). */
export function signInPool(basis: LyncBasis): PoolView {
  const first = basis.pools[0];
  if (!first) throw new Error('parsePlan guarantees at least one pool');
  return first;
}

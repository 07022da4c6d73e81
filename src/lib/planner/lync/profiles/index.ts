/**
 * Lync and Skype for Business profiles, one per product version, keyed by product id. Empty until
 * the family's rules exist: the registry (products.ts) offers only products with a profile.
 */
import type { LyncProductId } from '../../products.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled with the family's rules
export interface LyncProfile {}

export const LYNC_PROFILES: Readonly<Partial<Record<LyncProductId, LyncProfile>>> = {};

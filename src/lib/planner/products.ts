/**
 * The product registry: one id per product version, the key that guides, stores, islands, links
 * and the CLI share. Ids carry their family (`exchange-2016`, `sfb-2019`), so versions that exist
 * in both families (2013, 2019, SE) never collide.
 *
 * This module is data only, light enough for the plan bar. A product is *available* (offered by
 * the editor, derived by the planner, given a guide in the sidebar) when its family has a profile
 * for it: adding a version means a profile, rules where it differs, and a guide.
 */
import { EXCHANGE_PROFILES } from './exchange/profiles/index.ts';
import { LYNC_PROFILES } from './lync/profiles/index.ts';
import type { SourceId } from './sources.ts';

export const EXCHANGE_PRODUCT_IDS = [
  'exchange-2007',
  'exchange-2010',
  'exchange-2013',
  'exchange-2016',
  'exchange-2019',
  'exchange-se',
] as const;
export const LYNC_PRODUCT_IDS = [
  'ocs-2007r2',
  'lync-2010',
  'lync-2013',
  'sfb-2015',
  'sfb-2019',
  'sfb-se',
] as const;
export const PRODUCT_IDS = [...EXCHANGE_PRODUCT_IDS, ...LYNC_PRODUCT_IDS] as const;

export type ExchangeProductId = (typeof EXCHANGE_PRODUCT_IDS)[number];
export type LyncProductId = (typeof LYNC_PRODUCT_IDS)[number];
export type ProductId = (typeof PRODUCT_IDS)[number];
export type Family = 'exchange' | 'lync';

export interface FamilyInfo {
  id: Family;
  label: string;
  /** The family's products, oldest first. */
  products: readonly ProductId[];
}

export const FAMILIES: Readonly<Record<Family, FamilyInfo>> = {
  exchange: { id: 'exchange', label: 'Exchange Server', products: EXCHANGE_PRODUCT_IDS },
  lync: { id: 'lync', label: 'Lync and Skype for Business Server', products: LYNC_PRODUCT_IDS },
};

export interface ProductInfo {
  id: ProductId;
  family: Family;
  /** The full name, e.g. "Exchange Server 2016". */
  label: string;
  /** The name within its family, e.g. "2016" or "Skype for Business 2019". */
  shortLabel: string;
  /** The guide's path on the site, without slashes (`exchange/2016` → /exchange/2016/). */
  guide: string;
  /**
   * End of extended support under Microsoft's fixed lifecycle policy (no security updates after
   * it). Absent for products under the modern lifecycle policy (supported while kept current).
   */
  supportEnds?: { date: string; source: SourceId };
  /** The family has rules for it (a profile): the editor offers it and it has a guide. */
  available: boolean;
}

type Entry = Omit<ProductInfo, 'id' | 'family' | 'available'>;

const ENTRIES: Readonly<Record<ProductId, Entry>> = {
  'exchange-2007': {
    label: 'Exchange Server 2007',
    shortLabel: '2007',
    guide: 'exchange/2007',
    supportEnds: { date: '2017-04-11', source: 'LC-2007' },
  },
  'exchange-2010': {
    label: 'Exchange Server 2010',
    shortLabel: '2010',
    guide: 'exchange/2010',
    supportEnds: { date: '2020-10-13', source: 'LC-2010' },
  },
  'exchange-2013': {
    label: 'Exchange Server 2013',
    shortLabel: '2013',
    guide: 'exchange/2013',
    supportEnds: { date: '2023-04-11', source: 'LC-2013' },
  },
  'exchange-2016': {
    label: 'Exchange Server 2016',
    shortLabel: '2016',
    guide: 'exchange/2016',
    supportEnds: { date: '2025-10-14', source: 'LC-2016' },
  },
  'exchange-2019': {
    label: 'Exchange Server 2019',
    shortLabel: '2019',
    guide: 'exchange/2019',
    supportEnds: { date: '2025-10-14', source: 'LC-2019' },
  },
  'exchange-se': { label: 'Exchange Server SE', shortLabel: 'SE', guide: 'exchange/se' },
  'ocs-2007r2': {
    label: 'Office Communications Server 2007 R2',
    shortLabel: 'OCS 2007 R2',
    guide: 'ocs/2007-r2',
    supportEnds: { date: '2018-01-09', source: 'LC-OCS2007R2' },
  },
  'lync-2010': {
    label: 'Lync Server 2010',
    shortLabel: 'Lync 2010',
    guide: 'lync/2010',
    // The Microsoft Lifecycle data gives 13 April 2021 as the end of extended support.
    supportEnds: { date: '2021-04-13', source: 'LC-Lync2010' },
  },
  'lync-2013': {
    label: 'Lync Server 2013',
    shortLabel: 'Lync 2013',
    guide: 'lync/2013',
    supportEnds: { date: '2023-04-11', source: 'LC-Lync2013' },
  },
  'sfb-2015': {
    label: 'Skype for Business Server 2015',
    shortLabel: 'Skype for Business 2015',
    guide: 'sfb/2015',
    supportEnds: { date: '2025-10-14', source: 'LC-SfB2015' },
  },
  'sfb-2019': {
    label: 'Skype for Business Server 2019',
    shortLabel: 'Skype for Business 2019',
    guide: 'sfb/2019',
    supportEnds: { date: '2025-10-14', source: 'LC-SfB2019' },
  },
  'sfb-se': {
    label: 'Skype for Business Server Subscription Edition',
    shortLabel: 'Skype for Business SE',
    guide: 'sfb/se',
  },
};

const PROFILED: ReadonlySet<string> = new Set([
  ...Object.keys(EXCHANGE_PROFILES),
  ...Object.keys(LYNC_PROFILES),
]);

export const PRODUCTS: Readonly<Record<ProductId, ProductInfo>> = Object.fromEntries(
  PRODUCT_IDS.map((id) => [
    id,
    { id, family: familyOf(id), available: PROFILED.has(id), ...ENTRIES[id] },
  ]),
) as Record<ProductId, ProductInfo>;

export function familyOf(id: ProductId): Family {
  return (EXCHANGE_PRODUCT_IDS as readonly string[]).includes(id) ? 'exchange' : 'lync';
}

export function isProductId(value: unknown): value is ProductId {
  // Stryker disable next-line ConditionalExpression: includes() finds no non-string among string ids
  return typeof value === 'string' && (PRODUCT_IDS as readonly string[]).includes(value);
}

/** Products with rules and a guide, in registry order, optionally of one family. */
export function availableProducts(family?: Family): ProductInfo[] {
  return PRODUCT_IDS.map((id) => PRODUCTS[id]).filter(
    (product) => product.available && (family === undefined || product.family === family),
  );
}

/** The site path of a product's guide. */
export const guideHref = (id: ProductId): string => `/${PRODUCTS[id].guide}/`;

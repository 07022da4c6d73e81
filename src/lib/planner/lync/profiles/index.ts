/**
 * Lync and Skype for Business profiles, one per product version, keyed by product id. Data only:
 * the registry (products.ts) reads the keys to know which products have rules.
 */
import type { LyncProductId } from '../../products.ts';
import { LYNC_2010 } from './lync-2010.ts';
import { LYNC_2013 } from './lync-2013.ts';
import { OCS_2007_R2 } from './ocs-2007r2.ts';
import type { LyncProfile } from './profile.ts';
import { SFB_2015 } from './sfb-2015.ts';
import { SFB_2019 } from './sfb-2019.ts';
import { SFB_SE } from './sfb-se.ts';

export type { LyncCatalogKey, LyncProfile, ReverseProxyProduct } from './profile.ts';

export const LYNC_PROFILES: Readonly<Partial<Record<LyncProductId, LyncProfile>>> = {
  'ocs-2007r2': OCS_2007_R2,
  'lync-2010': LYNC_2010,
  'lync-2013': LYNC_2013,
  'sfb-2015': SFB_2015,
  'sfb-2019': SFB_2019,
  'sfb-se': SFB_SE,
};

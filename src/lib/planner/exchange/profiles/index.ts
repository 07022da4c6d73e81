/** Exchange profiles, one per product version the rules cover, keyed by product id. */
import type { ExchangeProductId } from '../../products.ts';
import { EXCHANGE_2007 } from './2007.ts';
import { EXCHANGE_2010 } from './2010.ts';
import { EXCHANGE_2013 } from './2013.ts';
import { EXCHANGE_2016 } from './2016.ts';
import { EXCHANGE_2019 } from './2019.ts';
import type { ExchangeProfile } from './profile.ts';
import { EXCHANGE_SE } from './se.ts';

export type { CoexistenceSupport, ExchangeProfile, VirtualDirectory } from './profile.ts';

export const EXCHANGE_PROFILES: Readonly<Partial<Record<ExchangeProductId, ExchangeProfile>>> = {
  'exchange-2007': EXCHANGE_2007,
  'exchange-2010': EXCHANGE_2010,
  'exchange-2013': EXCHANGE_2013,
  'exchange-2016': EXCHANGE_2016,
  'exchange-2019': EXCHANGE_2019,
  'exchange-se': EXCHANGE_SE,
};

/**
 * The profile of `id`; a product without Exchange rules is a programming error, not input.
 * (products.ts reads this module to know which products are available, so it is not imported here.)
 */
export function exchangeProfileOf(id: ExchangeProductId): ExchangeProfile {
  const profile = EXCHANGE_PROFILES[id];
  if (!profile) throw new Error(`${id} has no Exchange rules`);
  return profile;
}

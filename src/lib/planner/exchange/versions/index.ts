import type { ExchangeVersion } from '../../plan/types.ts';
import { EXCHANGE_2013 } from './2013.ts';
import { EXCHANGE_2016 } from './2016.ts';
import { EXCHANGE_2019 } from './2019.ts';
import type { ExchangeProfile } from './profile.ts';
import { EXCHANGE_SE } from './se.ts';

export type { ExchangeProfile } from './profile.ts';

export const EXCHANGE_PROFILES: Readonly<Record<ExchangeVersion, ExchangeProfile>> = {
  '2013': EXCHANGE_2013,
  '2016': EXCHANGE_2016,
  '2019': EXCHANGE_2019,
  se: EXCHANGE_SE,
};

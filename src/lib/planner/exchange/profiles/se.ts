import type { ExchangeProfile } from './profile.ts';
import { EXCHANGE_2019 } from './2019.ts';

/**
 * Exchange Server Subscription Edition: the RTM build is code-equivalent to 2019 CU15, and every
 * certificate and URL cmdlet lists SE with the same parameters as 2019 (SE-Roadmap, PS-*).
 */
export const EXCHANGE_SE: ExchangeProfile = {
  ...EXCHANGE_2019,
  id: 'exchange-se',
  catalogKey: 'exchange-se',
  coexistence: [
    { with: '2016', requires: 'Exchange 2016 CU23 (its last update)', source: 'SE-Roadmap' },
    { with: '2019', requires: 'Exchange 2019 CU14 or CU15', source: 'SE-Roadmap' },
  ],
  sources: {
    certificates: 'EX-Certs',
    mapiOverHttp: 'EX-MAPI',
    overview: ['EX-Certs', 'SE-Roadmap', 'PS-New'],
  },
};

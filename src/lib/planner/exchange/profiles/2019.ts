import { EXCHANGE_2016 } from './2016.ts';
import type { ExchangeProfile } from './profile.ts';

/**
 * Exchange Server 2019 at CU15, its last update (CU12+ file handling; no Unified Messaging). SE is
 * code-equivalent to CU15, so the two share everything but their coexistence rules.
 */
export const EXCHANGE_2019: ExchangeProfile = {
  ...EXCHANGE_2016,
  id: 'exchange-2019',
  catalogKey: 'exchange-2019',
  unifiedMessaging: null,
  coexistence: [
    {
      with: '2013',
      requires: 'Exchange 2013 CU21 or later, and Exchange 2019 CU14 or earlier',
      caveat: {
        text: 'Exchange 2019 CU15, the last update, refuses to install while an Exchange 2013 server is in the organisation; only CU14 and earlier run next to 2013 CU21 or later.',
        fix: 'Retire the last Exchange 2013 server before installing 2019 CU15, or install 2019 CU14, move everything off 2013, remove it, and then update to CU15.',
        source: 'EX-SysReq',
      },
      source: 'EX-SysReq',
    },
    { with: '2016', requires: 'Exchange 2016 (any supported CU)', source: 'EX-SysReq' },
  ],
  sources: {
    certificates: 'EX-Certs',
    mapiOverHttp: 'EX-MAPI',
    overview: ['EX-Certs', 'EX-SysReq', 'PS-New'],
  },
};

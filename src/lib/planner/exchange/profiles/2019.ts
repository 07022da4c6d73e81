import type { ExchangeProfile } from './profile.ts';

/** Exchange Server 2019 (CU12+ file handling; no Unified Messaging). */
export const EXCHANGE_2019: ExchangeProfile = {
  id: 'exchange-2019',
  catalogKey: 'exchange-2019',
  files: 'session-bytes',
  scpCmdlet: 'Set-ClientAccessService',
  unifiedMessaging: false,
  mapiHttpOffByDefault: false,
  coexistence: [
    {
      with: '2013',
      requires: 'Exchange 2013 CU21 or later',
      caveat: {
        text: 'Exchange 2019 CU15 setup refuses to install while an Exchange 2013 server is in the organisation; move off 2013 first or install an earlier CU.',
        source: 'E19CU15',
      },
      source: 'EX-SysReq',
    },
    { with: '2016', requires: 'Exchange 2016 (any supported CU)', source: 'EX-SysReq' },
  ],
  sources: {
    certificates: 'EX-Certs',
    mapiOverHttp: 'EX-MAPI',
    overview: ['EX-Certs', 'EX-SysReq', 'PS-New', 'E19CU15'],
  },
};

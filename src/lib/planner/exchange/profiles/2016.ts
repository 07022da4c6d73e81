import type { ExchangeProfile } from './profile.ts';

/** Exchange Server 2016, at CU23 (the 2022 H1 update, and the last CU): no -RequestFile/-FileName. */
export const EXCHANGE_2016: ExchangeProfile = {
  id: 'exchange-2016',
  catalogKey: 'exchange-2016',
  files: 'session-bytes',
  scpCmdlet: 'Set-ClientAccessService',
  unifiedMessaging: true,
  mapiHttpOffByDefault: false,
  coexistence: [
    {
      with: '2010',
      requires: 'Exchange 2010 SP3 with Update Rollup 11 or later',
      proxiesOutlookAnywhere: true,
      source: 'EX-SysReq',
    },
    { with: '2013', requires: 'Exchange 2013 CU10 or later', source: 'EX-SysReq' },
  ],
  sources: {
    certificates: 'EX-Certs',
    mapiOverHttp: 'EX-MAPI',
    overview: ['EX-Certs', 'EX-SysReq', 'PS-New', 'PS-CASvc'],
  },
};

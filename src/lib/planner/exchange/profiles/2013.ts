import type { ExchangeProfile } from './profile.ts';

/** Exchange Server 2013 (CU2+ for coexistence; SP1 adds MAPI over HTTP and the Edge role). */
export const EXCHANGE_2013: ExchangeProfile = {
  id: 'exchange-2013',
  catalogKey: 'exchange-2013',
  files: 'server-path',
  scpCmdlet: 'Set-ClientAccessServer',
  unifiedMessaging: true,
  mapiHttpOffByDefault: true,
  coexistence: [
    {
      with: '2007',
      requires: 'Exchange 2007 SP3 with Update Rollup 10 or later',
      legacyNamespace: true,
      source: 'EX13-SysReq',
    },
    {
      with: '2010',
      requires: 'Exchange 2010 SP3',
      proxiesOutlookAnywhere: true,
      source: 'EX13-SysReq',
    },
  ],
  sources: {
    certificates: 'EX13-Certs',
    mapiOverHttp: 'EX13-MAPI',
    overview: ['EX13-Certs', 'EX13-SysReq', 'PS-New'],
  },
};

import { EXCHANGE_2013 } from './2013.ts';
import type { ExchangeProfile } from './profile.ts';

/**
 * Exchange Server 2016, at CU23 (the 2022 H1 update, and the last CU): 2013's roles and settings,
 * but no -RequestFile/-FileName, Set-ClientAccessService for the SCP and MAPI over HTTP on.
 */
export const EXCHANGE_2016: ExchangeProfile = {
  ...EXCHANGE_2013,
  id: 'exchange-2016',
  catalogKey: 'exchange-2016',
  files: 'session-bytes',
  scpCmdlet: 'Set-ClientAccessService',
  mapiHttp: 'on-by-default',
  coexistence: [
    {
      with: '2010',
      requires: 'Exchange 2010 SP3 with Update Rollup 11 or later',
      proxiesOutlookAnywhere: { source: 'E16-Coex10' },
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

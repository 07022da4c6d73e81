import type { ExchangeProfile } from './profile.ts';

/** Exchange Server 2013 (CU2+ for coexistence; SP1 adds MAPI over HTTP and the Edge role). */
export const EXCHANGE_2013: ExchangeProfile = {
  version: '2013',
  label: 'Exchange Server 2013',
  catalogKey: 'exchange-2013',
  files: 'server-path',
  scpCmdlet: 'Set-ClientAccessServer',
  unifiedMessaging: true,
  mapiHttpOffByDefault: true,
  coexistence: [
    {
      with: '2007',
      requires: 'Exchange 2007 SP3 with Update Rollup 10 or later',
      source: 'EX13-SysReq',
    },
    { with: '2010', requires: 'Exchange 2010 SP3', source: 'EX13-SysReq' },
  ],
  supportEnds: { date: '2023-04-11', source: 'LC-2013' },
  sources: ['EX13-Certs', 'EX13-SysReq', 'PS-New'],
};

import { FRONTEND_CONNECTORS, VIRTUAL_DIRECTORIES_2013, type ExchangeProfile } from './profile.ts';

/** Exchange Server 2016, at CU23 (the 2022 H1 update, and the last CU): no -RequestFile/-FileName. */
export const EXCHANGE_2016: ExchangeProfile = {
  id: 'exchange-2016',
  catalogKey: 'exchange-2016',
  shell: 'exchange',
  files: 'session-bytes',
  remoteCertificates: true,
  scpCmdlet: 'Set-ClientAccessService',
  virtualDirectories: VIRTUAL_DIRECTORIES_2013,
  outlookAnywhere: { kind: 'always-on' },
  certPrincipalName: false,
  popImap: { connectionSettings: true, backEndServices: true, remote: true },
  transport: {
    ...FRONTEND_CONNECTORS,
    advertiseClientSettings: true,
    tlsCertificateName: true,
    internalCertificateCmdlet: 'Get-TransportService',
  },
  unifiedMessaging: { startup: 'Set-UMService', callRouter: true, webServiceDirectory: false },
  mapiHttp: 'on-by-default',
  siteResilience: { unbound: true, owaFailback: false, clientAccessArray: false },
  smallBusinessServer: false,
  authCertificate: true,
  selfSignedYears: 5,
  pfxCheck: true,
  healthChecker: true,
  outlookWebServicesTest: 'credential',
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

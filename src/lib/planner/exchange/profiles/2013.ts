import { FRONTEND_CONNECTORS, VIRTUAL_DIRECTORIES_2013, type ExchangeProfile } from './profile.ts';

/** Exchange Server 2013 (CU2+ for coexistence; SP1 adds MAPI over HTTP and the Edge role). */
export const EXCHANGE_2013: ExchangeProfile = {
  id: 'exchange-2013',
  catalogKey: 'exchange-2013',
  shell: 'exchange',
  files: 'server-path',
  remoteCertificates: true,
  scpCmdlet: 'Set-ClientAccessServer',
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
  mapiHttp: 'off-by-default',
  siteResilience: { unbound: true, owaFailback: false, clientAccessArray: false },
  smallBusinessServer: false,
  authCertificate: true,
  selfSignedYears: 5,
  pfxCheck: true,
  healthChecker: true,
  outlookWebServicesTest: 'credential',
  coexistence: [
    {
      with: '2007',
      requires: 'Exchange 2007 SP3 with Update Rollup 10 or later',
      legacyNamespace: { source: 'EX13-Certs' },
      proxiesOutlookAnywhere: { source: 'E13-Coex' },
      source: 'EX13-SysReq',
    },
    {
      with: '2010',
      requires: 'Exchange 2010 SP3',
      proxiesOutlookAnywhere: { source: 'E13-Coex' },
      source: 'EX13-SysReq',
    },
  ],
  sources: {
    certificates: 'EX13-Certs',
    mapiOverHttp: 'EX13-MAPI',
    overview: ['EX13-Certs', 'EX13-SysReq', 'PS-New'],
  },
};

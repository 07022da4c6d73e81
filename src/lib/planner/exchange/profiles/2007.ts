import {
  ACTIVESYNC_DIRECTORY,
  EWS_DIRECTORY,
  HUB_CONNECTORS,
  type ExchangeProfile,
} from './profile.ts';

/**
 * Exchange Server 2007 SP1 or later (SP3 with Update Rollup 10 for coexistence with 2013). The
 * certificate cmdlets act on the local computer and write files with -Path (E07-New, E07-Import);
 * there is no ECP, no MAPI over HTTP and no -TlsCertificateName. The Client Access role also
 * publishes Unified Messaging web services (KB940726).
 */
export const EXCHANGE_2007: ExchangeProfile = {
  id: 'exchange-2007',
  catalogKey: 'exchange-2007',
  shell: 'exchange-2007',
  files: 'path',
  remoteCertificates: false,
  scpCmdlet: 'Set-ClientAccessServer',
  virtualDirectories: [
    { cmdlet: 'Set-OwaVirtualDirectory', name: 'owa', path: '/owa', label: 'Outlook Web Access' },
    EWS_DIRECTORY,
    { ...ACTIVESYNC_DIRECTORY, coexistence: 'external-null' },
    { cmdlet: 'Set-OABVirtualDirectory', name: 'OAB', path: '/OAB', label: 'Offline address book' },
  ],
  outlookAnywhere: {
    kind: 'enable',
    wait: {
      text: 'The Microsoft Exchange Service Host applies the /rpc settings about every 15 minutes, so the IIS side of Outlook Anywhere can lag that long behind the command.',
      source: 'OA07SP1',
    },
  },
  certPrincipalName: true,
  popImap: { connectionSettings: false, backEndServices: false, remote: false },
  transport: {
    ...HUB_CONNECTORS,
    advertiseClientSettings: false,
    tlsCertificateName: false,
    internalCertificateCmdlet: null,
  },
  unifiedMessaging: { startup: null, callRouter: false, webServiceDirectory: true },
  mapiHttp: 'none',
  siteResilience: { unbound: false, owaFailback: false, clientAccessArray: false },
  smallBusinessServer: true,
  authCertificate: false,
  selfSignedYears: 1,
  pfxCheck: false,
  healthChecker: false,
  outlookWebServicesTest: null,
  coexistence: [],
  sources: {
    certificates: 'E07-Blog2',
    mapiOverHttp: 'EX-MAPI',
    overview: ['E07-New', 'E07-Import', 'KB940726', 'E07-ADWP'],
  },
};

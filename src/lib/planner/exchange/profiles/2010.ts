import {
  ACTIVESYNC_DIRECTORY,
  EWS_DIRECTORY,
  HUB_CONNECTORS,
  type ExchangeProfile,
} from './profile.ts';

/**
 * Exchange Server 2010 SP3. Requests come back as text and files travel as bytes written and read
 * with Set-Content/Get-Content in the session (PS-2018, E10-CSR); Outlook Anywhere is enabled per
 * server (PS-EnOA); Outlook inside reaches mailboxes over RPC through the Client Access array,
 * whose name stays off the certificate (NS2016, PS-CAA).
 */
export const EXCHANGE_2010: ExchangeProfile = {
  id: 'exchange-2010',
  catalogKey: 'exchange-2010',
  shell: 'exchange',
  files: 'content',
  remoteCertificates: true,
  scpCmdlet: 'Set-ClientAccessServer',
  virtualDirectories: [
    { cmdlet: 'Set-OwaVirtualDirectory', name: 'owa', path: '/owa', label: 'Outlook Web App' },
    {
      cmdlet: 'Set-EcpVirtualDirectory',
      name: 'ecp',
      path: '/ecp',
      label: 'Exchange Control Panel',
    },
    EWS_DIRECTORY,
    ACTIVESYNC_DIRECTORY,
    { cmdlet: 'Set-OabVirtualDirectory', name: 'OAB', path: '/OAB', label: 'Offline address book' },
  ],
  outlookAnywhere: {
    kind: 'enable',
    wait: {
      text: 'Enabling Outlook Anywhere can take as long as an hour to take effect on the Client Access server.',
      source: 'PS-EnOA',
    },
  },
  certPrincipalName: true,
  popImap: { connectionSettings: true, backEndServices: false, remote: true },
  transport: {
    ...HUB_CONNECTORS,
    advertiseClientSettings: true,
    tlsCertificateName: false,
    internalCertificateCmdlet: 'Get-TransportServer',
  },
  unifiedMessaging: { startup: 'Set-UMServer', callRouter: false, webServiceDirectory: false },
  mapiHttp: 'none',
  siteResilience: { unbound: false, owaFailback: true, clientAccessArray: true },
  smallBusinessServer: false,
  authCertificate: false,
  selfSignedYears: 5,
  pfxCheck: false,
  healthChecker: false,
  outlookWebServicesTest: 'identity',
  coexistence: [
    {
      with: '2007',
      requires: 'Exchange 2007 SP2 or later on every Exchange 2007 server',
      legacyNamespace: { source: 'E10-Trans' },
      source: 'E10-Trans',
    },
  ],
  sources: {
    certificates: 'E10-Certs',
    mapiOverHttp: 'EX-MAPI',
    overview: ['E10-Certs', 'E10-CSR', 'E10-Trans', 'NS2016'],
  },
};

/** Sources the Exchange rules cite (reference/exchange.md §0). */
import { learnCmdlet, learnExchange, lifecycle, type Source } from '../source-kinds.ts';

export const EXCHANGE_SOURCES = {
  'PS-New': learnCmdlet('New-ExchangeCertificate'),
  'PS-Import': learnCmdlet('Import-ExchangeCertificate'),
  'PS-Export': learnCmdlet('Export-ExchangeCertificate'),
  'PS-Enable': learnCmdlet('Enable-ExchangeCertificate'),
  'PS-Get': learnCmdlet('Get-ExchangeCertificate'),
  'PS-OA': learnCmdlet('Set-OutlookAnywhere'),
  'PS-CASrv': learnCmdlet('Set-ClientAccessServer'),
  'PS-CASvc': learnCmdlet('Set-ClientAccessService'),
  'PS-MAPI': learnCmdlet('Set-MapiVirtualDirectory'),
  'PS-VDIR': learnCmdlet('Set-OwaVirtualDirectory'),
  'PS-POP': learnCmdlet('Set-PopSettings'),
  'PS-IMAP': learnCmdlet('Set-ImapSettings'),
  'PS-RC': learnCmdlet('Set-ReceiveConnector'),
  'PS-UM': learnCmdlet('Set-UMService'),
  'PS-Auth': learnCmdlet('Set-AuthConfig'),
  'EX-Certs': learnExchange(
    'Digital certificates and encryption in Exchange Server',
    'architecture/client-access/certificates',
  ),
  'EX-CSR': learnExchange(
    'Create an Exchange Server certificate request for a certification authority',
    'architecture/client-access/create-ca-certificate-requests',
  ),
  'EX-Assign': learnExchange(
    'Assign certificates to Exchange Server services',
    'architecture/client-access/assign-certificates-to-services',
  ),
  'EX-Import': learnExchange(
    'Complete a pending Exchange Server certificate request',
    'architecture/client-access/complete-pending-certificate-requests',
  ),
  'EX-Export': learnExchange(
    'Export certificates from Exchange Server',
    'architecture/client-access/export-certificates',
  ),
  'EX-AD': learnExchange(
    'Autodiscover service in Exchange Server',
    'architecture/client-access/autodiscover',
  ),
  'EX-Post': learnExchange(
    'Configure mail flow and client access on Exchange servers',
    'plan-and-deploy/post-installation-tasks/configure-mail-flow-and-client-access',
  ),
  'EX-POP': learnExchange(
    'Enable and configure POP3 on an Exchange server',
    'clients/pop3-and-imap4/configure-pop3',
  ),
  'EX-IMAP': learnExchange(
    'Enable and configure IMAP4 on an Exchange server',
    'clients/pop3-and-imap4/configure-imap4',
  ),
  'EX-MAPI': learnExchange(
    'Configure MAPI over HTTP in Exchange Server',
    'clients/mapi-over-http/configure-mapi-over-http',
  ),
  'EX-RC': learnExchange(
    'Receive connectors in Exchange Server',
    'mail-flow/connectors/receive-connectors',
  ),
  'EX-SenderRep': learnExchange(
    'Sender reputation in Exchange Server',
    'antispam-and-antimalware/antispam-protection/sender-reputation',
  ),
  'EX-SysReq': learnExchange(
    'Exchange Server supportability matrix and system requirements',
    'plan-and-deploy/system-requirements',
  ),
  'EX-Edge': learnExchange(
    'Edge Subscriptions',
    'architecture/edge-transport-servers/edge-subscriptions',
  ),
  'EXH-Cert': learnExchange(
    'Certificate requirements for hybrid deployments',
    'certificate-requirements',
  ),
  'EX13-Certs': learnExchange(
    'Digital certificates and SSL (Exchange 2013)',
    'digital-certificates-and-ssl-exchange-2013-help',
  ),
  'EX13-CSR': learnExchange(
    'Create a digital certificate request (Exchange 2013)',
    'create-a-digital-certificate-request-exchange-2013-help',
  ),
  'EX13-Post': learnExchange(
    'Configure mail flow and client access (Exchange 2013)',
    'configure-mail-flow-and-client-access-exchange-2013-help',
  ),
  'EX13-OA': learnExchange(
    'Outlook Anywhere (Exchange 2013)',
    'outlook-anywhere-exchange-2013-help',
  ),
  'EX13-MAPI': learnExchange('MAPI over HTTP (Exchange 2013)', 'mapi-over-http-exchange-2013-help'),
  'EX13-UM': learnExchange(
    'Deploying certificates for UM (Exchange 2013)',
    'deploying-certificates-for-um-exchange-2013-help',
  ),
  'EX13-SysReq': learnExchange(
    'Exchange 2013 system requirements',
    'exchange-2013-system-requirements-exchange-2013-help',
  ),
  'EX13-OAuth': learnExchange(
    'Integration with SharePoint and Lync (Exchange 2013)',
    'integration-with-sharepoint-and-lync-exchange-2013-help',
  ),
  CertPlan13: {
    title: 'Certificate Planning in Exchange 2013 (Exchange Team blog)',
    url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/certificate-planning-in-exchange-2013/ba-p/587150',
    kind: 'microsoft',
  },
  NS2016: {
    title: 'Namespace Planning in Exchange 2016 (Exchange Team blog)',
    url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/namespace-planning-in-exchange-2016/ba-p/604072',
    kind: 'microsoft',
  },
  'SE-Roadmap': {
    title: 'Exchange Server roadmap update (Exchange Team blog)',
    url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-server-roadmap-update/ba-p/4132742',
    kind: 'microsoft',
  },
  'LC-2007': lifecycle('Exchange Server 2007'),
  'LC-2010': lifecycle('Exchange Server 2010'),
  'LC-2013': lifecycle('Exchange Server 2013'),
  'LC-2016': lifecycle('Exchange Server 2016'),
  'LC-2019': lifecycle('Exchange Server 2019'),
  'OAuth-KB': learnExchange(
    'Cannot access OWA or ECP if the OAuth certificate is expired',
    'troubleshoot/administration/cannot-access-owa-or-ecp-if-oauth-expired',
  ),
  'P365-SrvNames': {
    title: 'Avoiding Exchange 2013 server names in SSL certificates (Practical365)',
    url: 'https://practical365.com/avoiding-exchange-2013-server-names-ssl-certificates/',
    kind: 'community',
  },
  'P365-Pinpoint': {
    title: 'Use the same internal and external HTTPS names with Exchange (Practical365)',
    url: 'https://practical365.com/use-the-same-internal-and-external-https-names-with-exchange-server/',
    kind: 'community',
  },
  'Petri-Pinpoint': {
    title: 'Create a pin-point DNS zone for Exchange namespaces (Petri)',
    url: 'https://petri.com/create-a-pinpoint-dns-zone-to-support-identical-internal-and-external-exchange-server-https-namespaces/',
    kind: 'community',
  },
  E19CU15: {
    title: 'Exchange 2019 CU15 (Jaap Wesselius, MVP)',
    url: 'https://jaapwesselius.com/tag/tls-1-3',
    kind: 'community',
  },
  CareEx: {
    title: 'Exchange 2013/2010 coexistence: Outlook Anywhere on 2010',
    url: 'https://careexchange6.rssing.com/chan-15046499/article59.html',
    kind: 'community',
  },
  'Wiki-0713': {
    title: 'Coexistence between Exchange 2013 and 2007 (TechNet Wiki 39798)',
    url: 'https://video2.skills-academy.com/en-us/archive/technet-wiki/39798.how-does-microsoft-exchange-server-protocols-work-coexistence-between-2013-2007',
    kind: 'community',
  },
} as const satisfies Record<string, Source>;

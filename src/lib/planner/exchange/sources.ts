/** Sources the Exchange rules cite (reference/exchange.md §0). */
import { learnCmdlet, learnDns, learnExchange, lifecycle, type Source } from '../source-kinds.ts';

/** A page of the Exchange Server 2007 library (learn.microsoft.com, previous versions). */
const exchange2007 = (title: string, id: string): Source => ({
  title: `${title} (Exchange Server 2007)`,
  url: `https://learn.microsoft.com/previous-versions/office/exchange-server-2007/${id}(v=exchg.80)`,
  kind: 'microsoft',
});

/** A page of the Exchange Server 2010 library (learn.microsoft.com, previous versions). */
const exchange2010 = (title: string, id: string): Source => ({
  title: `${title} (Exchange Server 2010)`,
  url: `https://learn.microsoft.com/previous-versions/office/exchange-server-2010/${id}(v=exchg.141)`,
  kind: 'microsoft',
});

/** A post of the Exchange Team blog. */
const teamBlog = (title: string, url: string): Source => ({
  title: `${title} (Exchange Team blog)`,
  url,
  kind: 'microsoft',
});

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
  'PS-Remove': learnCmdlet('Remove-ExchangeCertificate'),
  'PS-EnOA': learnCmdlet('Enable-OutlookAnywhere'),
  'PS-CAA': learnCmdlet('New-ClientAccessArray'),
  'PS-UM10': learnCmdlet('Set-UMServer'),
  'PS-SC': learnCmdlet('Set-SendConnector'),
  'PS-OP': learnCmdlet('Set-OutlookProvider'),
  'PS-TOWS': learnCmdlet('Test-OutlookWebServices'),
  'PS-EdgeSync': learnCmdlet('Start-EdgeSynchronization'),
  'PS-2018': {
    title:
      'Exchange certificate cmdlets with their Exchange 2010 examples (cmdlet reference, 2018)',
    url: 'https://github.com/MicrosoftDocs/office-docs-powershell/blob/565e2d17f598a51aad881a3de24c91569dcd2eb1/exchange/exchange-ps/exchange/New-ExchangeCertificate.md',
    kind: 'microsoft',
  },
  'E07-New': exchange2007('New-ExchangeCertificate', 'aa998327'),
  'E07-Import': exchange2007('Import-ExchangeCertificate', 'bb124424'),
  'E07-Export': exchange2007('Export-ExchangeCertificate', 'aa996305'),
  'E07-Enable': exchange2007('Enable-ExchangeCertificate', 'aa997231'),
  'E07-Get': exchange2007('Get-ExchangeCertificate', 'bb124950'),
  'E07-CAS': exchange2007('Set-ClientAccessServer', 'bb125157'),
  'E07-OWA': exchange2007('Set-OwaVirtualDirectory', 'bb123515'),
  'E07-EAS': exchange2007('Set-ActiveSyncVirtualDirectory', 'bb123679'),
  'E07-EWS': exchange2007('Set-WebServicesVirtualDirectory', 'aa997233'),
  'E07-OAB': exchange2007('Set-OABVirtualDirectory', 'bb124707'),
  'E07-OA': exchange2007('Set-OutlookAnywhere', 'bb123545'),
  'E07-ADWP': {
    title: 'White Paper: Exchange 2007 Autodiscover Service',
    url: 'https://learn.microsoft.com/previous-versions/office/exchange-server-2007-technical-articles/bb332063(v=exchg.80)',
    kind: 'microsoft',
  },
  'E07-Multi': {
    title:
      'How to Configure SSL Certificates to Use Multiple Client Access Server Host Names (Exchange 2007)',
    url: 'https://technet.microsoft.com/library/aa995942(v=exchg.80)',
    kind: 'microsoft',
  },
  'E07-CPN': {
    title: 'Outlook Anywhere with a wildcard certificate: Set-OutlookProvider EXPR (Exchange 2007)',
    url: 'https://technet.microsoft.com/library/cc535023(EXCHG.80).aspx',
    kind: 'microsoft',
  },
  'E07-Blog1': teamBlog(
    'Exchange 2007 Autodiscover and certificates',
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-2007-autodiscover-and-certificates/ba-p/593753',
  ),
  'E07-Blog2': teamBlog(
    'More on Exchange 2007 and certificates, with a real-world scenario',
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/more-on-exchange-2007-and-certificates-with-real-world-scenario/ba-p/592736',
  ),
  OA07SP1: teamBlog(
    'Outlook Anywhere changes in Exchange Server 2007 SP1',
    'https://blogs.technet.microsoft.com/exchange/2007/11/08/outlook-anywhere-changes-in-exchange-server-2007-sp1/',
  ),
  'EXO-2007': learnExchange(
    'Add an SSL certificate to Exchange 2007',
    'mailbox-migration/add-an-ssl-certificate-to-exchange-2007',
  ),
  KB940726: {
    title: 'KB 940726: security warning in Outlook; Exchange 2007 InternalUrl values and the SCP',
    url: 'https://support.microsoft.com/kb/940726',
    kind: 'microsoft',
  },
  KB948896: {
    title: 'KB 948896: a wildcard certificate with POP3 and IMAP4 on Exchange 2007 SP1',
    url: 'https://support.microsoft.com/kb/948896',
    kind: 'microsoft',
  },
  KB940881: {
    title: 'KB 940881: Outlook 2007 finds the Autodiscover service through DNS SRV records',
    url: 'https://support.microsoft.com/kb/940881',
    kind: 'microsoft',
  },
  KB5006983: {
    title: 'KB 5006983: certificates created by Exchange 2016 and 2019 setup use SHA-1',
    url: 'https://support.microsoft.com/topic/exchange-server-2019-and-2016-certificates-created-during-setup-use-sha-1-hash-kb5006983',
    kind: 'microsoft',
  },
  'SBS-IAMW': {
    title: 'Changes that the Internet Address Management Wizard makes (Windows SBS 2008)',
    url: 'https://technet.microsoft.com/library/dd335248(v=ws.10).aspx',
    kind: 'microsoft',
  },
  'SBS-Certs': {
    title: 'Networking basics: certificates (Windows SBS 2008)',
    url: 'https://technet.microsoft.com/library/cc527542(v=ws.10).aspx',
    kind: 'microsoft',
  },
  'E10-Certs': exchange2010('Understanding Digital Certificates and SSL', 'dd351044'),
  'E10-CSR': {
    title: 'Create a new Exchange certificate (Exchange 2010)',
    url: 'https://learn.microsoft.com/previous-versions/exchange-server/exchange-140/ee861120(v=exchg.140)',
    kind: 'microsoft',
  },
  'E10-Trans': teamBlog(
    'Transitioning Client Access to Exchange Server 2010',
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/transitioning-client-access-to-exchange-server-2010/ba-p/597030',
  ),
  'E10-DNS': {
    title: 'Understanding DNS requirements for the upgrade to Exchange 2010',
    url: 'https://technet.microsoft.com/library/ee721926',
    kind: 'microsoft',
  },
  'E13-Coex': teamBlog(
    'Client Connectivity in an Exchange 2013 Coexistence Environment',
    'http://blogs.technet.com/b/exchange/archive/2014/03/12/client-connectivity-in-an-exchange-2013-coexistence-environment.aspx',
  ),
  'E16-Coex10': teamBlog(
    'Client Connectivity in an Exchange 2016 Coexistence Environment with Exchange 2010',
    'https://techcommunity.microsoft.com/blog/exchange/client-connectivity-in-an-exchange-2016-coexistence-environment-with-exchange-20/603945',
  ),
  'E16-CoexMixed': teamBlog(
    'Client Connectivity in an Exchange 2016 Coexistence Environment with Mixed Exchange Versions',
    'https://techcommunity.microsoft.com/t5/exchange-team-blog/client-connectivity-in-an-exchange-2016-coexistence-environment/ba-p/604284',
  ),
  'DNS-Get': learnDns('Get-DnsServerResourceRecord'),
  'DNS-Remove': learnDns('Remove-DnsServerResourceRecord'),
  'DNS-Export': learnDns('Export-DnsServerZone'),
  'DNS-Resolve': {
    title: 'Resolve-DnsName (DnsClient module reference)',
    url: 'https://learn.microsoft.com/powershell/module/dnsclient/resolve-dnsname',
    kind: 'microsoft',
  },
  RFC7208: {
    title: 'RFC 7208: Sender Policy Framework (SPF)',
    url: 'https://www.rfc-editor.org/rfc/rfc7208',
    kind: 'standard',
  },
  'CSS-HC': {
    title: 'HealthChecker.ps1 (Microsoft CSS-Exchange)',
    url: 'https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/',
    kind: 'microsoft',
  },
  'EX-Certs': learnExchange(
    'Digital certificates and encryption in Exchange Server',
    'architecture/client-access/certificates',
  ),
  'EX-CSR': learnExchange(
    'Create an Exchange Server certificate request for a certification authority',
    'architecture/client-access/create-ca-certificate-requests',
  ),
  'EX-Renew': learnExchange(
    'Renew an Exchange Server certificate',
    'architecture/client-access/renew-certificates',
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
} as const satisfies Record<string, Source>;

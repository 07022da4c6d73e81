/**
 * Sources the Lync and Skype for Business rules cite. Ids follow reference/lync.md §0, so a reason
 * in the output leads to the research notes and from there to Microsoft's page. OCS 2007 R2 help
 * topics survive only as copies of the product help (the "mirror" entries), which is what the
 * reference read; TechNet pages that still exist are cited directly.
 */
import { lifecycle, type Source } from '../source-kinds.ts';

const sfb = (title: string, path: string): Source => ({
  title,
  url: `https://learn.microsoft.com/skypeforbusiness/${path}`,
  kind: 'microsoft',
});
const lync2013 = (title: string, page: string): Source => ({
  title: `${title} (Lync Server 2013)`,
  url: `https://learn.microsoft.com/previous-versions/office/lync-server-2013/${page}`,
  kind: 'microsoft',
});
const lync2010 = (title: string, page: string): Source => ({
  title: `${title} (Lync Server 2010)`,
  url: `https://learn.microsoft.com/previous-versions/office/skype-server-2010/${page}(v=ocs.14)`,
  kind: 'microsoft',
});
const ocsHelp = (title: string, page: string): Source => ({
  title: `${title} (OCS 2007 R2 help, copy)`,
  url: `http://unifiedpeople.ru/ocs2007r2.en/html/${page}.htm`,
  kind: 'microsoft',
});
const ocsTechNet = (title: string, page: string): Source => ({
  title: `${title} (Office Communications Server 2007)`,
  url: `https://learn.microsoft.com/previous-versions/office/communications-server/${page}`,
  kind: 'microsoft',
});
const cmdlet = (name: string): Source => ({
  title: `${name} (Skype for Business Server cmdlet reference)`,
  url: `https://learn.microsoft.com/powershell/module/skype/${name.toLowerCase()}`,
  kind: 'microsoft',
});
const community = (title: string, url: string): Source => ({ title, url, kind: 'community' });

export const LYNC_SOURCES = {
  'LC-OCS2007R2': lifecycle('Microsoft Office Communications Server 2007 R2'),
  'LC-Lync2010': lifecycle('Microsoft Lync Server 2010'),
  'LC-Lync2013': lifecycle('Microsoft Lync Server 2013'),
  'LC-SfB2015': lifecycle('Skype for Business Server 2015'),
  'LC-SfB2019': lifecycle('Skype for Business Server 2019'),

  'SFB-ENV': sfb(
    'Environmental requirements for Skype for Business Server',
    'plan-your-deployment/requirements-for-your-environment/environmental-requirements',
  ),
  'SFB-EDGE-ENV': sfb(
    'Edge Server environmental requirements in Skype for Business Server',
    'plan-your-deployment/edge-server-deployments/edge-environmental-requirements',
  ),
  'SFB-EDGE-SYS': sfb(
    'Edge Server system requirements in Skype for Business Server',
    'plan-your-deployment/edge-server-deployments/system-requirements',
  ),
  'SFB-DNS': sfb(
    'DNS requirements for Skype for Business Server',
    'plan-your-deployment/network-requirements/dns',
  ),
  'SFB-ADVDNS': sfb(
    'Advanced Edge Server DNS planning for Skype for Business Server',
    'plan-your-deployment/network-requirements/advanced-edge-server-dns',
  ),
  'SFB-SURL': sfb(
    'DNS requirements for simple URLs in Skype for Business Server',
    'plan-your-deployment/network-requirements/simple-urls',
  ),
  'SFB-EDGE-TOPO': sfb(
    'Create your Edge topology for Skype for Business Server',
    'deploy/deploy-edge-server/create-your-edge-topology',
  ),
  'SFB-EDGE-DEPLOY': sfb(
    'Deploy Edge Servers in Skype for Business Server',
    'deploy/deploy-edge-server/deploy-edge-servers',
  ),
  'SFB-S2S': sfb(
    'Assign a server-to-server authentication certificate to Skype for Business Server',
    'manage/authentication/assign-a-server-to-server-certificate',
  ),
  'SFB-ROLL': sfb(
    'Stage AV and OAuth certificates in Skype for Business Server using -Roll in Set-CsCertificate',
    'manage/authentication/stage-av-and-oauth-certificates',
  ),
  'SFB-CNG': {
    title:
      'Note regarding CNG certificates not being supported (Skype for Business docs, pull request 3861)',
    url: 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/pull/3861',
    kind: 'microsoft',
  },
  'SFB-ENC': sfb(
    'Encryption for Skype for Business Server',
    'plan-your-deployment/security/encryption',
  ),
  'SFB-TB2010': sfb(
    'Add Edge Server Options for Lync Server 2010 (Topology Builder help)',
    'help-topics/help-topobld/add-edge-server-options-for-lync-server-2010',
  ),
  'SFB19-SYS': sfb(
    'System requirements for Skype for Business Server 2019',
    'plan/system-requirements',
  ),
  'SFB19-DEPR': sfb('Skype for Business Server 2019 deprecations', 'deprecated-2019'),
  'SE-APPLIES': sfb(
    'Plan to integrate Skype for Business and Exchange (applies to 2015, 2019 and Subscription Edition)',
    'plan-your-deployment/integrate-with-exchange/integrate-with-exchange',
  ),

  'L13-INT': lync2013(
    'Certificate requirements for internal servers',
    'lync-server-2013-certificate-requirements-for-internal-servers',
  ),
  'L13-EXT': lync2013(
    'Certificate requirements for external user access',
    'lync-server-2013-certificate-requirements-for-external-user-access',
  ),
  'L13-WILD': lync2013(
    'Wildcard certificate support',
    'lync-server-2013-wildcard-certificate-support',
  ),
  'L13-EDGEPLAN': lync2013(
    'Plan for Edge Server certificates',
    'lync-server-2013-plan-for-edge-server-certificates',
  ),
  'L13-EDGE1': lync2013(
    'Certificate summary - Single consolidated edge with public IP addresses',
    'lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses',
  ),
  'L13-FEDXMPP': lync2013(
    'Certificate summary - SIP, XMPP federation and public instant messaging',
    'lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging',
  ),
  'L13-RPCERT': lync2013(
    'Certificate summary - Reverse proxy',
    'lync-server-2013-certificate-summary-reverse-proxy',
  ),
  'L13-RPREQ': lync2013(
    'Request and configure a certificate for your reverse HTTP proxy',
    'lync-server-2013-request-and-configure-a-certificate-for-your-reverse-http-proxy',
  ),
  'L13-UMSUP': lync2013(
    'Exchange Unified Messaging (UM) support',
    'lync-server-2013-exchange-unified-messaging-um-support',
  ),
  'SFB-EXINT': sfb(
    'Plan to integrate Skype for Business and Exchange',
    'plan-your-deployment/integrate-with-exchange/integrate-with-exchange',
  ),
  'L13-RPCFG': lync2013(
    'Configuration requirements for reverse proxy',
    'lync-server-2013-configuration-requirements-for-reverse-proxy',
  ),
  'L13-MOBCERT': lync2013(
    'Certificate requirements for mobility',
    'lync-server-2013-certificate-requirements-for-mobility',
  ),
  'L13-MOBMOD': lync2013(
    'Modifying certificates for mobility',
    'lync-server-2013-modifying-certificates-for-mobility',
  ),
  'L13-DIRCERT': lync2013(
    'Certificate summary - DNS and HLB load balanced Director',
    'lync-server-2013-certificate-summary-dns-and-hlb-load-balanced',
  ),
  'L13-S2S': lync2013(
    'Assigning a server-to-server authentication certificate',
    'lync-server-2013-assigning-a-server-to-server-authentication-certificate-to-lync-server-2013',
  ),
  'L13-EDGECHG': lync2013(
    'Changes in Lync Server that affect Edge Server planning',
    'lync-server-2013-changes-in-lync-server-that-affect-edge-server-planning',
  ),
  'L13-DNSREQ': lync2013(
    'Determine DNS requirements',
    'lync-server-2013-determine-dns-requirements',
  ),
  'L13-AUTOSIGNIN': lync2013(
    'DNS requirements for automatic client sign-in',
    'lync-server-2013-dns-requirements-for-automatic-client-sign-in',
  ),
  'L13-DNSFE': lync2013(
    'DNS requirements for Front End pools',
    'lync-server-2013-dns-requirements-for-front-end-pools',
  ),
  'L13-DNSMOB': lync2013(
    'DNS requirements for mobility',
    'lync-server-2013-dns-requirements-for-mobility',
  ),
  'L13-DNSAD': lync2013('DNS summary - Autodiscover', 'lync-server-2013-dns-summary-autodiscover'),
  'L13-DNSEDGE1': lync2013(
    'DNS summary - Single consolidated edge with public IP addresses',
    'lync-server-2013-dns-summary-single-consolidated-edge-with-public-ip-addresses',
  ),
  'L13-DNSFED': lync2013(
    'DNS summary - SIP, XMPP federation and public instant messaging',
    'lync-server-2013-dns-summary-sip-xmpp-federation-and-public-instant-messaging',
  ),
  'L13-DNSSURL': lync2013(
    'DNS requirements for simple URLs',
    'lync-server-2013-dns-requirements-for-simple-urls',
  ),
  'L13-SURLEDIT': lync2013(
    'Edit or configure simple URLs',
    'lync-server-2013-edit-or-configure-simple-urls',
  ),

  'L10-INT': lync2010('Certificate Requirements for Internal Servers', 'gg398094'),
  'L10-EXT': lync2010('Certificate Requirements for External User Access', 'gg398920'),
  'L10-RA1CERT': lync2010(
    'Reference Architecture 1: Certificate Summary for Single Consolidated Edge',
    'gg398519',
  ),
  'L10-RA1DNS': lync2010(
    'Reference Architecture 1: DNS Summary for Single Consolidated Edge',
    'gg412787',
  ),
  'L10-PORTS': lync2010(
    'Reference Architecture 2: Port Summary for Scaled Consolidated Edge (DNS Load Balanced)',
    'gg412756',
  ),
  'L10-WILD': lync2010('Wildcard Certificate Support', 'hh202161'),
  'L10-AD': lync2010('Autodiscover Service Requirements', 'hh690012'),
  'L10-DNSSE': lync2010('DNS Requirements for Standard Edition Servers', 'gg425900'),
  'L10-CERTINFRA': lync2010('Certificate Infrastructure Requirements', 'gg398066'),
  'L10-REQCERT': lync2010('Request-CsCertificate', 'gg425723'),
  'L10-RPCERT': lync2010(
    'Request and Configure a Certificate for Your Reverse HTTP Proxy',
    'gg429704',
  ),

  'OCS-EDGECERT': ocsHelp(
    'Certificate requirements for Edge Servers',
    'f05bd2a7-2298-431f-bf3e-e64d15f596a7',
  ),
  'OCS-SAMPLE': ocsHelp(
    'Certificates for the sample topology',
    '4c62d58d-1bb9-429e-9392-5791ea9f3aa3',
  ),
  'OCS-INT': ocsHelp(
    'Certificate requirements for internal servers',
    '4d0564c2-c5ce-4e42-b46f-d7f836b90894',
  ),
  'OCS-CERTSUP': ocsHelp(
    'Certificate infrastructure support',
    '19c46b58-2046-4767-a4ba-cbbe61ed1796',
  ),
  'OCS-AVAUTH': ocsHelp(
    'Set up A/V authentication certificates',
    '1bd42604-d7d8-4950-b6a9-f90f602e1a03',
  ),
  'OCS-WCEDGE': ocsHelp(
    'Web Conferencing Edge internal port',
    '02b3578a-0e27-4987-8dfe-40c334021721',
  ),
  'OCS-AVPORTS': ocsHelp('A/V Edge port range', '50584280-af47-4001-bca7-2c532136010c'),
  'OCS-CLIENTDNS': {
    title: 'Client DNS Queries Drilldown (Office Communications Server 2007 R2)',
    url: 'https://technet.microsoft.com/zh-tw/library/dd572514(v=office.13)',
    kind: 'microsoft',
  },
  'OCS-DNSSRV': ocsTechNet('DNS Requirements', 'bb870404(v=office.12)'),
  'OCS-AVEXT': ocsTechNet(
    'Configuring the External Interface of the A/V Edge Service',
    'dd572885(v=office.13)',
  ),
  'OCS-EDGEINT': {
    title:
      'Step 4 Configure Certificates on the Internal Interface of Your Edge Servers (OCS 2007)',
    url: 'http://technet.microsoft.com/en-us/library/bb870318(office.12).aspx',
    kind: 'microsoft',
  },
  'OCS-INF': {
    title: 'Appendix B: Sample Certificate (OCS 2007, the wizard-written INF file)',
    url: 'https://technet.microsoft.com/en-us/library/bb663762(v=office.12).aspx',
    kind: 'microsoft',
  },
  'OCS-POOLDNS': {
    title: '3.2 Configure DNS for Your Pool (OCS 2007)',
    url: 'https://technet.microsoft.com/en-us/library/bb663654(TechNet.10).aspx',
    kind: 'microsoft',
  },

  'PS-REQ': cmdlet('Request-CsCertificate'),
  'PS-SET': cmdlet('Set-CsCertificate'),
  'PS-IMP': cmdlet('Import-CsCertificate'),
  'PS-GET': cmdlet('Get-CsCertificate'),
  'PS-SURL': cmdlet('Set-CsSimpleUrlConfiguration'),
  'PS-ENABLE': cmdlet('Enable-CsComputer'),

  KB931351: {
    title: 'How to add a Subject Alternative Name to a secure LDAP certificate (KB 931351)',
    url: 'http://support.microsoft.com/default.aspx?scid=kb;EN-US;931351',
    kind: 'microsoft',
  },
  'ISA-BLOG': {
    title:
      'Certificates with Multiple SAN Entries May Break ISA Server Web Publishing (ISA Server team blog)',
    url: 'https://learn.microsoft.com/archive/blogs/isablog/certificates-with-multiple-san-entries-may-break-isa-server-web-publishing',
    kind: 'microsoft',
  },
  RFC5280: {
    title: 'RFC 5280: X.509 certificates (validity: notBefore, notAfter)',
    url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5',
    kind: 'standard',
  },
  'C-BUSBAR': community(
    'How to use a single certificate for OCS 2007 R2 and Exchange 2007/2010 (Busbar)',
    'https://www.experts-exchange.com/articles/2890/how-to-use-single-Certificate-for-OCS-2007-R2-and-Exchange-2007-2010.html',
  ),
  'C-ISASP1': community(
    'ISA Server 2006 Service Pack 1 supports SAN certificates',
    'https://tipsmake.com/execute-and-troubleshoot-certificate-deployment-issues-in-isa-server-2006-part-2',
  ),
  'C-SCHERTZ-WC': community(
    'Wildcard Certificates in Lync Server (Jeff Schertz)',
    'http://blog.schertz.name/2011/02/wildcard-certificates-in-lync-server/',
  ),
  'C-OCSPORTS': community(
    'All about OCS ports (ocspedia)',
    'http://ocspedia.com/Misc/All_About_OCS_Ports.htm',
  ),
  'C-EKU': community(
    'The end of dual-EKU (serverAuth + clientAuth) public TLS certificates',
    'https://www.tbs-certificates.co.uk/FAQ/en/probleme-fin-double-EKU.html',
  ),
} as const satisfies Record<string, Source>;

import type { LyncProfile } from './profile.ts';

/**
 * Office Communications Server 2007 R2: no PowerShell for certificates (Communications Certificate
 * Wizard, IIS Manager, certreq.exe), a certificate per Edge service and its own A/V authentication
 * certificate, no simple URLs, mobility or OAuth (reference §2, §10).
 */
export const OCS_2007_R2: LyncProfile = {
  id: 'ocs-2007r2',
  tooling: 'wizard',
  catalog: null,
  tools: {
    product: 'Office Communications Server 2007 R2',
    shell: 'Windows PowerShell',
    deploymentWizard: 'Office Communications Server 2007 R2 Deployment Wizard',
    topologyBuilder: 'Office Communications Server 2007 R2 administrative tool',
  },
  internalCertificates: 'per-pool',
  edge: {
    external: 'per-service',
    avAuthentication: 'own-certificate',
    // The shared-name layout: Access and Web Conferencing on one name and address, Web
    // Conferencing moved to 444; the A/V Edge keeps its own address (C-BUSBAR, seed 001).
    singleAddress: { access: 443, webConferencing: 444, av: null, source: 'C-BUSBAR' },
    cmsReplication: false,
    centralizedLogging: false,
  },
  dnsLoadBalancing: false,
  directorExternalWeb: false,
  oauth: false,
  roll: false,
  allSipDomain: false,
  simpleUrls: false,
  mobility: { available: false, source: 'L10-AD' },
  xmpp: 'separate-gateway',
  persistentChat: 'separate-product',
  wildcardSans: 'none',
  cngUnsupported: false,
  internalSignInRecords: 'required',
  reverseProxies: ['isa-2006-sp1', 'tmg-2010', 'isa-2006', 'other'],
  reverseProxyPorts: { https: 443, http: null },
  sources: {
    internalCertificates: 'OCS-INT',
    edgeCertificates: 'OCS-EDGECERT',
    reverseProxyCertificate: 'OCS-SAMPLE',
    wildcards: 'C-SCHERTZ-WC',
    dns: 'OCS-DNSSRV',
    poolDns: 'OCS-POOLDNS',
    edgeDns: 'OCS-DNSSRV',
    ports: 'C-OCSPORTS',
    cmdlets: 'OCS-AVAUTH',
  },
};

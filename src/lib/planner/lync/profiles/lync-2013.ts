import type { LyncProfile } from './profile.ts';

/**
 * Lync Server 2013: adds the global OAuthTokenIssuer certificate, -Roll/-EffectiveDate staging,
 * Request-CsCertificate -AllSipDomain, the XMPP proxy in the Edge, Persistent Chat as a server
 * role and the Centralized Logging Service (reference §4, §10).
 */
export const LYNC_2013: LyncProfile = {
  id: 'lync-2013',
  tooling: 'management-shell',
  catalog: { key: 'lync-2013' },
  tools: {
    product: 'Lync Server',
    shell: 'Lync Server Management Shell',
    deploymentWizard: 'Lync Server Deployment Wizard',
    topologyBuilder: 'Lync Server Topology Builder',
  },
  internalCertificates: 'per-server',
  edge: {
    external: 'combined',
    avAuthentication: 'external-certificate',
    singleAddress: { access: 5061, webConferencing: 444, av: 443, source: 'L13-DNSEDGE1' },
    cmsReplication: true,
    centralizedLogging: true,
  },
  dnsLoadBalancing: true,
  directorExternalWeb: true,
  oauth: true,
  roll: true,
  allSipDomain: true,
  simpleUrls: true,
  mobility: { available: true, source: 'L13-MOBCERT' },
  xmpp: 'integrated',
  persistentChat: 'server-role',
  wildcardSans: 'simple-urls-and-autodiscover',
  cngUnsupported: false,
  internalSignInRecords: 'required',
  reverseProxies: ['iis-arr', 'tmg-2010', 'other'],
  reverseProxyPorts: { https: 4443, http: 8080 },
  sources: {
    internalCertificates: 'L13-INT',
    edgeCertificates: 'L13-EXT',
    reverseProxyCertificate: 'L13-RPCERT',
    wildcards: 'L13-WILD',
    dns: 'L13-DNSREQ',
    poolDns: 'L13-DNSFE',
    edgeDns: 'L13-DNSEDGE1',
    ports: 'SFB-EDGE-ENV',
    cmdlets: 'PS-REQ',
  },
};

import type { LyncProfile } from './profile.ts';

/**
 * Lync Server 2010: the Management Shell's certificate cmdlets, three uses on each Front End
 * certificate, one external Edge certificate, simple URLs; mobility from the November 2011
 * cumulative update; no OAuth, no -Roll, no -AllSipDomain (reference §3, §10).
 */
export const LYNC_2010: LyncProfile = {
  id: 'lync-2010',
  tooling: 'management-shell',
  catalog: { key: 'lync-2010' },
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
    singleAddress: { access: 5061, webConferencing: 444, av: 443, source: 'SFB-TB2010' },
    cmsReplication: true,
    centralizedLogging: false,
  },
  dnsLoadBalancing: true,
  directorExternalWeb: true,
  oauth: false,
  roll: false,
  allSipDomain: false,
  simpleUrls: true,
  mobility: {
    available: true,
    requires: 'the November 2011 cumulative update for Lync Server 2010 with the Mobility Service',
    source: 'L10-AD',
  },
  xmpp: 'separate-gateway',
  persistentChat: 'separate-product',
  wildcardSans: 'simple-urls',
  cngUnsupported: false,
  internalSignInRecords: 'required',
  reverseProxies: ['tmg-2010', 'isa-2006-sp1', 'iis-arr', 'other'],
  reverseProxyPorts: { https: 4443, http: 8080 },
  sources: {
    internalCertificates: 'L10-INT',
    edgeCertificates: 'L10-EXT',
    reverseProxyCertificate: 'L10-RPCERT',
    wildcards: 'L10-WILD',
    dns: 'L10-DNSSE',
    poolDns: 'L10-DNSSE',
    edgeDns: 'L10-RA1DNS',
    ports: 'L10-PORTS',
    cmdlets: 'L10-REQCERT',
  },
};

import { LYNC_2010 } from './lync-2010.ts';
import type { LyncProfile } from './profile.ts';

/**
 * Lync Server 2013: the Lync 2010 rules plus the global OAuthTokenIssuer certificate, -Roll and
 * -EffectiveDate staging, Request-CsCertificate -AllSipDomain, mobility in the product, the XMPP
 * proxy in the Edge, Persistent Chat as a server role and the Centralized Logging Service; Microsoft
 * names TMG 2010 and IIS ARR as reverse proxies (reference §4, §10).
 */
export const LYNC_2013: LyncProfile = {
  ...LYNC_2010,
  id: 'lync-2013',
  catalog: { key: 'lync-2013' },
  edge: {
    ...LYNC_2010.edge,
    singleAddress: { access: 5061, webConferencing: 444, av: 443, source: 'L13-DNSEDGE1' },
    centralizedLogging: true,
  },
  oauth: true,
  roll: true,
  allSipDomain: true,
  mobility: { available: true, source: 'L13-MOBCERT' },
  xmpp: 'integrated',
  persistentChat: 'server-role',
  wildcardSans: 'simple-urls-and-autodiscover',
  reverseProxies: ['iis-arr', 'tmg-2010', 'other'],
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

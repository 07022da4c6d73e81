import type { LyncProfile } from './profile.ts';
import { LYNC_2013 } from './lync-2013.ts';

/**
 * Skype for Business Server 2015: the Lync 2013 rules under new names; CNG keys are not
 * supported, and internal sip.<domain> / _sipinternaltls serve only older clients and desk phones
 * (reference §5, SFB-CNG, SFB-DNS).
 */
export const SFB_2015: LyncProfile = {
  ...LYNC_2013,
  id: 'sfb-2015',
  catalog: { key: 'sfb-2015' },
  tools: {
    product: 'Skype for Business Server',
    shell: 'Skype for Business Server Management Shell',
    deploymentWizard: 'Skype for Business Server Deployment Wizard',
    topologyBuilder: 'Skype for Business Server Topology Builder',
  },
  edge: {
    ...LYNC_2013.edge,
    singleAddress: { access: 5061, webConferencing: 444, av: 443, source: 'SFB-EDGE-TOPO' },
  },
  cngUnsupported: true,
  internalSignInRecords: 'legacy-clients',
  sources: {
    internalCertificates: 'SFB-ENV',
    edgeCertificates: 'SFB-EDGE-ENV',
    reverseProxyCertificate: 'SFB-ENV',
    wildcards: 'SFB-ENV',
    dns: 'SFB-DNS',
    poolDns: 'SFB-DNS',
    edgeDns: 'SFB-EDGE-ENV',
    ports: 'SFB-EDGE-ENV',
    cmdlets: 'PS-REQ',
  },
};

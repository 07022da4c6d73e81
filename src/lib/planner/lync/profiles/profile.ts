/**
 * What distinguishes one Lync / Skype for Business version from another, as data. The rules read a
 * profile and never test version strings, so a new version is a new profile. Name, guide path and
 * support lifecycle live in the product registry (products.ts).
 *
 * This module is data only: products.ts imports the profiles, and the plan bar imports products.ts.
 */
import type { LyncProductId } from '../../products.ts';
import type { LyncPlan } from '../../plan/sections/lync.ts';
import type { SourceId } from '../../sources.ts';

/** The cmdlet catalog's version keys (cmdlets.json `versions`) for the Lync family. */
export type LyncCatalogKey = 'lync-2010' | 'lync-2013' | 'sfb-2015' | 'sfb-2019';

export type ReverseProxyProduct = LyncPlan['reverseProxy']['product'];

export interface LyncProfile {
  id: LyncProductId;
  /**
   * Where certificates are requested and assigned: the Communications Certificate Wizard and
   * certreq.exe (OCS 2007 R2, which has no PowerShell), or the Management Shell (2010 and later).
   */
  tooling: 'wizard' | 'management-shell';
  /** The catalog the generated cmdlets are checked against; null without a Management Shell. */
  catalog: { key: LyncCatalogKey; note?: string } | null;
  /** What the admin tools are called in this version. */
  tools: { product: string; shell: string; deploymentWizard: string; topologyBuilder: string };
  /**
   * Internal server certificates: one per pool, copied to each Front End (OCS), or one per server
   * holding the Default, WebServicesInternal and WebServicesExternal uses (2010 and later).
   */
  internalCertificates: 'per-pool' | 'per-server';
  edge: {
    /**
     * External certificates: one per Edge service with its own name (OCS: Access, Web
     * Conferencing), or one certificate for Access, Web Conferencing and A/V authentication.
     */
    external: 'per-service' | 'combined';
    /** A/V authentication: its own certificate (OCS), or the AudioVideoAuthentication use of the external one. */
    avAuthentication: 'own-certificate' | 'external-certificate';
    /**
     * The single-address layout: the external ports each service moves to, and whether the A/V
     * Edge shares the address too (2010 and later) or keeps its own (the OCS 444 layout).
     */
    singleAddress: { access: number; webConferencing: number; av: number | null; source: SourceId };
    /** Central Management Store replication from the Front End to the Edge (TCP 4443), 2010 and later. */
    cmsReplication: boolean;
    /** Centralized Logging Service ports 50001-50003 on the Edge internal interface, 2013 and later. */
    centralizedLogging: boolean;
  };
  /**
   * SIP traffic of an Enterprise pool can be balanced by DNS, one record per Front End (2010 and
   * later); OCS needs a hardware load balancer, so the pool FQDN points to its address.
   */
  dnsLoadBalancing: boolean;
  /** Directors have external web services of their own, published by the reverse proxy (2010 and later). */
  directorExternalWeb: boolean;
  /** A global OAuthTokenIssuer certificate for server-to-server authentication (2013 and later). */
  oauth: boolean;
  /** Set-CsCertificate/Import-CsCertificate take -Identity, -Roll and -EffectiveDate (2013 and later). */
  roll: boolean;
  /** Request-CsCertificate -AllSipDomain exists (2013 and later; see reference §11.9). */
  allSipDomain: boolean;
  /** Meet, Dial-in and Admin simple URLs (2010 and later). */
  simpleUrls: boolean;
  /** Mobile autodiscover (lyncdiscover); `requires` names the update that brought it. */
  mobility: { available: boolean; requires?: string; source: SourceId };
  /** XMPP federation: in the Edge (2013, 2015), a separate gateway product, or removed (2019, SE). */
  xmpp: 'integrated' | 'separate-gateway' | 'removed';
  /** Group chat: a separate product, a server role, or removed. */
  persistentChat: 'separate-product' | 'server-role' | 'removed';
  /** Which names a wildcard SAN may stand for on web certificates (L10-WILD, L13-WILD); none on OCS. */
  wildcardSans: 'none' | 'simple-urls' | 'simple-urls-and-autodiscover';
  /** Certificates with keys in a CNG key storage provider fail (SfB 2015, SFB-CNG). */
  cngUnsupported: boolean;
  /** Internal `sip.<domain>` and `_sipinternaltls`: required for sign-in, or kept for older clients and phones. */
  internalSignInRecords: 'required' | 'legacy-clients';
  /** Reverse proxies Microsoft names for this version. */
  reverseProxies: readonly ReverseProxyProduct[];
  /** Where the reverse proxy forwards HTTPS and HTTP on the Front End / Director. */
  reverseProxyPorts: { https: number; http: number | null };
  /** Pages the rules cite for this version. */
  sources: {
    internalCertificates: SourceId;
    edgeCertificates: SourceId;
    reverseProxyCertificate: SourceId;
    wildcards: SourceId;
    dns: SourceId;
    /** Pool and web services records. */
    poolDns: SourceId;
    edgeDns: SourceId;
    ports: SourceId;
    cmdlets: SourceId;
  };
}

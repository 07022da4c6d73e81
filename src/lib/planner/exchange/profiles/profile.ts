/**
 * What distinguishes one Exchange version from another, as data. Rules read a profile instead of
 * testing version numbers, so a new version is a new profile, not a copy of the rules. The name,
 * guide and support lifecycle of each version live in the product registry (products.ts).
 *
 * A migration reads two profiles: the new version's, for the runbook's own servers, and the old
 * version's (`oldProfile` in basis.ts), for the commands run on the servers still in place.
 */
import type { ExchangeProductId } from '../../products.ts';
import type { CoexistenceVersion } from '../../plan/sections/exchange.ts';
import type { SourceId } from '../../sources.ts';

export interface CoexistenceSupport {
  /** The older version that may stay in the organisation. */
  with: Exclude<CoexistenceVersion, 'none'>;
  /** Minimum build of the older version, in words. */
  requires: string;
  /**
   * Supported only with some builds of the new version: a warning with the reason and the way
   * through (Exchange 2019 CU15 refuses to install next to 2013; CU14 and earlier do not). The
   * plan does not say which CU, so this is a warning, not an error.
   */
  caveat?: { text: string; fix: string; source: SourceId };
  /**
   * The older version keeps a host name of its own (legacy.<domain>) because the new version
   * redirects some of its users instead of proxying them (2007 with 2010 and 2013: E10-Trans,
   * EX13-Certs). Its InternalUrls and ExternalUrls move to that name.
   */
  legacyNamespace?: { source: SourceId };
  /**
   * The new version proxies Outlook Anywhere for mailboxes still on the older version to the
   * older Client Access servers, which must therefore publish it with NTLM (2013 with 2007 and
   * 2010, 2016 with 2010: E13-Coex, E16-Coex10).
   */
  proxiesOutlookAnywhere?: { source: SourceId };
  source: SourceId;
}

/** A virtual directory whose Internal/External URLs the runbook sets. */
export interface VirtualDirectory {
  cmdlet: string;
  /** The directory's name in its identity: `<server>\<name> (Default Web Site)`. */
  name: string;
  /** Path after the host name. */
  path: string;
  label: string;
  /**
   * The older version's directory when a newer one proxies to it: `external-null` clears the
   * ExternalUrl so the newer version proxies instead of redirecting (ActiveSync on 2007 with
   * 2013, E13-Coex).
   */
  coexistence?: 'external-null';
}

export interface ExchangeProfile {
  id: ExchangeProductId;
  /** Version key in the cmdlet catalog (cmdlets.json `versions`; 2007 has a hand-kept list). */
  catalogKey: string;
  /** The shell its commands run in (2007 has its own catalog in the tests). */
  shell: 'exchange' | 'exchange-2007';
  /**
   * How certificate files are written and read:
   * - `path`: 2007 writes and reads them itself (-Path on New-/Import-/Export-ExchangeCertificate);
   * - `content`: 2010 hands the request back as text and takes files as bytes, written and read
   *   with Set-Content and Get-Content -Encoding Byte in the session (PS-2018 examples);
   * - `server-path`: 2013 still has -RequestFile and -FileName, read on the server;
   * - `session-bytes`: 2016 CU23+, 2019 CU12+ and SE removed those, so .NET reads and writes
   *   the files in the session (PS-New, PS-Import, PS-Export).
   */
  files: 'path' | 'content' | 'server-path' | 'session-bytes';
  /**
   * The certificate cmdlets take -Server (2010 and later). In 2007 they act on the local
   * computer only, so each server's block runs in that server's own shell (E07-New, E07-Import).
   */
  remoteCertificates: boolean;
  /** Cmdlet that sets the Autodiscover SCP (AutoDiscoverServiceInternalUri). */
  scpCmdlet: 'Set-ClientAccessServer' | 'Set-ClientAccessService';
  /** The client virtual directories of this version, in the order they are set. */
  virtualDirectories: readonly VirtualDirectory[];
  /**
   * Outlook Anywhere: off until Enable-OutlookAnywhere (2007 SP1, 2010: OA07SP1, PS-EnOA), or
   * always on with internal and external host names (2013 and later: EX13-OA).
   */
  outlookAnywhere:
    { kind: 'enable'; wait: { text: string; source: SourceId } } | { kind: 'always-on' };
  /**
   * Outlook clients of this era check the certificate's principal name against the Outlook
   * Anywhere host (Set-OutlookProvider EXPR -CertPrincipalName): needed with a wildcard or a host
   * name that is not the subject (E07-CPN). From 2013 Microsoft says current clients do not need
   * it (CertPlan13).
   */
  certPrincipalName: boolean;
  popImap: {
    /** -InternalConnectionSettings/-ExternalConnectionSettings exist (2010 and later: PS-POP). */
    connectionSettings: boolean;
    /** 2013 and later split each protocol into a front-end and a back-end service (EX-POP). */
    backEndServices: boolean;
    /** Set-*Settings acts on a named server (-Server); 2007's act on the local server. */
    remote: boolean;
  };
  transport: {
    /** Names of the Receive connectors Setup creates on each server. */
    internetConnector: (server: string) => string;
    clientConnector: (server: string) => string;
    /**
     * -TlsCertificateName exists (2013 and later); before, the certificate is chosen by matching
     * the connector's FQDN (STARTTLS).
     */
    tlsCertificateName: boolean;
    /** -AdvertiseClientSettings on the client connector (2010 and later: PS-RC). */
    advertiseClientSettings: boolean;
    /** The cmdlet that shows the internal transport certificate's thumbprint, if there is one. */
    internalCertificateCmdlet: 'Get-TransportService' | 'Get-TransportServer' | null;
  };
  /** Unified Messaging, or null where it does not exist (2019, SE: EX-Certs). */
  unifiedMessaging: null | {
    /** How UM is told to accept TLS before the certificate is enabled, if the version has it. */
    startup: 'Set-UMService' | 'Set-UMServer' | null;
    callRouter: boolean;
    /** 2007's UM web service directory (Set-UMVirtualDirectory), gone from 2010 (KB940726). */
    webServiceDirectory: boolean;
  };
  /** MAPI over HTTP: absent, off until Set-OrganizationConfig turns it on, or on by default. */
  mapiHttp: 'none' | 'off-by-default' | 'on-by-default';
  siteResilience: {
    /**
     * 2010 needs a namespace per datacenter and OWA failback names; 2013 and later also allow one
     * namespace for both datacenters (the unbound model) and need no failback name (NS2016).
     */
    unbound: boolean;
    owaFailback: boolean;
    /** The RPC Client Access array of 2010 (New-ClientAccessArray), never on the certificate. */
    clientAccessArray: boolean;
  };
  /** Windows SBS 2008 runs this version (SBS-IAMW). */
  smallBusinessServer: boolean;
  /**
   * Setup creates the self-signed Microsoft Exchange Server Auth Certificate for OAuth (2013 and
   * later: EX13-OAuth, EX-Certs); 2007 and 2010 have none.
   */
  authCertificate: boolean;
  /** The self-signed certificate Setup creates, and its lifetime in years. */
  selfSignedYears: number;
  /**
   * Runs on Windows Server 2012 or later at least in its last builds, so Get-PfxData can open the
   * exported PFX to prove the password (the pki module).
   */
  pfxCheck: boolean;
  /** Microsoft's HealthChecker script (CSS-Exchange) covers this version. */
  healthChecker: boolean;
  /** Test-OutlookWebServices: with a mailbox credential (2013+), or the mailbox only (2010). */
  outlookWebServicesTest: 'credential' | 'identity' | null;
  /** Versions the new one can be installed next to; anything else is refused. */
  coexistence: readonly CoexistenceSupport[];
  /** The pages rules cite for this version's certificate and MAPI rules. */
  sources: { certificates: SourceId; mapiOverHttp: SourceId; overview: readonly SourceId[] };
}

/** Exchange Web Services, the same directory on every version. */
export const EWS_DIRECTORY: VirtualDirectory = {
  cmdlet: 'Set-WebServicesVirtualDirectory',
  name: 'EWS',
  path: '/EWS/Exchange.asmx',
  label: 'Exchange Web Services',
};

/** ActiveSync, the same directory on every version (2007 adds how it coexists). */
export const ACTIVESYNC_DIRECTORY: VirtualDirectory = {
  cmdlet: 'Set-ActiveSyncVirtualDirectory',
  name: 'Microsoft-Server-ActiveSync',
  path: '/Microsoft-Server-ActiveSync',
  label: 'ActiveSync',
};

/** The virtual directories every version from 2013 has. */
export const VIRTUAL_DIRECTORIES_2013: readonly VirtualDirectory[] = [
  { cmdlet: 'Set-OwaVirtualDirectory', name: 'owa', path: '/owa', label: 'Outlook on the web' },
  { cmdlet: 'Set-EcpVirtualDirectory', name: 'ecp', path: '/ecp', label: 'Exchange admin center' },
  EWS_DIRECTORY,
  ACTIVESYNC_DIRECTORY,
  { cmdlet: 'Set-OabVirtualDirectory', name: 'OAB', path: '/OAB', label: 'Offline address book' },
  { cmdlet: 'Set-MapiVirtualDirectory', name: 'mapi', path: '/mapi', label: 'MAPI over HTTP' },
];

/** Receive connector names from 2013 on: the Front End Transport service faces clients. */
export const FRONTEND_CONNECTORS = {
  internetConnector: (server: string) => `${server}\\Default Frontend ${server}`,
  clientConnector: (server: string) => `${server}\\Client Frontend ${server}`,
};

/** Receive connector names on a 2007 or 2010 Hub Transport server (STARTTLS, reference §2.1). */
export const HUB_CONNECTORS = {
  internetConnector: (server: string) => `${server}\\Default ${server}`,
  clientConnector: (server: string) => `${server}\\Client ${server}`,
};

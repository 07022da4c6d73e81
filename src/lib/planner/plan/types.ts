/**
 * Plan model v1: the only input of the planner. Everything the reader types lives here; everything
 * else (names, records, commands, findings) is derived from it and never stored.
 *
 * Every field is present after `parsePlan` (defaults filled in), so rules never test for
 * `undefined`. Absent facts that matter (an IP address nobody entered) are `null`, and outputs say
 * so plainly instead of inventing a value.
 */

export const PLAN_VERSION = 1;

/** Exchange Server versions this planner writes rules for. */
export const EXCHANGE_VERSIONS = ['2013', '2016', '2019', 'se'] as const;
export type ExchangeVersion = (typeof EXCHANGE_VERSIONS)[number];

/** Versions that can still be in the organisation while the new one is introduced. */
export const COEXISTENCE_VERSIONS = ['none', '2007', '2010', '2013', '2016', '2019'] as const;
export type CoexistenceVersion = (typeof COEXISTENCE_VERSIONS)[number];

/** RSA key sizes that New-ExchangeCertificate -KeySize accepts (PS-New). */
export const KEY_SIZES = [1024, 2048, 4096] as const;
export type KeySize = (typeof KEY_SIZES)[number];

export type CertificateAuthorityKind = 'public' | 'enterprise';
export type AutodiscoverMode = 'host' | 'srv';
export type InternalDnsMode = 'split-brain' | 'pin-point';

/** Fields of the CSR subject. Empty string means "not given". */
export interface Organization {
  /** O= */
  name: string;
  /** C=, ISO 3166-1 alpha-2. Microsoft asks for it on every request (EX-CSR). */
  country: string;
  /** S= */
  state: string;
  /** L= */
  locality: string;
}

export interface Domains {
  /** The primary SMTP domain, e.g. contoso.com. */
  primary: string;
  /** Further SMTP (accepted) domains, e.g. fabrikam.com. */
  additional: string[];
  /** The Active Directory DNS domain, e.g. contoso.local or corp.contoso.com. */
  internal: string;
}

export interface CertificatePlan {
  authority: CertificateAuthorityKind;
  keySize: KeySize;
  /** One `*.primary` certificate instead of a SAN list. */
  wildcard: boolean;
  /** Planned issue date, YYYY-MM-DD: decides which CA/Browser Forum validity limit applies. */
  issueDate: string;
  /** Requested lifetime in days. */
  validityDays: number;
  /** FriendlyName for New-ExchangeCertificate; must be under 64 characters (PS-New). */
  friendlyName: string;
  /** Names the admin wants on the certificate beyond the derived ones (checked, never trusted). */
  additionalNames: string[];
}

export interface Server {
  /** NetBIOS computer name, e.g. EX01. */
  name: string;
  /** Internal IPv4 address, or null when not known. */
  ip: string | null;
}

export interface Site {
  /** Active Directory site name. */
  name: string;
  servers: Server[];
  /** Public IPv4 address that publishes this site's namespace, or null when not known. */
  publicIp: string | null;
  /** Internal load-balancer address; without it internal records list every server (round robin). */
  internalVip: string | null;
  /** Bound model: this site's own namespace (e.g. mail2.contoso.com); null = the shared namespace. */
  namespace: string | null;
}

export interface LegacyEndpoint {
  /** Legacy host name the old version keeps during 2007 coexistence, e.g. legacy.contoso.com. */
  namespace: string;
  /** The old version's client access servers. */
  servers: Server[];
  /** Public IPv4 address that publishes the legacy name, or null when not known. */
  publicIp: string | null;
}

export interface ExchangeServices {
  pop: boolean;
  imap: boolean;
  /** Unified Messaging (2013 and 2016 only). */
  um: boolean;
  /** Edge Transport servers receive internet mail. */
  edge: boolean;
}

export interface EdgePlan {
  /** External FQDN the MX record points to and the Edge announces in EHLO. */
  fqdn: string;
  servers: Server[];
  publicIp: string | null;
}

export interface ExchangePlan {
  version: ExchangeVersion;
  coexistWith: CoexistenceVersion;
  /** The shared client namespace, e.g. mail.contoso.com. */
  namespace: string;
  /** How additional SMTP domains find Autodiscover: a host name on the certificate, or an SRV record. */
  autodiscover: AutodiscoverMode;
  legacy: LegacyEndpoint;
  internalDns: InternalDnsMode;
  sites: Site[];
  services: ExchangeServices;
  edge: EdgePlan;
  /** Folder for request, certificate and PFX files: a local path on the first server, or a UNC share. */
  certificateFolder: string;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  organization: Organization;
  domains: Domains;
  certificate: CertificatePlan;
  exchange: ExchangePlan;
}

/** One validation problem, pinned to the field it is about (dotted path, e.g. `exchange.sites.0.name`). */
export interface Issue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; plan: Plan } | { ok: false; issues: Issue[] };

/**
 * Every source a rule may cite: those every product shares here, each family's in its own folder.
 * Ids follow the source indexes of `reference/exchange.md` and `reference/lync.md` (§0), so a
 * reason in the output can be traced to the research notes and from there to Microsoft's page.
 * `kind` mirrors the labels there: Microsoft documentation, CA/Browser Forum, community, standards.
 */
import { EXCHANGE_SOURCES } from './exchange/sources.ts';
import { LYNC_SOURCES } from './lync/sources.ts';
import { learnDns, type Source } from './source-kinds.ts';

export type { Source };

const COMMON_SOURCES = {
  STARTTLS: {
    title: 'Selection of Inbound STARTTLS Certificates (Exchange 2010)',
    url: 'https://learn.microsoft.com/previous-versions/office/exchange-server-2010/bb430748(v=exchg.141)',
    kind: 'microsoft',
  },
  'DNS-MX': learnDns('Add-DnsServerResourceRecordMX'),
  'DNS-A': learnDns('Add-DnsServerResourceRecordA'),
  CertReq: {
    title: 'certreq (Windows commands reference)',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/certreq_1',
    kind: 'microsoft',
  },
  RCA: {
    title: 'Microsoft Remote Connectivity Analyzer',
    url: 'https://testconnectivity.microsoft.com/',
    kind: 'microsoft',
  },
  'DNS-Zone': learnDns('Add-DnsServerPrimaryZone'),
  BR: {
    title: 'CA/Browser Forum Baseline Requirements',
    url: 'https://github.com/cabforum/servercert/blob/main/docs/BR.md',
    kind: 'cabf',
  },
  SC081: {
    title: 'Ballot SC-081v3: schedule of reducing validity periods',
    url: 'https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods',
    kind: 'cabf',
  },
  RFC1035: {
    title: 'RFC 1035: Domain names',
    url: 'https://www.rfc-editor.org/rfc/rfc1035',
    kind: 'standard',
  },
  RFC2782: {
    title: 'RFC 2782: DNS SRV records',
    url: 'https://www.rfc-editor.org/rfc/rfc2782',
    kind: 'standard',
  },
  RFC5737: {
    title: 'RFC 5737: IPv4 documentation addresses',
    url: 'https://www.rfc-editor.org/rfc/rfc5737',
    kind: 'standard',
  },
  RFC1918: {
    title: 'RFC 1918: private IPv4 addresses',
    url: 'https://www.rfc-editor.org/rfc/rfc1918',
    kind: 'standard',
  },
  RFC5280: {
    title: 'RFC 5280: Internet X.509 certificate and CRL profile',
    url: 'https://www.rfc-editor.org/rfc/rfc5280',
    kind: 'standard',
  },
  RFC9525: {
    title: 'RFC 9525: Service identity in TLS (wildcards match one label; obsoletes RFC 6125)',
    url: 'https://www.rfc-editor.org/rfc/rfc9525',
    kind: 'standard',
  },
  RFC8446: {
    title: 'RFC 8446: TLS 1.3 (§4.4.2: the server certificate first, then each issuer)',
    url: 'https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2',
    kind: 'standard',
  },
  'CSS-HC': {
    title: 'Exchange HealthChecker: certificate checks (Microsoft CSS-Exchange)',
    url: 'https://github.com/microsoft/CSS-Exchange/blob/main/Diagnostics/HealthChecker/Analyzer/Security/Invoke-AnalyzerSecurityExchangeCertificates.ps1',
    kind: 'microsoft',
  },
  ISO3166: {
    title: 'ISO 3166-1 alpha-2 country codes',
    url: 'https://www.iso.org/iso-3166-country-codes.html',
    kind: 'standard',
  },
} as const satisfies Record<string, Source>;

export const SOURCES = { ...COMMON_SOURCES, ...EXCHANGE_SOURCES, ...LYNC_SOURCES } as const;

export type SourceId = keyof typeof SOURCES;

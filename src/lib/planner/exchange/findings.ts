/**
 * Findings: what in the plan will fail, is risky, or is worth knowing. Each has a stable id (tests,
 * the site and the CLI refer to it), a severity, a fix and a source. Errors make the CLI exit 1.
 */
import * as common from '../common/findings.ts';
import type { Finding, PlannedCertificate } from '../derived.ts';
import { classifyIpv4 } from '../names/ipv4.ts';
import { isInternalName } from '../names/internal.ts';
import { isWithin, parentOf } from '../names/hostname.ts';
import { EXCHANGE_PRODUCT_IDS, type ExchangeProductId, type ProductId } from '../products.ts';
import type { ExchangeBasis } from './basis.ts';
import { exchangeServers, serverFqdn, smtpDomains } from './topology.ts';

type Rule = (basis: ExchangeBasis, certificates: PlannedCertificate[]) => Finding[];

const internalAdDomain: Rule = ({ plan }) =>
  isInternalName(plan.domains.internal)
    ? [
        {
          id: 'internal-ad-domain-include-switches',
          severity: 'warning',
          message: `The Active Directory domain ${plan.domains.internal} is internal; Exchange makes it the default accepted domain, so -IncludeAutoDiscover or -IncludeAcceptedDomains would add autodiscover.${plan.domains.internal} or ${plan.domains.internal} to the request.`,
          fix: 'Name every host explicitly with -DomainName (as this runbook does) and check the SAN list before sending the request.',
          source: 'PS-New',
          path: 'domains.internal',
        },
      ]
    : [];

const requestedNames: Rule = ({ plan, profile }) => {
  const serverNames = new Set(
    exchangeServers(plan).flatMap((server) => [
      server.name.toLowerCase(),
      serverFqdn(plan, server),
    ]),
  );
  const findings: Finding[] = [];
  plan.exchange.certificate.additionalNames.forEach((name, index) => {
    const path = `exchange.certificate.additionalNames[${index}]`;
    if (
      serverNames.has(name) ||
      (serverNames.has(name.split('.')[0] ?? '') && isWithin(name, plan.domains.internal))
    ) {
      findings.push({
        id: 'server-name-on-certificate',
        severity: 'warning',
        path,
        message: `${name} is an Exchange server's own name. From Exchange 2013 on, clients never need server names when URLs use the namespace.`,
        fix: 'Remove it; point every URL at the namespace instead (this runbook does).',
        source: profile.sources.certificates,
      });
    } else if (smtpDomains(plan).includes(name)) {
      findings.push({
        id: 'root-domain-on-certificate',
        severity: 'warning',
        path,
        message: `${name} is a bare domain. Exchange does not answer on it; only names clients use to reach Exchange belong on the certificate.`,
        fix: 'Remove it. (Only the hybrid transport certificate may carry the primary SMTP domain, and that is a different certificate.)',
        source: 'EXH-Cert',
      });
    } else if (name.startsWith('www.')) {
      findings.push({
        id: 'www-on-certificate',
        severity: 'warning',
        path,
        message: `${name} is a web site name, not an Exchange name.`,
        fix: 'Remove it unless Exchange itself answers on it.',
        source: 'EX-Certs',
      });
    }
  });
  return findings;
};

const wildcardProtocols: Rule = ({ plan }) => {
  if (!plan.exchange.certificate.wildcard) return [];
  const findings: Finding[] = [];
  if (plan.exchange.services.pop || plan.exchange.services.imap) {
    findings.push({
      id: 'wildcard-pop-imap',
      severity: 'warning',
      path: 'exchange.certificate.wildcard',
      message: 'A wildcard certificate must not be enabled for POP or IMAP.',
      fix: 'The runbook enables it for IIS and SMTP only and sets X509CertificateName to the namespace, which lets POP and IMAP pick it.',
      source: 'PS-Enable',
    });
  }
  if (plan.exchange.services.um) {
    findings.push({
      id: 'wildcard-um',
      severity: 'info',
      path: 'exchange.certificate.wildcard',
      message:
        'Unified Messaging never uses the wildcard certificate: Lync/Skype for Business needs the server FQDN in the subject.',
      fix: 'Each UM server gets its own certificate in the runbook.',
      source: 'EX13-UM',
    });
  }
  const base = parentOf(plan.exchange.namespace);
  const uncovered = smtpDomains(plan).filter(
    (domain) => domain !== base && plan.exchange.autodiscover === 'host',
  );
  if (uncovered.length > 0) {
    findings.push({
      id: 'wildcard-other-domains',
      severity: 'info',
      path: 'exchange.autodiscover',
      message: `*.${base} does not cover autodiscover.${uncovered.join(', autodiscover.')}; those names are added to the request separately.`,
      fix: 'Or choose SRV records for additional domains, which need no name on the certificate.',
      source: 'EX-AD',
    });
  }
  return findings;
};

const coexistence: Rule = ({ plan, profile, product, legacyNamespace }) => {
  const other = plan.exchange.coexistWith;
  if (other === 'none') return [];
  const support = profile.coexistence.find((entry) => entry.with === other);
  if (!support) {
    return [
      {
        id: 'coexistence-unsupported',
        severity: 'error',
        path: 'exchange.coexistWith',
        message: `${product.label} cannot be installed in an organisation that still has Exchange ${other}. Supported: ${profile.coexistence.map((entry) => `${entry.with} (${entry.requires})`).join('; ')}.`,
        fix: isOlder(other, product.id)
          ? `Move through an intermediate version, or retire Exchange ${other} first.`
          : 'Check the versions in the plan.',
        source: profile.coexistence[0]?.source ?? 'EX-SysReq',
      },
    ];
  }
  const findings: Finding[] = [
    {
      id: 'coexistence-requirements',
      severity: 'info',
      path: 'exchange.coexistWith',
      message: `Coexistence with Exchange ${other} needs ${support.requires}.`,
      fix: 'Update the older servers before installing the new version.',
      source: support.source,
    },
  ];
  if (support.caveat)
    findings.push({
      id: 'coexistence-caveat',
      severity: 'warning',
      path: 'exchange.coexistWith',
      message: support.caveat.text,
      fix: 'Plan the order of setup and decommissioning around it.',
      source: support.caveat.source,
    });
  if (support.proxiesOutlookAnywhere) {
    findings.push({
      id: 'coexistence-2010-outlook-anywhere',
      severity: 'info',
      path: 'exchange.coexistWith',
      message: `${product.label} proxies Outlook connections for mailboxes still on Exchange 2010 through Outlook Anywhere on the 2010 servers, using the same namespace.`,
      fix: 'Enable Outlook Anywhere on every Exchange 2010 Client Access server with NTLM client authentication before moving the namespace.',
      source: 'CareEx',
    });
  }
  if (legacyNamespace && plan.exchange.legacy.servers.length === 0) {
    findings.push({
      id: 'legacy-servers-missing',
      severity: 'warning',
      path: 'exchange.legacy.servers',
      message:
        'The plan has no Exchange 2007 Client Access servers, so the runbook cannot write their commands or internal records.',
      fix: 'Add the 2007 Client Access servers (name and internal IP) under the legacy settings.',
      source: 'EX13-Certs',
    });
  }
  return findings;
};

const mapiOverHttp: Rule = ({ plan, profile }) =>
  profile.mapiHttpOffByDefault || plan.exchange.coexistWith === '2013'
    ? [
        {
          id: 'mapi-http-off',
          severity: 'info',
          message:
            'MAPI over HTTP is off in organisations that contain Exchange 2013; Outlook keeps using Outlook Anywhere (RPC over HTTP) until it is turned on.',
          fix: 'When clients are ready, run: Set-OrganizationConfig -MapiHttpEnabled $true',
          source: profile.sources.mapiOverHttp,
        },
      ]
    : [];

const unifiedMessaging: Rule = ({ plan, profile, product }) =>
  plan.exchange.services.um && !profile.unifiedMessaging
    ? [
        {
          id: 'um-not-available',
          severity: 'error',
          path: 'exchange.services.um',
          message: `${product.label} has no Unified Messaging; the UM certificate and cmdlets do not exist there.`,
          fix: 'Turn Unified Messaging off in the plan, and move voice mail to another solution (for example Cloud Voicemail) before the migration.',
          source: 'EX-Certs',
        },
      ]
    : [];

const addresses: Rule = ({ plan }) => {
  const findings: Finding[] = [];
  const publicAddress = (ip: string | null, path: string, what: string) => {
    if (ip === null) {
      findings.push({
        id: 'ip-missing',
        severity: 'warning',
        path,
        message: `The plan has no address for ${what}; its DNS records say "not given" until you add it.`,
        fix: 'Enter the address, or create those records by hand later.',
        source: 'EX-Post',
      });
      return;
    }
    const kind = classifyIpv4(ip);
    if (kind === 'documentation') {
      findings.push({
        id: 'documentation-address',
        severity: 'info',
        path,
        message: `${ip} is a documentation address (RFC 5737), as used in examples.`,
        fix: `Replace it with the real public address of ${what}.`,
        source: 'RFC5737',
      });
    } else if (kind !== 'public') {
      findings.push({
        id: 'public-address-not-public',
        severity: 'warning',
        path,
        message: `${ip} is a ${kind} address; the internet cannot reach it, so it does not belong in a public record for ${what}.`,
        fix: 'Use the public address the firewall publishes.',
        source: 'RFC1918',
      });
    }
  };
  plan.exchange.sites.forEach((site, index) =>
    publicAddress(site.publicIp, `exchange.sites[${index}].publicIp`, `site ${site.name}`),
  );
  if (plan.exchange.services.edge)
    publicAddress(
      plan.exchange.edge.publicIp,
      'exchange.edge.publicIp',
      'the Edge Transport servers',
    );
  plan.exchange.sites.forEach((site, siteIndex) =>
    site.servers.forEach((server, index) => {
      if (server.ip === null && site.internalVip === null) {
        findings.push({
          id: 'ip-missing',
          severity: 'warning',
          path: `exchange.sites[${siteIndex}].servers[${index}].ip`,
          message: `The plan has no internal address for ${server.name}; its internal DNS records say "not given" until you add it.`,
          fix: "Enter the server's internal IPv4 address (or a load-balancer address for the site).",
          source: 'EX-Post',
        });
      }
    }),
  );
  return findings;
};

const dnsModel: Rule = ({ plan }) => {
  if (
    plan.exchange.internalDns !== 'split-brain' ||
    isWithin(plan.exchange.namespace, plan.domains.internal)
  )
    return [];
  return [
    {
      id: 'split-brain-copy-records',
      severity: 'info',
      path: 'exchange.internalDns',
      message: `Split-brain DNS makes your DNS servers answer for the whole public zone inside; every public record (www and the like) must be copied into the internal zone too, or it stops resolving inside.`,
      fix: 'Copy the public records, or choose pin-point zones, which answer only for the Exchange names.',
      source: 'P365-Pinpoint',
    },
  ];
};

const enterpriseCa: Rule = ({ plan }) =>
  plan.certificate.authority === 'enterprise'
    ? [
        {
          id: 'enterprise-ca-external-clients',
          severity: 'warning',
          path: 'certificate.authority',
          message:
            'Devices outside the domain (phones, home computers) do not trust an enterprise CA, so ActiveSync and Outlook from the internet will warn or fail.',
          fix: 'Use a public CA for the client access certificate, or install your root certificate on every such device.',
          source: 'EX-Certs',
        },
      ]
    : [];

/** Planning work on a version Microsoft no longer patches deserves a warning, not silence. */
const supportLifecycle: Rule = ({ plan, product }) => {
  const end = product.supportEnds;
  if (!end || plan.certificate.issueDate < end.date) return [];
  return [
    {
      id: 'version-out-of-support',
      severity: 'warning',
      message: `${product.label} left Microsoft's extended support on ${end.date}: it gets no security updates, and its servers face the internet.`,
      fix: 'Plan the move to Exchange Server SE (it keeps the same names, certificates and DNS); this runbook still applies until then.',
      source: end.source,
      path: 'exchange.product',
    },
  ];
};

const internalNamesOnPublicCertificate: Rule = (_basis, certificates) =>
  common.internalNamesOnPublicCertificate(certificates);
const validity: Rule = ({ plan }) =>
  common.validity(plan, { renewalIncludes: 'the PFX copy to every server and the Enable step' });
const keySize: Rule = ({ plan }) => common.keySize(plan);
const subject: Rule = ({ plan }) => common.subjectCountry(plan);

/** Whether `older` (a coexistence version such as '2007') came before the product `id`. */
function isOlder(older: string, id: ProductId): boolean {
  const index = EXCHANGE_PRODUCT_IDS.indexOf(`exchange-${older}` as ExchangeProductId);
  return index !== -1 && index < EXCHANGE_PRODUCT_IDS.indexOf(id as ExchangeProductId);
}

const RULES: readonly Rule[] = [
  supportLifecycle,
  internalNamesOnPublicCertificate,
  validity,
  keySize,
  coexistence,
  unifiedMessaging,
  wildcardProtocols,
  requestedNames,
  internalAdDomain,
  enterpriseCa,
  subject,
  addresses,
  dnsModel,
  mapiOverHttp,
  ({ plan }) => common.certificateShareOutsideOrganisation(plan, 'exchange', 'PS-Export'),
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function exchangeFindings(
  basis: ExchangeBasis,
  certificates: PlannedCertificate[],
): Finding[] {
  return RULES.flatMap((rule) => rule(basis, certificates)).sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity],
  );
}

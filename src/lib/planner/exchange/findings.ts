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
import { EXCHANGE_PROFILES } from './profiles/index.ts';
import {
  autodiscoverHost,
  clientNamespaces,
  exchangeServers,
  internalModel,
  serverFqdn,
  smtpDomains,
} from './topology.ts';

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
  const arrays = new Set(
    plan.exchange.sites.flatMap((site) =>
      site.clientAccessArray === null ? [] : [site.clientAccessArray],
    ),
  );
  const serverNames = new Set(
    exchangeServers(plan).flatMap((server) => [
      server.name.toLowerCase(),
      serverFqdn(plan, server),
    ]),
  );
  const findings: Finding[] = [];
  plan.exchange.certificate.additionalNames.forEach((name, index) => {
    const path = `exchange.certificate.additionalNames[${index}]`;
    if (arrays.has(name)) {
      findings.push({
        id: 'cas-array-on-certificate',
        severity: 'warning',
        path,
        message: `${name} is an RPC Client Access array name: Outlook reaches it over RPC, not HTTPS, so it never goes on the certificate.`,
        fix: 'Remove it from the extra names.',
        source: 'NS2016',
      });
    } else if (
      serverNames.has(name) ||
      (serverNames.has(name.split('.')[0] ?? '') && isWithin(name, plan.domains.internal))
    ) {
      findings.push({
        id: 'server-name-on-certificate',
        severity: 'warning',
        path,
        message: `${name} is an Exchange server's own name. Clients need no server name once the internal URLs and the Autodiscover SCP use the namespace, and public CAs have refused internal server names since 1 November 2015.`,
        fix: 'Remove it; point every URL and the SCP at the namespace instead (this runbook does).',
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

const wildcardProtocols: Rule = ({ plan, profile, product }) => {
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
  if (profile.certPrincipalName) {
    findings.push({
      id: 'wildcard-principal-name',
      severity: 'info',
      path: 'exchange.certificate.wildcard',
      message: `Outlook clients of ${product.label}'s time check the Outlook Anywhere certificate against a principal name, which for a wildcard is msstd:*.${parentOf(plan.exchange.namespace)}; Windows Mobile 5 and older devices do not accept wildcard certificates at all.`,
      fix: 'The runbook sets the principal name with Set-OutlookProvider EXPR. Retire devices that cannot use a wildcard, or use a certificate with a name list.',
      source: 'E07-CPN',
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

const coexistence: Rule = ({ plan, profile, product, older }) => {
  const other = plan.exchange.coexistWith;
  if (other === 'none') return [];
  const otherLabel = `Exchange ${other}`;
  if (!older) {
    const supported = profile.coexistence
      .map((entry) => `Exchange ${entry.with} (${entry.requires})`)
      .join('; ');
    const through = intermediates(
      other,
      profile.coexistence.map((entry) => entry.with),
    );
    return [
      {
        id: 'coexistence-unsupported',
        severity: 'error',
        path: 'exchange.coexistWith',
        message: isOlder(other, product.id)
          ? `${product.label} cannot be installed in an organisation that still has ${otherLabel}. It runs next to ${supported || 'no older version'} only.`
          : `${otherLabel} is not older than ${product.label}; a migration moves from the older version to the newer one.`,
        fix: isOlder(other, product.id)
          ? through.length > 0
            ? `Move through ${through.map((version) => `Exchange ${version}`).join(' or ')} first (install it, move the mailboxes, retire ${otherLabel}), or retire ${otherLabel} before installing ${product.label}.`
            : `Retire ${otherLabel} before installing ${product.label}.`
          : 'Check the versions in the plan: the product is the version being installed, coexistWith the one being replaced.',
        source: profile.coexistence[0]?.source ?? 'EX-SysReq',
      },
    ];
  }
  const { support } = older;
  const findings: Finding[] = [
    {
      id: 'coexistence-requirements',
      severity: 'info',
      path: 'exchange.coexistWith',
      message: `Coexistence with ${otherLabel} needs ${support.requires}.`,
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
      fix: support.caveat.fix,
      source: support.caveat.source,
    });
  if (support.proxiesOutlookAnywhere) {
    findings.push({
      id: `coexistence-${other}-outlook-anywhere`,
      severity: 'info',
      path: 'exchange.coexistWith',
      message: `${product.label} proxies Outlook Anywhere for mailboxes still on ${otherLabel} to the ${other} Client Access servers, so Outlook Anywhere must be on there, with NTLM among its IIS authentication methods.`,
      fix: `The runbook enables Outlook Anywhere on every ${otherLabel} Client Access server with NTLM before the namespace moves.`,
      source: support.proxiesOutlookAnywhere.source,
    });
  }
  if (plan.exchange.legacy.servers.length === 0) {
    findings.push({
      id: 'legacy-servers-missing',
      severity: 'warning',
      path: 'exchange.legacy.servers',
      message: `The plan lists no ${otherLabel} Client Access servers, so the runbook cannot write their commands (certificate, URLs, Autodiscover SCP${support.proxiesOutlookAnywhere ? ', Outlook Anywhere' : ''}) or their DNS records.`,
      fix: `Add the ${otherLabel} Client Access servers (name and internal IP) under the older version's servers.`,
      source: support.source,
    });
  }
  return findings;
};

const mapiOverHttp: Rule = ({ plan, profile }) =>
  profile.mapiHttp === 'off-by-default' ||
  (profile.mapiHttp === 'on-by-default' && plan.exchange.coexistWith === '2013')
    ? [
        {
          id: 'mapi-http-off',
          severity: 'info',
          message:
            'MAPI over HTTP is off by default in an organisation that contains Exchange 2013; until it is turned on, Outlook keeps using Outlook Anywhere (RPC over HTTP). Check the setting with Get-OrganizationConfig | Format-List MapiHttpEnabled.',
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

const addresses: Rule = ({ plan, legacyNamespace }) => {
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
  if (legacyNamespace)
    publicAddress(
      plan.exchange.legacy.publicIp,
      'exchange.legacy.publicIp',
      `the legacy name ${plan.exchange.legacy.namespace}`,
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

/** Names the plan resolves inside, whatever the record type. */
function internalNames({ plan, legacyNamespace }: ExchangeBasis): string[] {
  return [
    ...new Set([
      ...clientNamespaces(plan),
      autodiscoverHost(plan.domains.primary),
      ...(legacyNamespace ? [plan.exchange.legacy.namespace] : []),
    ]),
  ];
}

const dnsModel: Rule = (basis) => {
  const { plan, sbs } = basis;
  if (sbs || plan.exchange.internalDns !== 'split-brain') return [];
  const outside = internalNames(basis).filter((name) => !isWithin(name, plan.domains.internal));
  if (outside.length === 0) return [];
  if (plan.exchange.pinPointOutsideAd) {
    return [
      {
        id: 'pin-point-outside-ad',
        severity: 'info',
        path: 'exchange.internalDns',
        message: `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside the Active Directory domain ${plan.domains.internal}, so ${outside.length === 1 ? 'it gets a pin-point zone' : 'they get pin-point zones'}: an internal copy of the public zone would answer every lookup in it inside, and www or any other public name missing from the copy would stop resolving.`,
        fix: 'Nothing to do. To copy the whole public zone instead, turn pinPointOutsideAd off; the runbook then exports the public records before it creates the internal zone.',
        source: 'P365-Pinpoint',
      },
    ];
  }
  const zones = [
    ...new Set(
      outside
        .filter((name) => internalModel(plan, name) === 'split-brain')
        .map((name) => name.slice(name.indexOf('.') + 1)),
    ),
  ];
  return [
    {
      id: 'split-brain-copy-records',
      severity: 'warning',
      path: 'exchange.internalDns',
      message: `Split-brain DNS creates an internal ${zones.join(', ')} zone that answers every lookup in it inside: each public record (www, the MX and the like) must be in it from the moment it exists, or it stops resolving inside.`,
      fix: 'The runbook exports the public zone and creates the internal one from that copy; check the copy before the cutover, or choose pin-point zones.',
      source: 'P365-Pinpoint',
    },
  ];
};

const enterpriseCa: Rule = ({ plan }) => {
  if (plan.certificate.authority !== 'enterprise') return [];
  const findings: Finding[] = [
    {
      id: 'enterprise-ca-external-clients',
      severity: 'warning',
      path: 'certificate.authority',
      message:
        'Devices outside the domain (phones, home computers) do not trust an enterprise CA, so ActiveSync and Outlook from the internet will warn or fail.',
      fix: 'Use a public CA for the client access certificate, or install your root certificate on every such device.',
      source: 'EX-Certs',
    },
  ];
  if (plan.exchange.services.edge) {
    findings.push({
      id: 'edge-enterprise-ca',
      severity: 'warning',
      path: 'certificate.authority',
      message: `The Edge certificate for ${plan.exchange.edge.fqdn} would come from your enterprise CA, which internet mail servers do not trust: STARTTLS still encrypts, but every sender that checks the certificate (domain security, partner TLS, hybrid mail flow with Microsoft 365) fails.`,
      fix: 'Get the Edge certificate from a public CA.',
      source: 'EXH-Cert',
    });
  }
  return findings;
};

/** Autodiscover through SRV records works, with caveats the reader should weigh. */
const srvCaveats: Rule = ({ plan, sbs }) =>
  sbs || (plan.exchange.autodiscover === 'srv' && plan.domains.additional.length > 0)
    ? [
        {
          id: 'autodiscover-srv-caveats',
          severity: 'info',
          path: 'exchange.autodiscover',
          message: `Autodiscover through SRV records: Outlook asks the user before it follows the redirect to ${plan.exchange.namespace} (it offers to remember the answer), Outlook 2007 needs SP1 for it, and some mobile devices and mail apps never look up SRV records.`,
          fix: 'If those clients matter, put autodiscover.<domain> on the certificate instead (Autodiscover for additional domains: a name on the certificate).',
          source: 'KB940881',
        },
      ]
    : [];

/** Site resilience: what the version's namespace model needs (NS2016). */
const siteResilience: Rule = ({ plan, profile, product }) => {
  const findings: Finding[] = [];
  const { sites } = plan.exchange;
  const { unbound, owaFailback, clientAccessArray } = profile.siteResilience;
  if (!unbound && sites.length > 1) {
    sites.forEach((site, index) => {
      if (index === 0 || site.namespace !== null) return;
      findings.push({
        id: 'namespace-per-datacenter',
        severity: 'warning',
        path: `exchange.sites[${index}].namespace`,
        message: `${product.label} needs a namespace per datacenter: clients of ${site.name} cannot share ${plan.exchange.namespace} with another site (one namespace for both datacenters, the unbound model, needs Exchange 2013 or later).`,
        fix: `Give ${site.name} its own namespace (for example mail2.${plan.domains.primary}) and, for Outlook Web App, a failback name.`,
        source: 'NS2016',
      });
    });
  }
  sites.forEach((site, index) => {
    if (site.failbackNamespace !== null && !owaFailback) {
      findings.push({
        id: 'failback-not-used',
        severity: 'info',
        path: `exchange.sites[${index}].failbackNamespace`,
        message: `Failback names belong to the Exchange 2010 design; ${product.label} does not use them, so ${site.failbackNamespace} is left off the certificate and DNS.`,
        fix: 'Remove the failback name from the plan.',
        source: 'NS2016',
      });
    }
    if (site.clientAccessArray !== null && !clientAccessArray) {
      findings.push({
        id: 'cas-array-not-used',
        severity: 'info',
        path: `exchange.sites[${index}].clientAccessArray`,
        message: `${product.label} has no RPC Client Access array: Outlook connects over HTTPS to the namespace, so ${site.clientAccessArray} gets no record and no command.`,
        fix: 'Remove the array name from the plan (keep its record until the last Exchange 2010 server is gone).',
        source: 'NS2016',
      });
    }
    if (!clientAccessArray) return;
    if (site.clientAccessArray === null && site.servers.length > 1) {
      findings.push({
        id: 'cas-array-missing',
        severity: 'info',
        path: `exchange.sites[${index}].clientAccessArray`,
        message: `Outlook inside reaches ${product.label} mailboxes over RPC through a Client Access server; with ${site.servers.length} servers in ${site.name}, an RPC Client Access array (an internal name on the load balancer) keeps Outlook working when one is down.`,
        fix: `Enter an array name for ${site.name} (for example outlook.${plan.domains.internal}); it stays off the certificate.`,
        source: 'PS-CAA',
      });
    }
    const clash =
      site.clientAccessArray !== null &&
      [...clientNamespaces(plan), autodiscoverHost(plan.domains.primary)].includes(
        site.clientAccessArray,
      );
    if (clash) {
      findings.push({
        id: 'cas-array-is-namespace',
        // Warning, not error: the names can be made to work (an internal-only record), but the
        // array is reached over RPC only (NS2016), so sharing the HTTPS name invites the slow
        // fallback described in the message. Derived from NS2016 and PS-CAA.
        severity: 'warning',
        path: `exchange.sites[${index}].clientAccessArray`,
        message: `${site.clientAccessArray} is both the RPC Client Access array and an HTTPS name. The array is reached over RPC only, so inside the name must lead to the array's load balancer; outside it leads to the published HTTPS address, where Outlook's RPC attempt has to time out before it falls back to Outlook Anywhere.`,
        fix: `Give the array a name of its own (for example outlook.${plan.domains.internal}).`,
        source: 'NS2016',
      });
    }
  });
  return findings;
};

/** Windows SBS 2008 (Exchange 2007): what its wizards decide. */
const smallBusinessServer: Rule = ({ plan, profile, product, sbs }) => {
  if (!plan.exchange.sbs) return [];
  if (!profile.smallBusinessServer) {
    return [
      {
        id: 'sbs-not-available',
        severity: 'error',
        path: 'exchange.sbs',
        message: `Windows SBS 2008 comes with Exchange 2007; ${product.label} never ran on it, so the SBS option does not apply.`,
        fix: 'Turn the SBS option off, or use the Exchange 2007 guide.',
        source: 'SBS-IAMW',
      },
    ];
  }
  const findings: Finding[] = [];
  if (sbs && !plan.exchange.namespace.startsWith('remote.')) {
    findings.push({
      id: 'sbs-namespace',
      severity: 'info',
      path: 'exchange.namespace',
      message: `The SBS Internet Address Management Wizard publishes the server as remote.${plan.domains.primary} (A, MX and SRV records, and an internal zone of that name); the plan's namespace is ${plan.exchange.namespace}.`,
      fix: `Enter the name the wizard set as the namespace (remote.${plan.domains.primary} unless you changed it), so the certificate and the runbook match it.`,
      source: 'SBS-IAMW',
    });
  }
  if (exchangeServers(plan).length > 1 || plan.exchange.services.edge) {
    findings.push({
      id: 'sbs-single-server',
      severity: 'warning',
      path: 'exchange.sites',
      message:
        'Windows SBS 2008 runs Exchange 2007 on the SBS server itself, with every role on it; the plan lists more Exchange servers (or Edge servers) than that.',
      fix: 'List the SBS server only, or turn the SBS option off if these servers run a full Exchange 2007 organisation.',
      source: 'SBS-IAMW',
    });
  }
  return findings;
};

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

/**
 * Versions that can sit between `older` and the new version: they run next to `older`, and the
 * new version runs next to them (2007 → 2010 or 2013 → 2016).
 */
function intermediates(older: string, newerSupports: readonly string[]): string[] {
  return newerSupports.filter((version) =>
    EXCHANGE_PROFILES[`exchange-${version}` as ExchangeProductId]?.coexistence.some(
      (entry) => entry.with === older,
    ),
  );
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
  srvCaveats,
  siteResilience,
  smallBusinessServer,
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

/**
 * Which certificates an Exchange plan needs, and every name on them with the reason it is there.
 * Sources: reference/exchange.md §1.2–§1.3 (names to include and to leave off), §2.3–§2.7.
 */
import { NameList } from '../common/name-list.ts';
import { subjectName } from '../common/subject.ts';
import { parentOf, wildcardCovers } from '../names/hostname.ts';
import type { Plan } from '../plan/plan.ts';
import type { PlannedCertificate, Reason, SubjectAltName } from '../derived.ts';
import type { ExchangeBasis } from './basis.ts';
import { autodiscoverHost, exchangeServers, serverFqdn, siteNamespace } from './topology.ts';

/** The services Enable-ExchangeCertificate assigns a certificate to (PS-Enable). */
export type ExchangeService = 'IIS' | 'SMTP' | 'POP' | 'IMAP' | 'UM' | 'UMCallRouter';

export const CLIENT_CERTIFICATE_ID = 'exchange-client-access';
export const EDGE_CERTIFICATE_ID = 'exchange-edge';
export const AUTH_CERTIFICATE_ID = 'exchange-auth';
export const umCertificateId = (server: string): string => `exchange-um-${server.toLowerCase()}`;

export function exchangeCertificates(basis: ExchangeBasis): PlannedCertificate[] {
  const { plan, profile } = basis;
  const certificates = [clientAccessCertificate(basis)];
  if (plan.exchange.services.edge) certificates.push(edgeCertificate(plan));
  if (plan.exchange.services.um && profile.unifiedMessaging)
    certificates.push(...umCertificates(plan, profile.unifiedMessaging.callRouter));
  if (profile.authCertificate) certificates.push(authCertificate());
  return certificates;
}

/** What answers on the namespace, in this version's words (no ECP in 2007, no MAPI before 2013). */
function namespaceProtocols({ plan, profile }: ExchangeBasis): string[] {
  const { services } = plan.exchange;
  const protocols = profile.virtualDirectories.map((directory) => directory.label);
  protocols.push(
    profile.outlookAnywhere.kind === 'enable'
      ? 'Outlook Anywhere (RPC over HTTP)'
      : 'Outlook Anywhere',
  );
  if (services.um && profile.unifiedMessaging?.webServiceDirectory)
    protocols.push('the Unified Messaging web services');
  if (services.pop || services.imap) protocols.push('POP3/IMAP4');
  if (!services.edge) protocols.push('SMTP with STARTTLS from the internet');
  return protocols;
}

/** The names clients use, before any wildcard folding. */
function requiredClientNames(basis: ExchangeBasis): SubjectAltName[] {
  const { plan, profile, legacyNamespace, older, sbs } = basis;
  const names = new NameList();
  const certSource = profile.sources.certificates;
  const { exchange } = plan;
  names.add(exchange.namespace, {
    rule: 'exchange.san.namespace',
    text: `The shared client namespace: ${namespaceProtocols(basis).join(', ')} answer on this name, inside and outside. Every HTTPS service shares one web site, so they need one certificate that carries it.`,
    source: certSource,
  });
  if (sbs) {
    names.add(exchange.namespace, {
      rule: 'exchange.san.sbs',
      text: 'Windows SBS 2008: the Internet Address Management Wizard publishes the server as remote.<your domain> and points Autodiscover at it with an SRV record, so this one name is all the certificate needs.',
      source: 'SBS-IAMW',
    });
  }
  for (const site of exchange.sites) {
    if (site.namespace !== null) {
      names.add(siteNamespace(plan, site), {
        rule: 'exchange.san.site-namespace',
        text: profile.siteResilience.unbound
          ? `Bound model: clients of the ${site.name} site connect to its own namespace, so it must be on the certificate shared by every site.`
          : `Site resilience: the ${site.name} datacenter has its own namespace, which clients use there and after a datacenter switchover.`,
        source: 'NS2016',
      });
    }
    if (site.failbackNamespace !== null && profile.siteResilience.owaFailback) {
      names.add(site.failbackNamespace, {
        rule: 'exchange.san.failback',
        text: `Site resilience: after a datacenter switchover, Outlook Web App sends users of ${site.name} back to this failback name, so it needs the certificate too.`,
        source: 'NS2016',
      });
    }
  }
  if (!sbs) {
    names.add(autodiscoverHost(plan.domains.primary), {
      rule: 'exchange.san.autodiscover',
      text: `Outlook and mobile clients look up https://autodiscover.${plan.domains.primary}/autodiscover/autodiscover.xml to find their settings; the name is also the Autodiscover URL published to domain-joined clients in this runbook.`,
      source: 'EX-AD',
    });
  }
  if (exchange.autodiscover === 'host' && !sbs) {
    for (const domain of plan.domains.additional) {
      names.add(autodiscoverHost(domain), {
        rule: 'exchange.san.autodiscover-domain',
        text: `Users with ${domain} addresses look up Autodiscover at this name. (Choosing SRV records for additional domains instead keeps it off the certificate.)`,
        source: 'EX-AD',
      });
    }
  }
  if (legacyNamespace && older?.support.legacyNamespace) {
    names.add(exchange.legacy.namespace, {
      rule: 'exchange.san.legacy',
      text: `Exchange 2007 coexistence: the Exchange 2007 Client Access servers answer on this legacy name (Outlook Web Access redirects, Exchange Web Services, the offline address book) while ${basis.product.label} takes over ${exchange.namespace}; both sides carry this same certificate.`,
      source: older.support.legacyNamespace.source,
    });
  }
  for (const name of plan.exchange.certificate.additionalNames) {
    names.add(name, {
      rule: 'exchange.san.requested',
      text: 'Added because the plan asks for it. Only names clients use to reach Exchange belong on the certificate; see the findings if this one is flagged.',
      source: certSource,
    });
  }
  return names.toArray();
}

function clientAccessCertificate(basis: ExchangeBasis): PlannedCertificate {
  const { plan, profile } = basis;
  const required = requiredClientNames(basis);
  const services: ExchangeService[] = ['IIS', 'SMTP'];
  // A wildcard certificate is never enabled for POP or IMAP; -X509CertificateName picks it instead (PS-Enable).
  if (!plan.exchange.certificate.wildcard) {
    if (plan.exchange.services.pop) services.push('POP');
    if (plan.exchange.services.imap) services.push('IMAP');
  }
  const base = {
    id: CLIENT_CERTIFICATE_ID,
    role: 'client-access',
    purpose: 'Client access: HTTPS for every Exchange web service, SMTP TLS, POP3/IMAP4',
    usages: services,
    extendedKeyUsage: ['serverAuth' as const],
    authority: plan.certificate.authority,
    exportable: true,
    servers: [...exchangeServers(plan).map((server) => server.name), ...olderServerNames(basis)],
    keySize: plan.certificate.keySize,
    replace: true,
  };
  const notes = clientNotes(basis);
  if (!plan.exchange.certificate.wildcard) {
    const commonName = plan.exchange.namespace;
    return {
      ...base,
      subject: subjectName(plan.organization, commonName),
      commonName,
      sans: required,
      wildcard: false,
      notes,
    };
  }
  const wildcardBase = parentOf(plan.exchange.namespace);
  const commonName = `*.${wildcardBase}`;
  const covered = required.filter((san) => wildcardCovers(wildcardBase, san.name));
  const uncovered = required.filter((san) => !wildcardCovers(wildcardBase, san.name));
  const wildcardSan: SubjectAltName = {
    name: commonName,
    reasons: [
      {
        rule: 'exchange.san.wildcard',
        text: `Covers every name one label below ${wildcardBase}: ${covered.map((san) => san.name).join(', ')}. A wildcard never matches deeper names or other domains, so those are listed separately.`,
        source: 'EX-Certs',
      },
      ...covered.flatMap((san) =>
        san.reasons.map((reason) => ({ ...reason, text: `${san.name}: ${reason.text}` })),
      ),
    ],
  };
  const wildcardNotes = profile.certPrincipalName
    ? [
        {
          rule: 'exchange.wildcard.principal-name',
          text: `Outlook Anywhere clients of this era compare the certificate with the principal name msstd:${commonName}; the runbook sets it with Set-OutlookProvider EXPR. Windows Mobile 5 and older devices do not accept wildcard certificates.`,
          source: 'E07-CPN' as const,
        },
      ]
    : [];
  return {
    ...base,
    subject: subjectName(plan.organization, commonName),
    commonName,
    sans: [wildcardSan, ...uncovered],
    wildcard: true,
    notes: [...notes, ...wildcardNotes],
  };
}

/** What the certificate must never carry in this plan, and the default it must not replace. */
function clientNotes({ plan, profile, sbs }: ExchangeBasis): Reason[] {
  const notes: Reason[] = [
    {
      rule: 'exchange.client.no-server-names',
      text: `No server names and no ${plan.domains.internal} names: public CAs have refused internal names since 1 November 2015, so internal URLs and the Autodiscover SCP use the namespace instead, resolved inside by split-brain or pin-point DNS.`,
      source: 'BR',
    },
    {
      rule: 'exchange.client.keep-default-smtp',
      text: `Enabled for SMTP without replacing the self-signed default certificate, which keeps securing mail between Exchange servers (valid ${profile.selfSignedYears === 1 ? 'one year' : `${profile.selfSignedYears} years`}).`,
      source: 'PS-Enable',
    },
  ];
  for (const site of plan.exchange.sites) {
    if (site.clientAccessArray !== null && profile.siteResilience.clientAccessArray) {
      notes.push({
        rule: 'exchange.client.cas-array-off',
        text: `${site.clientAccessArray} (the RPC Client Access array of ${site.name}) stays off: Outlook reaches it over RPC, not HTTPS.`,
        source: 'NS2016',
      });
    }
  }
  if (sbs) {
    notes.push({
      rule: 'exchange.client.sbs-off',
      text: "Windows SBS 2008: leave off the server's internal names (its .local FQDN, companyweb) and anything else the wizards did not publish.",
      source: 'SBS-IAMW',
    });
  }
  return notes;
}

/** The older version's Client Access servers get the same certificate during the migration. */
function olderServerNames({ plan, older }: ExchangeBasis): string[] {
  return older ? plan.exchange.legacy.servers.map((server) => server.name) : [];
}

function edgeCertificate(plan: Plan): PlannedCertificate {
  const fqdn = plan.exchange.edge.fqdn;
  return {
    id: EDGE_CERTIFICATE_ID,
    role: 'edge-transport',
    purpose: 'Edge Transport: SMTP TLS for mail from and to the internet',
    subject: subjectName(plan.organization, fqdn),
    commonName: fqdn,
    sans: [
      {
        name: fqdn,
        reasons: [
          {
            rule: 'exchange.san.edge',
            text: `The MX records point to ${fqdn} and the Edge announces it in EHLO; a TLS certificate must carry the name the Receive connector advertises.`,
            source: 'EX-RC',
          },
        ],
      },
    ],
    usages: ['SMTP'],
    extendedKeyUsage: ['serverAuth'],
    authority: plan.certificate.authority,
    exportable: true,
    servers: plan.exchange.edge.servers.map((server) => server.name),
    keySize: plan.certificate.keySize,
    wildcard: false,
    replace: true,
    notes: [
      {
        rule: 'exchange.edge.edgesync',
        text: "EdgeSync keeps using the Edge server's own self-signed certificate; this one only secures internet SMTP.",
        source: 'EX-Edge',
      },
    ],
  };
}

/** UM presents the server's own FQDN and ignores SAN entries, so each UM server has its own certificate. */
function umCertificates(plan: Plan, callRouter: boolean): PlannedCertificate[] {
  return exchangeServers(plan).map((server) => {
    const fqdn = serverFqdn(plan, server);
    return {
      id: umCertificateId(server.name),
      role: 'unified-messaging',
      purpose: `Unified Messaging${callRouter ? ' and UM Call Router' : ''} on ${server.name} (TLS to Lync/Skype for Business and IP gateways)`,
      subject: subjectName(plan.organization, fqdn),
      commonName: fqdn,
      sans: [
        {
          name: fqdn,
          reasons: [
            {
              rule: 'exchange.san.um',
              text: `UM identifies itself with the server FQDN ${fqdn}; Lync/Skype for Business and gateways match the subject, not SAN entries or wildcards.`,
              source: 'EX13-UM',
            },
          ],
        },
      ],
      usages: callRouter ? ['UM', 'UMCallRouter'] : ['UM'],
      extendedKeyUsage: ['serverAuth'],
      authority: 'enterprise',
      exportable: true,
      servers: [server.name],
      keySize: plan.certificate.keySize,
      wildcard: false,
      replace: true,
      notes: [
        {
          rule: 'exchange.um.trusted-ca',
          text: 'Issue it from a CA that both Exchange and Lync/Skype for Business trust, usually your enterprise CA; the UM self-signed certificate only works with gateways and IP-PBXs.',
          source: 'EX13-UM',
        },
      ],
    };
  });
}

function authCertificate(): PlannedCertificate {
  return {
    id: AUTH_CERTIFICATE_ID,
    role: 'auth',
    purpose: 'OAuth between Exchange servers, SharePoint, Lync/Skype for Business and hybrid',
    subject: 'CN=Microsoft Exchange Server Auth Certificate',
    commonName: 'Microsoft Exchange Server Auth Certificate',
    sans: [],
    usages: ['SMTP'],
    extendedKeyUsage: ['serverAuth'],
    authority: 'self-signed',
    exportable: true,
    servers: [],
    keySize: 2048,
    wildcard: false,
    replace: false,
    notes: [
      {
        rule: 'exchange.auth.keep',
        text: 'Created by Setup, self-signed, valid five years. Never replace it with the client access certificate; only check when it expires and renew it with Set-AuthConfig when due.',
        source: 'EX-Certs',
      },
      {
        rule: 'exchange.auth.expired',
        text: 'An expired Auth certificate breaks sign-in to Outlook on the web and the EAC (redirect loop, event 1003).',
        source: 'OAuth-KB',
      },
    ],
  };
}

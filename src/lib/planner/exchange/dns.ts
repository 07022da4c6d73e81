/**
 * DNS records an Exchange plan needs, public and internal. Sources: reference/exchange.md §2.1–2.7
 * (EX-Post's record table, EX-AD for Autodiscover, NS2016 for site resilience, SBS-IAMW for Windows
 * SBS 2008, P365/Petri for pin-point zones, EX-SenderRep for reverse DNS).
 *
 * A record whose address the plan does not hold gets `value: null` and says what is missing;
 * nothing here invents an address.
 */
import { reverseName } from '../names/ipv4.ts';
import type { Plan } from '../plan/plan.ts';
import type { Server, Site } from '../plan/sections/exchange.ts';
import type { ExchangeBasis } from './basis.ts';
import type { DnsRecord, DnsView, Reason } from '../derived.ts';
import {
  autodiscoverHost,
  inboundSmtpHost,
  internalModel,
  siteNamespace,
  smtpDomains,
  zoneOf,
} from './topology.ts';

export const DEFAULT_TTL = 3600;
export const MX_PREFERENCE = 10;

interface Target {
  ip: string | null;
  /** Says what is missing when `ip` is null. */
  missing: string;
}

export function exchangeDnsRecords(basis: ExchangeBasis): DnsRecord[] {
  return [...externalRecords(basis), ...internalRecords(basis)];
}

// ---------------------------------------------------------------- external

function externalRecords(basis: ExchangeBasis): DnsRecord[] {
  const { plan, legacyNamespace, sbs } = basis;
  const { exchange } = plan;
  const records: DnsRecord[] = [];
  const external = (name: string) => ({
    view: 'external' as const,
    zone: zoneOf(plan, name),
    name,
    ttl: DEFAULT_TTL,
  });

  for (const [namespace, sites] of sitesByNamespace(plan)) {
    for (const target of sites.map(publicTarget)) {
      records.push(
        addressRecord(external(namespace), target, {
          rule: 'exchange.dns.external.namespace',
          text:
            namespace === exchange.namespace
              ? 'Clients on the internet reach every Exchange web service and Outlook Anywhere at this name.'
              : "This site's own namespace points at the site's published address.",
          source: namespace === exchange.namespace ? 'EX-Post' : 'NS2016',
        }),
      );
    }
  }
  for (const site of failbackSites(basis)) {
    records.push(
      addressRecord(external(site.failbackNamespace), publicTarget(site), {
        rule: 'exchange.dns.external.failback',
        text: `The Outlook Web App failback name of ${site.name} points at that datacenter's published address.`,
        source: 'NS2016',
      }),
    );
  }
  const autodiscoverDomains = sbs ? smtpDomains(plan) : plan.domains.additional;
  if (!sbs) {
    records.push({
      ...external(autodiscoverHost(plan.domains.primary)),
      type: 'CNAME',
      value: exchange.namespace,
      reason: {
        rule: 'exchange.dns.external.autodiscover',
        text: 'Outlook and mobile clients find their settings through Autodiscover; the alias keeps one address to maintain.',
        source: 'EX-Post',
      },
    });
  }
  for (const domain of autodiscoverDomains) {
    records.push(
      exchange.autodiscover === 'srv' || sbs
        ? {
            view: 'external',
            zone: zoneOf(plan, domain),
            name: `_autodiscover._tcp.${domain}`,
            ttl: DEFAULT_TTL,
            type: 'SRV',
            value: exchange.namespace,
            priority: 0,
            weight: 0,
            port: 443,
            reason: sbs
              ? {
                  rule: 'exchange.dns.external.sbs-srv',
                  text: `Windows SBS 2008: the Internet Address Management Wizard publishes Autodiscover for ${domain} as this SRV record pointing at ${exchange.namespace} on port 443 (Outlook 2007 SP1 and later follow it).`,
                  source: 'SBS-IAMW',
                }
              : {
                  rule: 'exchange.dns.external.autodiscover-srv',
                  text: `Users with ${domain} addresses find Autodiscover through this SRV record, which sends them to ${exchange.namespace} on port 443; no extra name on the certificate. Outlook asks the user once before it follows the redirect, and some mobile devices never look up SRV records.`,
                  source: 'EX-AD',
                },
          }
        : {
            ...external(autodiscoverHost(domain)),
            type: 'CNAME',
            value: exchange.namespace,
            reason: {
              rule: 'exchange.dns.external.autodiscover-domain',
              text: `Users with ${domain} addresses look up Autodiscover here; Microsoft recommends an Autodiscover record for every accepted domain.`,
              source: 'EX-AD',
            },
          },
    );
  }
  const mailHost = inboundSmtpHost(plan);
  for (const domain of smtpDomains(plan)) {
    records.push({
      view: 'external',
      zone: zoneOf(plan, domain),
      name: domain,
      ttl: DEFAULT_TTL,
      type: 'MX',
      value: mailHost,
      priority: MX_PREFERENCE,
      reason: {
        rule: 'exchange.dns.external.mx',
        text: `Internet mail for ${domain} is delivered to ${mailHost}${exchange.services.edge ? ' (the Edge Transport servers)' : ''}.`,
        source: sbs ? 'SBS-IAMW' : 'EX-Post',
      },
    });
  }
  records.push(...spfRecords(plan));
  if (exchange.services.edge) {
    records.push(
      addressRecord(
        external(exchange.edge.fqdn),
        {
          ip: exchange.edge.publicIp,
          missing: 'the public IP address of the Edge Transport servers',
        },
        {
          rule: 'exchange.dns.external.edge',
          text: "The MX target must resolve to the Edge Transport servers' public address.",
          source: 'EX-RC',
        },
      ),
    );
  }
  if (legacyNamespace) {
    records.push(
      addressRecord(
        external(exchange.legacy.namespace),
        {
          ip: exchange.legacy.publicIp,
          missing: 'the public IP address that publishes the Exchange 2007 servers',
        },
        {
          rule: 'exchange.dns.external.legacy',
          text: 'Exchange 2007 coexistence: internet clients of mailboxes still on 2007 are redirected to this name, which must reach the Exchange 2007 Client Access servers.',
          source: 'E13-Coex',
        },
      ),
    );
  }
  records.push(...reverseRecords(plan));
  return records;
}

/**
 * The public addresses mail leaves from, each with the name that resolves back to it: the Edge, or
 * each site with the namespace published on its address (a bound site's own, so forward and
 * reverse DNS agree for every address).
 */
export function sendingAddresses(plan: Plan): { ip: string; host: string }[] {
  const pairs = plan.exchange.services.edge
    ? [{ ip: plan.exchange.edge.publicIp, host: plan.exchange.edge.fqdn }]
    : plan.exchange.sites.map((site) => ({ ip: site.publicIp, host: siteNamespace(plan, site) }));
  const seen = new Set<string>();
  return pairs.filter((pair): pair is { ip: string; host: string } => {
    if (pair.ip === null || seen.has(pair.ip)) return false;
    seen.add(pair.ip);
    return true;
  });
}

/** PTR records for the addresses that send mail to the internet (kept at the ISP's reverse zone). */
function reverseRecords(plan: Plan): DnsRecord[] {
  return sendingAddresses(plan).map(({ ip, host }) => {
    const name = reverseName(ip);
    return {
      view: 'external',
      zone: name.slice(name.indexOf('.') + 1),
      name,
      ttl: DEFAULT_TTL,
      type: 'PTR',
      value: host,
      reason: {
        rule: 'exchange.dns.external.ptr',
        text: `Receiving servers check that ${ip} resolves back to a name that resolves to ${ip} again, and compare it with the name announced in EHLO; ask whoever owns the address (usually the ISP) to set it, and give the Send connector that leaves from it the FQDN ${host}.`,
        source: 'EX-SenderRep',
      },
    };
  });
}

/**
 * A suggested SPF record per SMTP domain, built from the sending addresses. Soft fail (~all) until
 * every other service that sends as the domain is listed; an existing SPF record is merged, never
 * joined by a second one (RFC 7208 §3.2: two records make the check fail).
 */
function spfRecords(plan: Plan): DnsRecord[] {
  const ips = sendingAddresses(plan).map((pair) => pair.ip);
  return smtpDomains(plan).map((domain) => ({
    view: 'external' as const,
    zone: zoneOf(plan, domain),
    name: domain,
    ttl: DEFAULT_TTL,
    type: 'TXT' as const,
    ...(ips.length > 0
      ? { value: `v=spf1 ${ips.map((ip) => `ip4:${ip}`).join(' ')} ~all` }
      : { value: null, missing: 'the public IP address mail is sent from' }),
    reason: {
      rule: 'exchange.dns.external.spf',
      text: `Suggested SPF record for ${domain}: it names the addresses this plan sends from. Add every other service that sends as ${domain} before tightening ~all to -all, and merge it into an existing SPF record rather than adding a second one.`,
      source: 'RFC7208',
    },
  }));
}

// ---------------------------------------------------------------- internal

function internalRecords(basis: ExchangeBasis): DnsRecord[] {
  const { plan, legacyNamespace, sbs } = basis;
  const { exchange } = plan;
  const pinPoint = (name: string) => sbs || internalModel(plan, name) === 'pin-point';
  const internal = (name: string) => ({
    view: 'internal' as const,
    zone: pinPoint(name) ? name : zoneOf(plan, name),
    name,
    ttl: DEFAULT_TTL,
  });
  const viewReason = (name: string) => {
    if (sbs)
      return 'Windows SBS 2008: the Internet Address Management Wizard creates this pin-point zone on the server.';
    if (!pinPoint(name))
      return `Split-brain zone: the internal copy of ${zoneOf(plan, name)} sends clients inside to the internal address.`;
    return exchange.internalDns === 'pin-point'
      ? 'Pin-point zone: a zone named after the host holds only this record, so the rest of the public domain still resolves through public DNS.'
      : `Pin-point zone, because ${name} is outside the Active Directory domain ${plan.domains.internal}: an internal copy of ${zoneOf(plan, name)} would answer for every name in it.`;
  };
  const sourceFor = (name: string) =>
    sbs ? 'SBS-IAMW' : pinPoint(name) ? 'Petri-Pinpoint' : 'EX-Post';
  const records: DnsRecord[] = [];
  const namespaceTargets = new Map<string, Target[]>();
  for (const [namespace, sites] of sitesByNamespace(plan)) {
    const targets = sites.flatMap(internalTargets);
    namespaceTargets.set(namespace, targets);
    for (const target of targets) {
      records.push(
        addressRecord(internal(namespace), target, {
          rule: 'exchange.dns.internal.namespace',
          text: `Internal and external URLs are the same name, so clients inside must resolve it to the internal address. ${viewReason(namespace)}`,
          source: sourceFor(namespace),
        }),
      );
    }
  }
  for (const site of failbackSites(basis)) {
    for (const target of internalTargets(site)) {
      records.push(
        addressRecord(internal(site.failbackNamespace), target, {
          rule: 'exchange.dns.internal.failback',
          text: `The failback name of ${site.name} resolves inside to that datacenter. ${viewReason(site.failbackNamespace)}`,
          source: 'NS2016',
        }),
      );
    }
  }
  if (!sbs) {
    const autodiscover = autodiscoverHost(plan.domains.primary);
    const autodiscoverReason: Reason = {
      rule: 'exchange.dns.internal.autodiscover',
      text: `Domain-joined Outlook finds Autodiscover through Active Directory (the SCP URL points at this name); devices that are not domain-joined look it up in DNS. ${viewReason(autodiscover)}`,
      source: 'EX-AD',
    };
    if (pinPoint(autodiscover)) {
      // A CNAME cannot sit at a zone apex, so the pin-point zone repeats the namespace's addresses.
      for (const target of namespaceTargets.get(exchange.namespace) ?? []) {
        records.push(addressRecord(internal(autodiscover), target, autodiscoverReason));
      }
    } else {
      records.push({
        ...internal(autodiscover),
        type: 'CNAME',
        value: exchange.namespace,
        reason: autodiscoverReason,
      });
    }
  }
  if (legacyNamespace) {
    const legacyTargets =
      exchange.legacy.servers.length > 0
        ? exchange.legacy.servers.map((server) =>
            serverTarget(server, 'Exchange 2007 Client Access server'),
          )
        : [
            {
              ip: null,
              missing: 'the internal IP address of the Exchange 2007 Client Access servers',
            },
          ];
    for (const target of legacyTargets) {
      records.push(
        addressRecord(internal(exchange.legacy.namespace), target, {
          rule: 'exchange.dns.internal.legacy',
          text: `Exchange 2007 coexistence: clients inside reach mailboxes still on 2007 through the legacy name. ${viewReason(exchange.legacy.namespace)}`,
          source: 'E13-Coex',
        }),
      );
    }
  }
  for (const site of exchange.sites) {
    if (site.clientAccessArray === null || !basis.profile.siteResilience.clientAccessArray)
      continue;
    for (const target of internalTargets(site)) {
      records.push(
        addressRecord(internal(site.clientAccessArray), target, {
          rule: 'exchange.dns.internal.cas-array',
          text: `The RPC Client Access array of ${site.name}: Outlook inside connects to it over RPC, so it resolves inside only (a load-balancer address for the array), never in public DNS. ${viewReason(site.clientAccessArray)}`,
          source: 'PS-CAA',
        }),
      );
    }
  }
  return records;
}

// ---------------------------------------------------------------- helpers

/** Sites grouped by the namespace they answer on, in plan order (the shared namespace first). */
function sitesByNamespace(plan: Plan): Map<string, Site[]> {
  const groups = new Map<string, Site[]>([[plan.exchange.namespace, []]]);
  for (const site of plan.exchange.sites) {
    const namespace = siteNamespace(plan, site);
    groups.set(namespace, [...(groups.get(namespace) ?? []), site]);
  }
  // Every site has its own namespace: the shared one still has to resolve, so it follows the first site.
  const firstSite = plan.exchange.sites[0];
  if (groups.get(plan.exchange.namespace)?.length === 0 && firstSite)
    groups.set(plan.exchange.namespace, [firstSite]);
  return groups;
}

/** Sites with an OWA failback name, where the version uses them (2010: NS2016). */
function failbackSites({ plan, profile }: ExchangeBasis): (Site & { failbackNamespace: string })[] {
  if (!profile.siteResilience.owaFailback) return [];
  return plan.exchange.sites.filter(
    (site): site is Site & { failbackNamespace: string } => site.failbackNamespace !== null,
  );
}

function publicTarget(site: Site): Target {
  return { ip: site.publicIp, missing: `the public IP address of site ${site.name}` };
}

/** A load-balancer address when the site has one; otherwise every server (DNS round robin). */
function internalTargets(site: Site): Target[] {
  if (site.internalVip) return [{ ip: site.internalVip, missing: '' }];
  return site.servers.map((server) => serverTarget(server, `server in site ${site.name}`));
}

function serverTarget(server: Server, role: string): Target {
  return { ip: server.ip, missing: `the internal IP address of ${server.name} (${role})` };
}

function addressRecord(
  base: { view: DnsView; zone: string; name: string; ttl: number },
  target: Target,
  reason: Reason,
): DnsRecord {
  if (target.ip !== null) return { ...base, type: 'A', value: target.ip, reason };
  return { ...base, type: 'A', value: null, missing: target.missing, reason };
}

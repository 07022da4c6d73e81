/**
 * DNS records an Exchange plan needs, public and internal. Sources: reference/exchange.md §2.3–2.7
 * (EX-Post's record table, EX-AD for Autodiscover, P365/Petri for pin-point zones).
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

function externalRecords({ plan, legacyNamespace }: ExchangeBasis): DnsRecord[] {
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
              ? 'Clients on the internet reach Outlook on the web, ActiveSync, EWS, the OAB, Outlook Anywhere and MAPI over HTTP at this name.'
              : "Bound model: this site's own namespace points at the site's published address.",
          source: namespace === exchange.namespace ? 'EX-Post' : 'NS2016',
        }),
      );
    }
  }
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
  for (const domain of plan.domains.additional) {
    records.push(
      exchange.autodiscover === 'srv'
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
            reason: {
              rule: 'exchange.dns.external.autodiscover-srv',
              text: `Users with ${domain} addresses find Autodiscover through this SRV record, which sends them to ${exchange.namespace} on port 443; no extra name on the certificate.`,
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
        source: 'EX-Post',
      },
    });
  }
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
          text: 'Exchange 2007 coexistence: internet clients of mailboxes still on 2007 are sent to this name.',
          source: 'Wiki-0713',
        },
      ),
    );
  }
  records.push(...reverseRecords(plan, mailHost));
  return records;
}

/** PTR records for the addresses that send mail to the internet (kept at the ISP's reverse zone). */
function reverseRecords(plan: Plan, mailHost: string): DnsRecord[] {
  const ips = plan.exchange.services.edge
    ? [plan.exchange.edge.publicIp]
    : plan.exchange.sites.map((site) => site.publicIp);
  return [...new Set(ips.filter((ip): ip is string => ip !== null))].map((ip) => {
    const name = reverseName(ip);
    return {
      view: 'external',
      zone: name.slice(name.indexOf('.') + 1),
      name,
      ttl: DEFAULT_TTL,
      type: 'PTR',
      value: mailHost,
      reason: {
        rule: 'exchange.dns.external.ptr',
        text: `Receiving servers check that ${ip} resolves back to the name announced in EHLO; ask whoever owns the address (usually the ISP) to set it, and give the internet Send connector the FQDN ${mailHost}.`,
        source: 'EX-SenderRep',
      },
    };
  });
}

// ---------------------------------------------------------------- internal

function internalRecords({ plan, legacyNamespace }: ExchangeBasis): DnsRecord[] {
  const { exchange } = plan;
  const pinPoint = exchange.internalDns === 'pin-point';
  const internal = (name: string) => ({
    view: 'internal' as const,
    zone: pinPoint ? name : zoneOf(plan, name),
    name,
    ttl: DEFAULT_TTL,
  });
  const viewReason = pinPoint
    ? 'Pin-point zone: a zone named after the host holds only this record, so the rest of the public domain still resolves through public DNS.'
    : 'Split-brain zone: the internal copy of the public zone sends clients inside to the internal address.';
  const records: DnsRecord[] = [];
  const namespaceTargets = new Map<string, Target[]>();
  for (const [namespace, sites] of sitesByNamespace(plan)) {
    const targets = sites.flatMap(internalTargets);
    namespaceTargets.set(namespace, targets);
    for (const target of targets) {
      records.push(
        addressRecord(internal(namespace), target, {
          rule: 'exchange.dns.internal.namespace',
          text: `Internal and external URLs are the same name, so clients inside must resolve it to the internal address. ${viewReason}`,
          source: pinPoint ? 'Petri-Pinpoint' : 'EX-Post',
        }),
      );
    }
  }
  const autodiscover = autodiscoverHost(plan.domains.primary);
  const autodiscoverReason: Reason = {
    rule: 'exchange.dns.internal.autodiscover',
    text: 'Domain-joined Outlook finds Autodiscover through Active Directory (the SCP URL points at this name); devices that are not domain-joined look it up in DNS.',
    source: 'EX-AD',
  };
  if (pinPoint) {
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
          text: 'Exchange 2007 coexistence: clients inside reach mailboxes still on 2007 through the legacy name.',
          source: 'Wiki-0713',
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

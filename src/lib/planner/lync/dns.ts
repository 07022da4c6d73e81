/**
 * DNS records a Lync / Skype for Business plan needs, public and internal. Sources: L10-DNSSE,
 * L10-RA1DNS, L13-DNSREQ, L13-DNSFE, L13-AUTOSIGNIN, L13-DNSEDGE1, L13-DNSFED, L13-DNSMOB, L13-DNSAD,
 * L13-DNSSURL, SFB-DNS, SFB-EDGE-ENV, OCS-DNSSRV, OCS-POOLDNS, OCS-CLIENTDNS.
 *
 * Every SRV record points to a host in its own domain (strict domain matching): the pool or the
 * Access Edge when its FQDN is in that SIP domain, sip.<domain> otherwise. lyncdiscover records are
 * A records, never a CNAME into another domain, which mobile clients refuse over HTTPS (L13-DNSAD).
 * An address the plan does not hold gives `value: null` and says what is missing.
 */
import type { DnsRecord, DnsView, Reason } from '../derived.ts';
import type { LyncBasis } from './basis.ts';
import { signInPool } from './basis.ts';
import type { LyncProfile } from './profiles/index.ts';
import {
  meetHost,
  sipAddresses,
  sipHost,
  srvTarget,
  webAddresses,
  zoneOf,
  type LyncServer,
  type PoolView,
} from './topology.ts';

export const DEFAULT_TTL = 3600;

interface Target {
  ip: string | null;
  missing: string;
}

type Add = (name: string, targets: readonly Target[], reason: Reason) => void;
type AddSrv = (name: string, domain: string, port: number, target: string, reason: Reason) => void;

export function lyncDnsRecords(basis: LyncBasis): DnsRecord[] {
  return [...externalRecords(basis), ...internalRecords(basis)];
}

/** A record list that writes each (name, type, value) once, in order. */
function recorder(basis: LyncBasis, view: DnsView) {
  const records: DnsRecord[] = [];
  const seen = new Set<string>();
  const push = (record: DnsRecord) => {
    const key = `${record.name}|${record.type}|${record.value ?? record.missing}`;
    if (seen.has(key)) return;
    seen.add(key);
    records.push(record);
  };
  const base = (name: string, zone = zoneOf(basis.plan, name)) => ({
    view,
    zone,
    name,
    ttl: DEFAULT_TTL,
  });
  const add: Add = (name, targets, reason) => {
    for (const target of targets) {
      push(
        target.ip === null
          ? { ...base(name), type: 'A', value: null, missing: target.missing, reason }
          : { ...base(name), type: 'A', value: target.ip, reason },
      );
    }
  };
  const srv: AddSrv = (name, domain, port, target, reason) =>
    push({
      ...base(name, zoneOf(basis.plan, domain)),
      type: 'SRV',
      value: target,
      priority: 0,
      weight: 0,
      port,
      reason,
    });
  return { records, add, srv };
}

const serverTargets = (servers: readonly LyncServer[], role: string): Target[] =>
  servers.map((server) => ({
    ip: server.ip,
    missing: `the internal IP address of ${server.name} (${role})`,
  }));

// ---------------------------------------------------------------- external

function externalRecords(basis: LyncBasis): DnsRecord[] {
  const { plan, profile, services } = basis;
  if (!plan.lync.edge.enabled) return [];
  const { records, add, srv } = recorder(basis, 'external');
  const source = profile.sources.edgeDns;
  const target = (service: { ip: string | null; ipPath: string }, what: string): Target[] => [
    { ip: service.ip, missing: `the public IP address of the ${what} (${service.ipPath})` },
  ];
  const access = target(services.access, 'Access Edge');
  add(services.access.fqdn, access, {
    rule: 'lync.dns.external.access',
    text: services.shared
      ? `The Edge's one public name: Access Edge on ${services.access.port}, Web Conferencing on ${services.webConferencing.port}${services.av.fqdn === services.access.fqdn ? `, A/V on ${services.av.port}` : ''}.`
      : 'The Access Edge: remote clients sign in and federated servers connect here.',
    source,
  });
  for (const domain of plan.lync.sipDomains) {
    add(sipHost(domain), access, {
      rule: 'lync.dns.external.sip',
      text: `sip.${domain} leads to the Access Edge: the SRV records of ${domain} may only point to a host in ${domain}, and clients without SRV lookups try this name.`,
      source,
    });
  }
  if (!services.shared) {
    add(services.webConferencing.fqdn, target(services.webConferencing, 'Web Conferencing Edge'), {
      rule: 'lync.dns.external.web-conferencing',
      text: 'The Web Conferencing Edge: external participants get meeting content here.',
      source,
    });
  }
  if (services.av.fqdn !== services.access.fqdn) {
    add(services.av.fqdn, target(services.av, 'A/V Edge'), {
      rule: 'lync.dns.external.av',
      text: 'The A/V Edge: audio, video and desktop sharing with users outside are relayed here.',
      source: profile.tooling === 'wizard' ? 'OCS-AVEXT' : source,
    });
  }
  const federation = plan.lync.federation;
  const push = profile.mobility.available && plan.lync.mobility;
  for (const domain of plan.lync.sipDomains) {
    const host = srvTarget(domain, services.access.fqdn);
    srv(`_sip._tls.${domain}`, domain, services.access.port, host, {
      rule: 'lync.dns.external.sip-tls',
      text: `Clients of ${domain} on the internet find the Access Edge with this record (SIP over TLS on ${services.access.port}); the target must be in ${domain}.`,
      source,
    });
    if (federation || push) {
      srv(`_sipfederationtls._tcp.${domain}`, domain, 5061, host, {
        rule: 'lync.dns.external.federation',
        text: [
          federation
            ? `Federated organisations find ${domain}'s Access Edge with this record (port 5061).`
            : '',
          push ? 'Mobile clients need it too: push notifications go through it.' : '',
        ]
          .filter(Boolean)
          .join(' '),
        source: 'L13-DNSFED',
      });
    }
    if (profile.xmpp === 'integrated' && plan.lync.xmpp) {
      srv(`_xmpp-server._tcp.${domain}`, domain, 5269, `xmpp.${domain}`, {
        rule: 'lync.dns.external.xmpp-srv',
        text: `XMPP servers find ${domain}'s XMPP proxy (port 5269) with this record.`,
        source: 'L13-DNSFED',
      });
      add(`xmpp.${domain}`, access, {
        rule: 'lync.dns.external.xmpp',
        text: 'The XMPP proxy shares the Access Edge address.',
        source: 'L13-DNSFED',
      });
    }
  }
  publishedWebRecords(basis, add);
  return records;
}

/** Everything the reverse proxy publishes: external web services, simple URLs, lyncdiscover. */
function publishedWebRecords(basis: LyncBasis, add: Add): void {
  const { plan, profile } = basis;
  const proxy: Target[] = [
    {
      ip: plan.lync.reverseProxy.publicIp,
      missing: 'the public IP address of the reverse proxy (lync.reverseProxy.publicIp)',
    },
  ];
  for (const view of basis.pools) {
    add(view.pool.externalWeb, proxy, {
      rule: 'lync.dns.external.web',
      text: `External web services of pool ${view.pool.fqdn}, published by the reverse proxy.`,
      source: profile.sources.reverseProxyCertificate,
    });
  }
  if (plan.lync.director.enabled && profile.directorExternalWeb) {
    add(plan.lync.director.externalWeb, proxy, {
      rule: 'lync.dns.external.director-web',
      text: 'External web services of the Director pool, published by the reverse proxy.',
      source: 'L13-DNSSURL',
    });
  }
  if (profile.simpleUrls) {
    for (const domain of plan.lync.sipDomains) {
      add(meetHost(plan, domain), proxy, {
        rule: 'lync.dns.external.meet',
        text: `Meet simple URL of ${domain}: people outside join meetings through the reverse proxy.`,
        source: 'L13-DNSSURL',
      });
    }
    add(plan.lync.simpleUrls.dialin, proxy, {
      rule: 'lync.dns.external.dialin',
      text: 'Dial-in simple URL, published by the reverse proxy. (The Admin URL stays internal.)',
      source: 'L13-DNSSURL',
    });
  }
  if (profile.mobility.available && plan.lync.mobility) {
    for (const domain of plan.lync.sipDomains) {
      add(`lyncdiscover.${domain}`, proxy, {
        rule: 'lync.dns.external.lyncdiscover',
        text: `Clients outside find the Autodiscover service of ${domain} here. An A record to the reverse proxy: a CNAME into another domain fails for mobile clients over HTTPS, and split-brain DNS does not replace this public record.`,
        source: 'L13-DNSAD',
      });
    }
  }
}

// ---------------------------------------------------------------- internal

function internalRecords(basis: LyncBasis): DnsRecord[] {
  const { plan, profile } = basis;
  const { records, add, srv } = recorder(basis, 'internal');
  const source = profile.sources.poolDns;
  for (const view of basis.pools) {
    add(view.pool.fqdn, sipTargets(view, profile), {
      rule: 'lync.dns.internal.pool',
      text:
        view.servers.length < 2
          ? 'The pool FQDN: its server.'
          : profile.dnsLoadBalancing
            ? 'The pool FQDN, one record per Front End (DNS load balancing of SIP traffic).'
            : 'The pool FQDN, at the hardware load balancer in front of the Front Ends.',
      source,
    });
    if (view.pool.internalWeb !== view.pool.fqdn) {
      add(view.pool.internalWeb, webTargets(view), {
        rule: 'lync.dns.internal.web',
        text: 'Internal web services of the pool: web traffic cannot be balanced by DNS, so this name points to the load balancer when there is more than one Front End.',
        source,
      });
    }
    for (const server of view.servers.filter((server) => server.fqdn !== view.pool.fqdn)) {
      add(server.fqdn, serverTargets([server], 'Front End'), {
        rule: 'lync.dns.internal.server',
        text: `${server.name} registers this record itself as a domain member; check that it resolves.`,
        source,
      });
    }
  }
  if (plan.lync.director.enabled) {
    const directors = serverTargets(basis.directors, 'Director');
    add(plan.lync.director.fqdn, directors.length > 0 ? directors : [noServers('Director')], {
      rule: 'lync.dns.internal.director',
      text: 'The Director pool FQDN, one record per Director.',
      source: 'L13-DNSREQ',
    });
  }
  if (plan.lync.edge.enabled) edgeInternalRecords(basis, add);
  signInRecords(basis, add, srv);
  internalWebRecords(basis, add);
  return records;
}

const noServers = (role: string): Target => ({
  ip: null,
  missing: `the ${role} servers (the plan lists none)`,
});

function sipTargets(view: PoolView, profile: LyncProfile): Target[] {
  return sipAddresses(view, profile).map((ip, index) => ({
    ip,
    missing:
      view.servers.length > 1 && !profile.dnsLoadBalancing
        ? `the load balancer address of ${view.pool.fqdn} (lync.pools[${view.index}].webVip)`
        : `the internal IP address of ${view.servers[index]?.name ?? 'the Front End'} (Front End of ${view.pool.fqdn})`,
  }));
}

function webTargets(view: PoolView): Target[] {
  return webAddresses(view).map((ip) => ({
    ip,
    missing:
      view.servers.length > 1
        ? `the load balancer address of ${view.pool.fqdn}'s web services (lync.pools[${view.index}].webVip)`
        : `the internal IP address of ${view.servers[0]?.name ?? 'the Front End'}`,
  }));
}

function edgeInternalRecords(basis: LyncBasis, add: Add): void {
  const { plan, profile } = basis;
  const edges = serverTargets(basis.edges, 'Edge internal interface');
  add(plan.lync.edge.internalFqdn, edges.length > 0 ? edges : [noServers('Edge')], {
    rule: 'lync.dns.internal.edge',
    text: 'The Edge internal interface: Front Ends and Directors reach the Edge here. The Edge is not a domain member, so nothing registers this record for you.',
    source: profile.sources.edgeDns,
  });
  for (const server of basis.edges.filter((edge) => edge.fqdn !== plan.lync.edge.internalFqdn)) {
    add(server.fqdn, serverTargets([server], 'Edge internal interface'), {
      rule: 'lync.dns.internal.edge-server',
      text: `Edge server ${server.name}'s internal interface, for the traffic that goes to each member of the pool.`,
      source: profile.sources.edgeDns,
    });
  }
}

function signInRecords(basis: LyncBasis, add: Add, srv: AddSrv): void {
  const { plan, profile } = basis;
  const pool = signInPool(basis);
  const source = profile.sources.dns;
  const legacy = profile.internalSignInRecords === 'legacy-clients';
  const why = legacy
    ? 'Clients before Lync 2013 and desk phones still sign in this way; newer clients use lyncdiscoverinternal first.'
    : 'Clients inside sign in automatically this way.';
  const poolTargets = sipTargets(pool, profile);
  for (const domain of plan.lync.sipDomains) {
    const host = srvTarget(domain, pool.pool.fqdn);
    srv(`_sipinternaltls._tcp.${domain}`, domain, 5061, host, {
      rule: 'lync.dns.internal.sipinternaltls',
      text: `Clients of ${domain} inside find the pool that signs them in (SIP over TLS, 5061). ${why} The target must be a host in ${domain}: ${host === pool.pool.fqdn ? 'the pool FQDN is' : `${pool.pool.fqdn} is not, so sip.${domain} stands in for it`}.`,
      source: 'L13-AUTOSIGNIN',
    });
    add(sipHost(domain), poolTargets, {
      rule: 'lync.dns.internal.sip',
      text: `sip.${domain} leads inside to the pool that signs users in: the SRV target when the pool is in another domain, and the name clients try without SRV. ${why}`,
      source,
    });
    add(`ucupdates-r2.${domain}`, webTargets(pool), {
      rule: 'lync.dns.internal.ucupdates',
      text: `Desk phones (Lync Phone Edition and compatible devices) of ${domain} look up the Device Update web service here.`,
      source: 'L10-DNSSE',
    });
  }
}

/** Names clients inside reach on the web services: simple URLs, lyncdiscoverinternal, external web. */
function internalWebRecords(basis: LyncBasis, add: Add): void {
  const { plan, profile } = basis;
  const director = plan.lync.director.enabled;
  const web = director
    ? basis.directors.length > 0
      ? serverTargets(basis.directors, 'Director')
      : [noServers('Director')]
    : webTargets(signInPool(basis));
  const where = director ? 'the Director' : 'the web services of the first pool';
  if (profile.simpleUrls) {
    const hosts = [
      ...plan.lync.sipDomains.map((domain) => meetHost(plan, domain)),
      plan.lync.simpleUrls.dialin,
      ...(plan.lync.simpleUrls.admin === null ? [] : [plan.lync.simpleUrls.admin]),
    ];
    for (const host of hosts) {
      add(host, web, {
        rule: 'lync.dns.internal.simple-url',
        text: `Simple URL for clients inside: it points to ${where}.`,
        source: 'L13-DNSSURL',
      });
    }
  }
  if (!profile.mobility.available || !plan.lync.mobility) return;
  for (const domain of plan.lync.sipDomains) {
    add(`lyncdiscoverinternal.${domain}`, web, {
      rule: 'lync.dns.internal.lyncdiscoverinternal',
      text: `Clients inside find the Autodiscover service of ${domain} here, at ${where}; an A record, because mobile clients refuse a CNAME into another domain over HTTPS.`,
      source: 'L13-DNSMOB',
    });
  }
  if (!plan.lync.edge.enabled) return;
  const proxy: Target[] = [
    {
      ip: plan.lync.reverseProxy.publicIp,
      missing: 'the address of the reverse proxy (lync.reverseProxy.publicIp)',
    },
  ];
  const published = [
    ...basis.pools.map((view) => view.pool.externalWeb),
    ...(director && profile.directorExternalWeb ? [plan.lync.director.externalWeb] : []),
  ];
  for (const name of published) {
    add(name, proxy, {
      rule: 'lync.dns.internal.external-web',
      text: 'Mobile clients inside use the external web services URL too, so it must resolve inside: to the reverse proxy (its public address here; use its internal one if it has one).',
      source: 'L13-DNSREQ',
    });
  }
}

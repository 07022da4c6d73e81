/**
 * Read-only views of the Lync part of a plan that several rules share: server FQDNs, pools, the
 * Edge services as the chosen layout places them, where web traffic goes, which zone a name is in.
 * Nothing here decides what belongs on a certificate or in DNS; it only names things consistently.
 */
import { isWithin, parentOf } from '../names/hostname.ts';
import type { Plan } from '../plan/plan.ts';
import type { LyncPool } from '../plan/sections/lync.ts';
import type { LyncProfile } from './profiles/index.ts';

/** A server with the FQDN the topology knows it by. */
export interface LyncServer {
  name: string;
  ip: string | null;
  fqdn: string;
}

export interface PoolView {
  pool: LyncPool;
  index: number;
  servers: LyncServer[];
  /** The first pool signs users in: `_sipinternaltls` and `sip.<domain>` point at it. */
  signIn: boolean;
}

/** A computer's FQDN in the Active Directory domain (its primary DNS suffix). */
export function serverFqdn(plan: Plan, name: string): string {
  return `${name.toLowerCase()}.${plan.domains.internal}`;
}

/**
 * A pool's servers. A pool of one server (a Standard Edition server, a single Director or Edge)
 * is known by the pool FQDN itself: Topology Builder makes the pool FQDN the computer's FQDN.
 */
function placeServers(
  plan: Plan,
  servers: readonly { name: string; ip: string | null }[],
  poolFqdn: string,
  single: boolean,
): LyncServer[] {
  return servers.map((server, index) => ({
    ...server,
    fqdn: single && index === 0 ? poolFqdn : serverFqdn(plan, server.name),
  }));
}

export function poolViews(plan: Plan): PoolView[] {
  return plan.lync.pools.map((pool, index) => ({
    pool,
    index,
    servers: placeServers(plan, pool.frontEnds, pool.fqdn, pool.edition === 'standard'),
    signIn: index === 0,
  }));
}

export function directorServers(plan: Plan): LyncServer[] {
  const { director } = plan.lync;
  return placeServers(plan, director.servers, director.fqdn, director.servers.length === 1);
}

export function edgeServers(plan: Plan): LyncServer[] {
  const { edge } = plan.lync;
  return placeServers(plan, edge.servers, edge.internalFqdn, edge.servers.length === 1);
}

/** One external Edge service as the layout places it. */
export interface EdgeService {
  fqdn: string;
  ip: string | null;
  /** The plan field that holds the address. */
  ipPath: string;
  /** The TCP port clients connect to (SIP/TLS, PSOM/TLS, STUN/MSTURN over TCP). */
  port: number;
}

export interface EdgeServices {
  access: EdgeService;
  webConferencing: EdgeService;
  av: EdgeService;
  /** Access and Web Conferencing share one name and address. */
  shared: boolean;
}

/**
 * Where each external Edge service listens. Separate addresses keep every service on 443. One
 * address moves services to the profile's ports: 2010 and later put all three on the access name
 * (5061, 444, 443); OCS's shared-name layout moves only Web Conferencing to 444 and leaves the A/V
 * Edge its own name and address.
 */
export function edgeServices(plan: Plan, profile: LyncProfile): EdgeServices {
  const { edge } = plan.lync;
  const access: EdgeService = {
    fqdn: edge.accessFqdn,
    ip: edge.accessIp,
    ipPath: 'lync.edge.accessIp',
    port: 443,
  };
  const av: EdgeService = { fqdn: edge.avFqdn, ip: edge.avIp, ipPath: 'lync.edge.avIp', port: 443 };
  if (edge.layout === 'separate-ips') {
    return {
      access,
      webConferencing: {
        fqdn: edge.webConferencingFqdn,
        ip: edge.webConferencingIp,
        ipPath: 'lync.edge.webConferencingIp',
        port: 443,
      },
      av,
      shared: false,
    };
  }
  const ports = profile.edge.singleAddress;
  return {
    access: { ...access, port: ports.access },
    webConferencing: { ...access, port: ports.webConferencing },
    av: ports.av === null ? av : { ...access, port: ports.av },
    shared: true,
  };
}

/** The SIP domains, the default one first. */
export const sipDomains = (plan: Plan): string[] => plan.lync.sipDomains;

export const sipHost = (domain: string): string => `sip.${domain}`;
export const meetHost = (plan: Plan, domain: string): string =>
  `${plan.lync.simpleUrls.meet}.${domain}`;

/**
 * The host an SRV record of `domain` may point to: `preferred` when it lies in that domain, else
 * `sip.<domain>`. Clients accept an SRV target only in the SRV's own domain (strict domain
 * matching, L13-DNSREQ, SFB-ADVDNS, OCS-DNSSRV).
 */
export function srvTarget(domain: string, preferred: string): string {
  return isWithin(preferred, domain) ? preferred : sipHost(domain);
}

/**
 * Where SIP traffic for a pool goes: each Front End (DNS load balancing), or, where the version
 * has no DNS load balancing, the hardware load balancer in front of a pool of several servers.
 */
export function sipAddresses(view: PoolView, profile: LyncProfile): (string | null)[] {
  if (!profile.dnsLoadBalancing && view.servers.length > 1) return [view.pool.webVip];
  return view.servers.map((server) => server.ip);
}

/** Where internal web traffic for a pool goes: its load balancer, or each Front End. */
export function webAddresses(view: PoolView): (string | null)[] {
  if (view.pool.webVip !== null) return [view.pool.webVip];
  return view.servers.map((server) => server.ip);
}

/**
 * The DNS zone a name belongs to: the longest SIP, SMTP or Active Directory domain that holds it,
 * else its parent. sip.contoso.com → contoso.com; fe01.contoso.local → contoso.local.
 */
export function zoneOf(plan: Plan, name: string): string {
  const domains = [
    ...plan.lync.sipDomains,
    plan.domains.primary,
    ...plan.domains.additional,
    plan.domains.internal,
  ];
  const owner = domains
    .filter((domain) => isWithin(name, domain))
    .sort((a, b) => b.length - a.length)[0];
  return owner ?? parentOf(name);
}

/**
 * Findings on the plan's topology: pools, Directors, web load balancing, simple URLs, addresses
 * and the Active Directory domain. Sources: L13-DNSFE, L13-INT, SFB-SURL, L13-DNSREQ, SFB-ADVDNS.
 */
import { publicAddressFindings } from '../../common/addresses.ts';
import type { Finding } from '../../derived.ts';
import { isWithin } from '../../names/hostname.ts';
import { isInternalName } from '../../names/internal.ts';
import type { LyncBasis } from '../basis.ts';
import { meetHost } from '../topology.ts';

export type Rule = (basis: LyncBasis) => Finding[];

export const pools: Rule = ({ plan, profile }) =>
  plan.lync.pools.flatMap((pool, index): Finding[] => {
    const path = `lync.pools[${index}]`;
    if (pool.edition === 'standard') {
      return pool.frontEnds.length > 1
        ? [
            {
              id: 'standard-edition-one-server',
              severity: 'error',
              path: `${path}.frontEnds`,
              message: `${pool.fqdn} is a Standard Edition server, which is one computer; the plan lists ${pool.frontEnds.length}.`,
              fix: 'List its one server, or make the pool Enterprise Edition.',
              source: profile.sources.internalCertificates,
            },
          ]
        : [];
    }
    if (pool.frontEnds.length < 2) return [];
    const findings: Finding[] = [];
    if (!profile.dnsLoadBalancing && pool.webVip === null) {
      findings.push({
        id: 'pool-needs-hardware-load-balancer',
        severity: 'warning',
        path: `${path}.webVip`,
        message: `Office Communications Server balances an Enterprise pool only with a hardware load balancer (DNS load balancing came with Lync 2010); ${pool.fqdn} must resolve to its virtual address.`,
        fix: 'Put the Front Ends behind a hardware load balancer and enter its address; the pool FQDN and the web farm FQDN point to it.',
        source: 'C-BUSBAR',
      });
    }
    if (profile.dnsLoadBalancing && pool.internalWeb === pool.fqdn) {
      findings.push({
        id: 'internal-web-same-as-pool',
        severity: 'warning',
        path: `${path}.internalWeb`,
        message: `${pool.fqdn} has ${pool.frontEnds.length} Front Ends but its internal web services use the pool FQDN. With DNS load balancing the pool FQDN resolves to every Front End, while web traffic needs a hardware load balancer, so the two names must differ.`,
        fix: `Give the internal web services their own FQDN (for example web-int.${pool.fqdn}) pointing to the load balancer.`,
        source: 'L13-DNSFE',
      });
    }
    if (profile.dnsLoadBalancing && pool.webVip === null) {
      findings.push({
        id: 'web-load-balancer-missing',
        severity: 'warning',
        path: `${path}.webVip`,
        message: `The plan has no load balancer address for the web services of ${pool.fqdn}; web traffic cannot be balanced by DNS.`,
        fix: 'Enter the virtual address of the hardware load balancer in front of the Front Ends.',
        source: 'L13-DNSFE',
      });
    }
    return findings;
  });

export const externalWebNames: Rule = ({ plan, profile }) => {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  plan.lync.pools.forEach((pool, index) => {
    const first = seen.get(pool.externalWeb);
    if (first !== undefined) {
      findings.push({
        id: 'external-web-duplicate',
        severity: 'error',
        path: `lync.pools[${index}].externalWeb`,
        message: `Pools ${plan.lync.pools[first]?.fqdn} and ${pool.fqdn} both publish their external web services as ${pool.externalWeb}; the reverse proxy cannot tell them apart.`,
        fix: 'Give each pool its own external web services FQDN.',
        source: profile.sources.reverseProxyCertificate,
      });
    } else seen.set(pool.externalWeb, index);
  });
  const { director } = plan.lync;
  if (director.enabled && profile.directorExternalWeb && seen.has(director.externalWeb)) {
    findings.push({
      id: 'director-web-same-as-pool',
      severity: 'error',
      path: 'lync.director.externalWeb',
      message: `The Director's external web services FQDN ${director.externalWeb} is also a Front End pool's; Microsoft requires them to differ.`,
      fix: 'Give the Director its own external web services FQDN.',
      source: 'L13-INT',
    });
  }
  return findings;
};

export const directors: Rule = ({ plan }) => {
  const { director } = plan.lync;
  if (!director.enabled) return [];
  if (director.servers.length === 0) {
    return [
      {
        id: 'director-without-servers',
        severity: 'warning',
        path: 'lync.director.servers',
        message:
          'The plan has a Director pool but no Director servers, so the runbook cannot write their certificates or records.',
        fix: 'Add the Director servers (name and internal address), or turn the Director off.',
        source: 'L13-DIRCERT',
      },
    ];
  }
  if (director.servers.length === 1) return [];
  return [
    {
      id: 'director-web-load-balancer',
      severity: 'info',
      path: 'lync.director.servers',
      message: `The simple URLs and lyncdiscoverinternal point to the ${director.servers.length} Directors one record each: that balances SIP, but web traffic needs a hardware load balancer.`,
      fix: 'Point those names at the load balancer in front of the Directors instead.',
      source: 'L13-DNSFE',
    },
  ];
};

/** Simple URLs must each be unique (SFB-SURL). */
export const simpleUrls: Rule = ({ plan, profile }) => {
  if (!profile.simpleUrls) return [];
  const hosts: { host: string; path: string }[] = [
    ...plan.lync.sipDomains.map((domain) => ({
      host: meetHost(plan, domain),
      path: 'lync.simpleUrls.meet',
    })),
    { host: plan.lync.simpleUrls.dialin, path: 'lync.simpleUrls.dialin' },
  ];
  if (plan.lync.simpleUrls.admin !== null)
    hosts.push({ host: plan.lync.simpleUrls.admin, path: 'lync.simpleUrls.admin' });
  const seen = new Set<string>();
  return hosts.flatMap(({ host, path }) => {
    if (!seen.has(host)) {
      seen.add(host);
      return [];
    }
    return [
      {
        id: 'simple-url-duplicate',
        severity: 'error' as const,
        path,
        message: `${host} is used by two simple URLs; every Meet, Dial-in and Admin URL must be unique.`,
        fix: 'Give each simple URL its own host name.',
        source: 'SFB-SURL' as const,
      },
    ];
  });
};

/**
 * With an Active Directory domain that is not the SIP domain, clients inside can only sign in
 * automatically when the SIP domain has an internal zone (split-brain DNS) or pin-point zones.
 */
export const adDomain: Rule = ({ plan }) => {
  const internal = plan.domains.internal;
  const others = plan.lync.sipDomains.filter((domain) => !isWithin(internal, domain));
  if (others.length === 0) return [];
  const unroutable = isInternalName(internal);
  return [
    {
      id: 'sip-domain-needs-internal-zone',
      severity: unroutable ? 'warning' : 'info',
      path: 'domains.internal',
      message: `Your Active Directory domain ${internal}${unroutable ? ' exists only inside (it is not a public domain)' : ' is not your SIP domain'}. SRV records of ${others.join(', ')} may only point to hosts in the same domain, so clients inside need an internal zone for ${others.length > 1 ? 'each SIP domain' : others[0]} (split-brain DNS) holding the records below.`,
      fix: 'Create the internal zone (the DNS step does) and copy the other public records of the domain into it; or create pin-point zones for the SRV record and its target only.',
      source: 'SFB-ADVDNS',
    },
  ];
};

export const addresses: Rule = ({ plan, profile, services, edges }) => {
  if (!plan.lync.edge.enabled) return [];
  const source = profile.sources.edgeDns;
  const findings = [
    ...publicAddressFindings(services.access.ip, services.access.ipPath, 'the Access Edge', source),
  ];
  if (!services.shared)
    findings.push(
      ...publicAddressFindings(
        services.webConferencing.ip,
        services.webConferencing.ipPath,
        'the Web Conferencing Edge',
        source,
      ),
    );
  if (services.av.fqdn !== services.access.fqdn)
    findings.push(
      ...publicAddressFindings(services.av.ip, services.av.ipPath, 'the A/V Edge', source),
    );
  findings.push(
    ...publicAddressFindings(
      plan.lync.reverseProxy.publicIp,
      'lync.reverseProxy.publicIp',
      'the reverse proxy',
      profile.sources.reverseProxyCertificate,
    ),
  );
  if (edges.length > 1) {
    findings.push({
      id: 'edge-pool-addresses',
      severity: 'info',
      path: 'lync.edge',
      message: `The plan holds one public address per Edge service for a pool of ${edges.length} Edge servers: the runbook treats them as the hardware load balancer's addresses.`,
      fix: 'With DNS load balancing instead, each Edge server has its own public addresses: create one A record per server for every Edge name.',
      source: 'SFB-EDGE-ENV',
    });
  }
  edges.forEach((server, index) => {
    if (server.ip === null)
      findings.push({
        id: 'ip-missing',
        severity: 'warning',
        path: `lync.edge.servers[${index}].ip`,
        message: `The plan has no internal address for Edge server ${server.name}; the Edge is not a domain member, so its internal record must be created by hand.`,
        fix: "Enter the address of the Edge server's internal interface.",
        source,
      });
  });
  return findings;
};

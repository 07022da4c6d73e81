/**
 * Names an Exchange plan makes from its fields, checked like names the reader typed (issue 8,
 * finding 7): a valid plan must give zones BIND loads and a certificate a CA issues.
 *
 * - Derived names (autodiscover.<domain>, _autodiscover._tcp.<domain>) keep to RFC 1035's 253.
 * - One owner name cannot be an address (A) and an alias (CNAME): a namespace, site namespace, Edge
 *   FQDN or legacy name equal to autodiscover.<domain> is refused, naming both fields; so is an
 *   SMTP domain (a zone apex, with its MX and SOA) equal to another domain's Autodiscover alias.
 * - A certificate's common name holds at most 64 characters (X.509 ub-common-name, RFC 5280
 *   Appendix A); the namespace is the client certificate's CN and the Edge FQDN the Edge's.
 *
 * The owners follow exchange/dns.ts; a test runs every generated zone through named-checkzone.
 */
import type { Scope } from '../describe.ts';
import { join, type Reader } from '../read.ts';
import { checkCommonNames } from './common-name.ts';

interface ExchangeNames {
  namespace: string;
  autodiscover: string;
  coexistWith: string;
  sites: readonly { namespace: string | null }[];
  services: { edge: boolean };
  edge: { fqdn: string };
  legacy: { namespace: string };
}

export function checkExchangeNames(
  exchange: ExchangeNames,
  reader: Reader,
  path: string,
  scope: Scope,
): void {
  const domains = scope.root.domains as { primary: string; additional: string[] } | undefined;
  if (!domains || domains.primary === '') return;
  const smtp = [
    { path: 'domains.primary', domain: domains.primary },
    ...domains.additional.map((domain, index) => ({
      path: join('domains.additional', index),
      domain,
    })),
  ];

  // Names under each domain: refused where they would break the 253-character limit.
  const aliases: { path: string; owner: string }[] = [];
  smtp.forEach(({ path: domainPath, domain }, index) => {
    const srv = index > 0 && exchange.autodiscover === 'srv';
    const derived = srv ? `_autodiscover._tcp.${domain}` : `autodiscover.${domain}`;
    if (derived.length > 253) {
      reader.report(
        domainPath,
        `gives ${srv ? '_autodiscover._tcp' : 'autodiscover'}.<domain>, ${derived.length} characters long; a DNS name has at most 253 (RFC 1035)`,
      );
    } else if (!srv) aliases.push({ path: domainPath, owner: derived });
  });

  // Address owners (A records) that must not also be an alias (CNAME).
  const addresses = [
    { path: join(path, 'namespace'), owner: exchange.namespace },
    ...exchange.sites.map((site, index) => ({
      path: join(join(join(path, 'sites'), index), 'namespace'),
      owner: site.namespace ?? '',
    })),
    ...(exchange.services.edge
      ? [{ path: join(join(path, 'edge'), 'fqdn'), owner: exchange.edge.fqdn }]
      : []),
    ...(exchange.coexistWith !== 'none'
      ? [{ path: join(join(path, 'legacy'), 'namespace'), owner: exchange.legacy.namespace }]
      : []),
    // An SMTP domain is a zone apex: its SOA, NS and MX records sit on that owner.
    ...smtp.map(({ path: domainPath, domain }) => ({ path: domainPath, owner: domain })),
  ];
  for (const address of addresses) {
    const alias = aliases.find((candidate) => candidate.owner === address.owner);
    if (alias && address.owner !== '') {
      reader.report(
        address.path,
        `${address.owner} is also the Autodiscover alias (CNAME) of ${alias.path}; one DNS name cannot hold both an alias and other records. Use another name here`,
      );
    }
  }

  const commonNames = [
    { path: join(path, 'namespace'), name: exchange.namespace },
    ...(exchange.services.edge
      ? [{ path: join(join(path, 'edge'), 'fqdn'), name: exchange.edge.fqdn }]
      : []),
  ];
  checkCommonNames(reader, commonNames);
}

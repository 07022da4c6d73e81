/**
 * Read-only views of an Exchange plan that several rules share: which servers exist, which
 * namespace a site answers on, where files go. Nothing here decides what is right; it only names
 * things consistently.
 */
import { isWithin, parentOf } from '../names/hostname.ts';
import type { Plan } from '../plan/plan.ts';
import type { Server, Site } from '../plan/sections/exchange.ts';

export interface PlacedServer extends Server {
  site: Site;
}

/** Every Exchange server of the new version, in plan order. */
export function exchangeServers(plan: Plan): PlacedServer[] {
  return plan.exchange.sites.flatMap((site) => site.servers.map((server) => ({ ...server, site })));
}

/** The server the certificate request is made on: the first one in the plan. */
export function requestServer(plan: Plan): PlacedServer {
  const first = exchangeServers(plan)[0];
  if (!first) throw new Error('parsePlan guarantees at least one server');
  return first;
}

/** A server's FQDN in the Active Directory domain. */
export function serverFqdn(plan: Plan, server: Server): string {
  return `${server.name.toLowerCase()}.${plan.domains.internal}`;
}

/** The host name a site's clients use: its own (bound model) or the shared one. */
export function siteNamespace(plan: Plan, site: Site): string {
  return site.namespace ?? plan.exchange.namespace;
}

/** Distinct client namespaces, the shared one first. */
export function clientNamespaces(plan: Plan): string[] {
  return [
    ...new Set([
      plan.exchange.namespace,
      ...plan.exchange.sites.map((site) => siteNamespace(plan, site)),
    ]),
  ];
}

export const autodiscoverHost = (domain: string): string => `autodiscover.${domain}`;

/** Every SMTP domain, primary first. */
export function smtpDomains(plan: Plan): string[] {
  return [plan.domains.primary, ...plan.domains.additional];
}

/**
 * How a name resolves inside: in its own pin-point zone, or in an internal copy of the zone it
 * belongs to. Pin-point when the plan says so; also for a split-brain plan when the name lies
 * outside the Active Directory DNS domain and pinPointOutsideAd holds, because the internal copy
 * of that public zone would not exist yet and would answer for the whole domain once created.
 */
export function internalModel(plan: Plan, name: string): 'pin-point' | 'split-brain' {
  const { internalDns, pinPointOutsideAd } = plan.exchange;
  if (internalDns === 'pin-point') return 'pin-point';
  if (pinPointOutsideAd && !isWithin(name, plan.domains.internal)) return 'pin-point';
  return 'split-brain';
}

/** The internal zone a name's record lives in (the name itself for a pin-point zone). */
export function internalZoneOf(plan: Plan, name: string): string {
  return internalModel(plan, name) === 'pin-point' ? name : zoneOf(plan, name);
}

/** The host that receives internet mail: the Edge FQDN, or the client namespace. */
export function inboundSmtpHost(plan: Plan): string {
  return plan.exchange.services.edge ? plan.exchange.edge.fqdn : plan.exchange.namespace;
}

/**
 * The DNS zone a public name belongs to: the longest plan domain that contains it, else its parent.
 * mail.contoso.com → contoso.com; mail.eu.fabrikam.com with fabrikam.com in the plan → fabrikam.com.
 */
export function zoneOf(plan: Plan, name: string): string {
  const owner = smtpDomains(plan)
    .filter((domain) => isWithin(name, domain))
    .sort((a, b) => b.length - a.length)[0];
  return owner ?? parentOf(name);
}

/** Base name of the request/certificate/PFX files: the common name, with `*` spelled out. */
export function fileBaseName(commonName: string): string {
  return commonName.replace(/^\*\./, 'wildcard.');
}

/**
 * The certificate folder as seen from `server`. A UNC share is the same everywhere; a local folder
 * lives on the request server and other servers reach it through its administrative share.
 */
export function folderOn(plan: Plan, server: { name: string }): string {
  const folder = plan.exchange.certificateFolder;
  if (folder.startsWith('\\\\')) return folder;
  const origin = requestServer(plan);
  if (origin.name.toLowerCase() === server.name.toLowerCase()) return folder;
  return `\\\\${origin.name}\\${folder[0]}$${folder.slice(2)}`;
}

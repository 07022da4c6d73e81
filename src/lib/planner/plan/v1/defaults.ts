/**
 * Plan v1's defaults, frozen. A v1 plan (a v1 permalink, a stored v1 plan, a v1 file) leaves out
 * whatever equalled its default at the time, so reading it must apply v1's defaults as they were,
 * not today's: otherwise changing a default in plan v2 would silently change what an old link
 * means. This module is a snapshot and must never change; it does not import the v2 reader.
 *
 * It only fills fields that are absent; validation happens afterwards, in plan v2's reader.
 */
import { normalizeHostname } from '../../names/hostname.ts';

type Raw = Record<string, unknown>;

/** The CA/Browser Forum limits as plan v1 knew them (issue date → recommended days). */
const V1_VALIDITY: readonly (readonly [string, number])[] = [
  ['2029-03-15', 46],
  ['2027-03-15', 99],
  ['2026-03-15', 199],
  ['2020-09-01', 397],
];

const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === undefined || value === null;

function normalized(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const result = normalizeHostname(value);
  return result.ok ? result.value : undefined;
}

/** Sets `raw[key]` to `value` when it is absent (and the container is an object). */
function fill(raw: unknown, key: string, value: unknown): void {
  if (isRaw(raw) && absent(raw[key]) && value !== undefined) raw[key] = value;
}

/**
 * A copy of the objects and lists the defaults are filled into, following v1's shape. Values are
 * shared, never walked: a copy of the input's own nesting (structuredClone) would let a value
 * nested 30,000 levels deep exhaust the stack.
 */
function copyContainers(input: Raw): Raw {
  const copy = <T>(value: T): T => (isRaw(value) ? ({ ...value } as T) : value);
  const copyList = (value: unknown) => (Array.isArray(value) ? value.map(copy) : value);
  const plan = { ...input };
  for (const key of ['organization', 'domains', 'certificate', 'exchange'])
    plan[key] = copy(plan[key]);
  const exchange = plan.exchange;
  if (!isRaw(exchange)) return plan;
  for (const key of ['legacy', 'services', 'edge']) exchange[key] = copy(exchange[key]);
  exchange.sites = copyList(exchange.sites);
  const withServers = [
    exchange.legacy,
    exchange.edge,
    ...(Array.isArray(exchange.sites) ? exchange.sites : []),
  ];
  for (const holder of withServers) if (isRaw(holder)) holder.servers = copyList(holder.servers);
  return plan;
}

/** A copy of a v1 plan input with every absent field set to its v1 default. */
export function withV1Defaults(input: Raw): Raw {
  const plan = copyContainers(input);
  for (const key of ['organization', 'domains', 'certificate', 'exchange']) fill(plan, key, {});
  const organization = plan.organization;
  for (const key of ['name', 'country', 'state', 'locality']) fill(organization, key, '');

  const domains = plan.domains;
  const primary = isRaw(domains) ? normalized(domains.primary) : undefined;
  fill(domains, 'additional', []);
  fill(domains, 'internal', primary);

  const exchange = plan.exchange;
  const namespace = isRaw(exchange)
    ? (normalized(exchange.namespace) ??
      (absent(exchange.namespace) && primary ? `mail.${primary}` : undefined))
    : undefined;
  fill(exchange, 'coexistWith', 'none');
  fill(exchange, 'namespace', namespace);
  fill(exchange, 'autodiscover', 'host');
  fill(exchange, 'internalDns', 'split-brain');
  // v1 had no default site: a plan without one was invalid, and stays so.
  fill(exchange, 'sites', []);
  fill(exchange, 'services', {});
  fill(exchange, 'legacy', {});
  fill(exchange, 'edge', {});
  fill(exchange, 'certificateFolder', 'C:\\Certs');
  if (isRaw(exchange)) {
    if (
      isRaw(exchange.legacy) &&
      absent(exchange.legacy.namespace) &&
      !absent(exchange.legacyNamespace)
    ) {
      exchange.legacy.namespace = exchange.legacyNamespace;
    }
    delete exchange.legacyNamespace;
    fill(exchange.legacy, 'namespace', primary && `legacy.${primary}`);
    fill(exchange.legacy, 'servers', []);
    fill(exchange.legacy, 'publicIp', null);
    fill(exchange.edge, 'fqdn', primary && `edge.${primary}`);
    fill(exchange.edge, 'servers', []);
    fill(exchange.edge, 'publicIp', null);
    for (const key of ['pop', 'imap', 'um', 'edge']) fill(exchange.services, key, false);
    if (Array.isArray(exchange.sites)) {
      for (const site of exchange.sites) {
        fill(site, 'name', 'Default-First-Site-Name');
        fill(site, 'servers', []);
        for (const key of ['publicIp', 'internalVip', 'namespace']) fill(site, key, null);
        if (isRaw(site) && Array.isArray(site.servers))
          for (const server of site.servers) fill(server, 'ip', null);
      }
    }
    for (const list of [exchange.legacy, exchange.edge]) {
      if (isRaw(list) && Array.isArray(list.servers))
        for (const server of list.servers) fill(server, 'ip', null);
    }
  }

  const certificate = plan.certificate;
  fill(certificate, 'authority', 'public');
  fill(certificate, 'keySize', 2048);
  fill(certificate, 'wildcard', false);
  fill(certificate, 'additionalNames', []);
  if (isRaw(certificate)) {
    const issueDate = certificate.issueDate;
    if (typeof issueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issueDate.trim())) {
      const date = issueDate.trim();
      const days =
        certificate.authority === 'public'
          ? (V1_VALIDITY.find(([from]) => date >= from)?.[1] ?? 397)
          : 730;
      fill(certificate, 'validityDays', days);
      if (namespace && (absent(certificate.friendlyName) || certificate.friendlyName === '')) {
        certificate.friendlyName = `${namespace} ${date}`.slice(0, 63);
      }
    }
  }
  return plan;
}

/**
 * `parsePlan` is the single gate every plan passes through: the editor, a permalink, stored data
 * and CLI files all call it. It fills defaults, normalises names (lower case, punycode, no trailing
 * dot) and reports every problem as an `Issue` naming the field and the rule, instead of throwing.
 */
import { validityLimit } from '../cabf.ts';
import { normalizeCountry } from '../names/country.ts';
import { Reader, join, type Raw } from './read.ts';
import {
  COEXISTENCE_VERSIONS,
  EXCHANGE_VERSIONS,
  KEY_SIZES,
  PLAN_VERSION,
  type CertificatePlan,
  type Domains,
  type EdgePlan,
  type ExchangePlan,
  type LegacyEndpoint,
  type Organization,
  type ParseResult,
  type Plan,
  type Server,
  type Site,
} from './types.ts';

export interface ParseOptions {
  /** Today's date (YYYY-MM-DD), used when the plan has no issue date. Without it the date is required. */
  today?: string;
}

export const DEFAULT_SITE_NAME = 'Default-First-Site-Name';
export const DEFAULT_CERTIFICATE_FOLDER = 'C:\\Certs';
const MAX_DOMAINS = 50;
const MAX_SITES = 20;
const MAX_SERVERS = 50;

export function parsePlan(input: unknown, options: ParseOptions = {}): ParseResult {
  const reader = new Reader();
  const root = reader.object(input, '', [
    'version',
    'organization',
    'domains',
    'certificate',
    'exchange',
  ]);
  if (input === undefined || input === null) reader.report('', 'a plan is required');
  if (root.version !== undefined && root.version !== PLAN_VERSION) {
    reader.report(
      'version',
      `is ${JSON.stringify(root.version)}; this site reads plan version ${PLAN_VERSION}`,
    );
  }
  const domains = readDomains(reader, root.domains);
  const exchange = readExchange(reader, root.exchange, domains.primary);
  const plan: Plan = {
    version: PLAN_VERSION,
    organization: readOrganization(reader, root.organization),
    domains,
    certificate: readCertificate(reader, root.certificate, exchange.namespace, options),
    exchange,
  };
  checkUniqueServers(reader, plan.exchange);
  if (plan.exchange.services.edge && plan.exchange.edge.servers.length === 0) {
    reader.report(
      'exchange.edge.servers',
      'needs at least one Edge Transport server when exchange.services.edge is on',
    );
  }
  return reader.issues.length === 0 ? { ok: true, plan } : { ok: false, issues: reader.issues };
}

function readOrganization(reader: Reader, value: unknown): Organization {
  const raw = reader.object(value, 'organization', ['name', 'country', 'state', 'locality']);
  const subjectText = (key: string, max: number) => {
    const path = join('organization', key);
    const text = reader.text(raw[key], path, '', max);
    if (/["\\]/.test(text))
      reader.report(
        path,
        'contains " or \\, which this planner does not put in a certificate subject',
      );
    return text;
  };
  const countryText = reader.text(raw.country, 'organization.country', '', 2 * 8);
  let country = '';
  if (countryText !== '') {
    const result = normalizeCountry(countryText);
    if (result.ok) country = result.value;
    else reader.report('organization.country', result.message);
  }
  return {
    name: subjectText('name', 64),
    country,
    state: subjectText('state', 128),
    locality: subjectText('locality', 128),
  };
}

function readDomains(reader: Reader, value: unknown): Domains {
  const raw = reader.object(value, 'domains', ['primary', 'additional', 'internal']);
  const primary = reader.hostname(raw.primary, 'domains.primary', undefined);
  const additional: string[] = [];
  reader.array(raw.additional, 'domains.additional', MAX_DOMAINS).forEach((item, index) => {
    const path = join('domains.additional', index);
    const name = reader.hostname(item, path, undefined);
    if (name === '') return;
    if (name === primary) reader.report(path, `${name} is already the primary domain`);
    else if (additional.includes(name)) reader.report(path, `${name} is listed twice`);
    else additional.push(name);
  });
  const internal = reader.hostname(raw.internal, 'domains.internal', primary, {
    singleLabel: true,
  });
  return { primary, additional, internal };
}

function readCertificate(
  reader: Reader,
  value: unknown,
  namespace: string,
  options: ParseOptions,
): CertificatePlan {
  const raw = reader.object(value, 'certificate', [
    'authority',
    'keySize',
    'wildcard',
    'issueDate',
    'validityDays',
    'friendlyName',
    'additionalNames',
  ]);
  const authority = reader.choice(
    raw.authority,
    'certificate.authority',
    ['public', 'enterprise'] as const,
    'public',
  );
  const issueDate = reader.date(raw.issueDate, 'certificate.issueDate', options.today);
  const defaultDays = authority === 'public' ? validityLimit(issueDate).recommendedDays : 730;
  const friendlyName =
    reader.text(raw.friendlyName, 'certificate.friendlyName', '', 63) ||
    defaultFriendlyName(namespace, issueDate);
  const additionalNames: string[] = [];
  reader
    .array(raw.additionalNames, 'certificate.additionalNames', MAX_DOMAINS)
    .forEach((item, index) => {
      const name = reader.hostname(item, join('certificate.additionalNames', index), undefined, {
        singleLabel: true,
      });
      if (name !== '' && !additionalNames.includes(name)) additionalNames.push(name);
    });
  return {
    authority,
    keySize: reader.choice(raw.keySize, 'certificate.keySize', KEY_SIZES, 2048),
    wildcard: reader.boolean(raw.wildcard, 'certificate.wildcard', false),
    issueDate,
    validityDays: reader.integer(
      raw.validityDays,
      'certificate.validityDays',
      defaultDays,
      1,
      3650,
    ),
    friendlyName,
    additionalNames,
  };
}

/** The FriendlyName a plan without one gets: "<namespace> <issue date>", under 64 characters (PS-New). */
export function defaultFriendlyName(namespace: string, issueDate: string): string {
  return `${namespace} ${issueDate}`.slice(0, 63);
}

function readExchange(reader: Reader, value: unknown, primary: string): ExchangePlan {
  const raw = reader.object(value, 'exchange', [
    'version',
    'coexistWith',
    'namespace',
    'autodiscover',
    'legacy',
    'legacyNamespace',
    'internalDns',
    'sites',
    'services',
    'edge',
    'certificateFolder',
  ]);
  if (raw.version === undefined)
    reader.report('exchange.version', `is required; one of: ${EXCHANGE_VERSIONS.join(', ')}`);
  const namespace = reader.hostname(
    raw.namespace,
    'exchange.namespace',
    primary && `mail.${primary}`,
  );
  const rawServices = reader.object(raw.services, 'exchange.services', [
    'pop',
    'imap',
    'um',
    'edge',
  ]);
  return {
    version: reader.choice(raw.version, 'exchange.version', EXCHANGE_VERSIONS, 'se'),
    coexistWith: reader.choice(
      raw.coexistWith,
      'exchange.coexistWith',
      COEXISTENCE_VERSIONS,
      'none',
    ),
    namespace,
    autodiscover: reader.choice(
      raw.autodiscover,
      'exchange.autodiscover',
      ['host', 'srv'] as const,
      'host',
    ),
    legacy: readLegacy(reader, raw, primary),
    internalDns: reader.choice(
      raw.internalDns,
      'exchange.internalDns',
      ['split-brain', 'pin-point'] as const,
      'split-brain',
    ),
    sites: readSites(reader, raw.sites, namespace),
    services: {
      pop: reader.boolean(rawServices.pop, 'exchange.services.pop', false),
      imap: reader.boolean(rawServices.imap, 'exchange.services.imap', false),
      um: reader.boolean(rawServices.um, 'exchange.services.um', false),
      edge: reader.boolean(rawServices.edge, 'exchange.services.edge', false),
    },
    edge: readEdge(reader, raw.edge, primary),
    certificateFolder: readFolder(reader, raw.certificateFolder, 'exchange.certificateFolder'),
  };
}

/** `legacy` is canonical; a flat `legacyNamespace` (the shape of the first plan drafts) is accepted too. */
function readLegacy(reader: Reader, exchange: Raw, primary: string): LegacyEndpoint {
  const raw = reader.object(exchange.legacy, 'exchange.legacy', [
    'namespace',
    'servers',
    'publicIp',
  ]);
  const flat = exchange.legacyNamespace;
  const path =
    raw.namespace === undefined && flat !== undefined
      ? 'exchange.legacyNamespace'
      : 'exchange.legacy.namespace';
  return {
    namespace: reader.hostname(raw.namespace ?? flat, path, primary && `legacy.${primary}`),
    servers: readServers(reader, raw.servers, 'exchange.legacy.servers'),
    publicIp: reader.ipv4(raw.publicIp, 'exchange.legacy.publicIp'),
  };
}

function readEdge(reader: Reader, value: unknown, primary: string): EdgePlan {
  const raw = reader.object(value, 'exchange.edge', ['fqdn', 'servers', 'publicIp']);
  return {
    fqdn: reader.hostname(raw.fqdn, 'exchange.edge.fqdn', primary && `edge.${primary}`),
    servers: readServers(reader, raw.servers, 'exchange.edge.servers'),
    publicIp: reader.ipv4(raw.publicIp, 'exchange.edge.publicIp'),
  };
}

function readSites(reader: Reader, value: unknown, namespace: string): Site[] {
  const items = reader.array(value, 'exchange.sites', MAX_SITES);
  if (items.length === 0)
    reader.report('exchange.sites', 'needs at least one site with one Exchange server');
  const names = new Set<string>();
  return items.map((item, index) => {
    const path = join('exchange.sites', index);
    const raw = reader.object(item, path, [
      'name',
      'servers',
      'publicIp',
      'internalVip',
      'namespace',
    ]);
    const name =
      reader.text(raw.name, join(path, 'name'), DEFAULT_SITE_NAME, 63) || DEFAULT_SITE_NAME;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
      reader.report(
        join(path, 'name'),
        `"${name}" is not an Active Directory site name (letters, digits, - and _)`,
      );
    }
    if (names.has(name.toLowerCase()))
      reader.report(join(path, 'name'), `the site ${name} is listed twice`);
    names.add(name.toLowerCase());
    const servers = readServers(reader, raw.servers, join(path, 'servers'));
    if (servers.length === 0)
      reader.report(join(path, 'servers'), 'needs at least one Exchange server');
    const siteNamespace =
      raw.namespace === undefined || raw.namespace === null || raw.namespace === ''
        ? null
        : reader.hostname(raw.namespace, join(path, 'namespace'), undefined);
    return {
      name,
      servers,
      publicIp: reader.ipv4(raw.publicIp, join(path, 'publicIp')),
      internalVip: reader.ipv4(raw.internalVip, join(path, 'internalVip')),
      // The shared namespace written again is the unbound model, not a site namespace of its own.
      namespace: siteNamespace === namespace || siteNamespace === '' ? null : siteNamespace,
    };
  });
}

function readServers(reader: Reader, value: unknown, path: string): Server[] {
  return reader.array(value, path, MAX_SERVERS).map((item, index) => {
    const serverPath = join(path, index);
    const raw = reader.object(item, serverPath, ['name', 'ip']);
    const name = reader.text(raw.name, join(serverPath, 'name'), '', 15);
    if (name === '')
      reader.report(
        join(serverPath, 'name'),
        "is required (the server's computer name, e.g. EX01)",
      );
    else if (!/^[A-Za-z0-9-]{1,15}$/.test(name) || /^\d+$/.test(name) || /^-|-$/.test(name)) {
      reader.report(
        join(serverPath, 'name'),
        `"${name}" is not a computer name (1–15 letters, digits or hyphens, not all digits)`,
      );
    }
    return { name, ip: reader.ipv4(raw.ip, join(serverPath, 'ip')) };
  });
}

/** A local absolute path (C:\Certs) or a UNC share (\\fs01\certs), without a trailing backslash. */
function readFolder(reader: Reader, value: unknown, path: string): string {
  const text =
    reader.text(value, path, DEFAULT_CERTIFICATE_FOLDER, 200).replace(/\\+$/, '') ||
    DEFAULT_CERTIFICATE_FOLDER;
  const local = /^[A-Za-z]:(\\[^\\/:*?"<>|]+)+$/.test(text);
  const unc = /^\\\\[A-Za-z0-9.-]+(\\[^\\/:*?"<>|]+)+$/.test(text);
  if (!local && !unc) {
    reader.report(
      path,
      `"${text}" is not a folder path such as C:\\Certs or \\\\fileserver\\certs`,
    );
    return DEFAULT_CERTIFICATE_FOLDER;
  }
  return text;
}

/** A server name may appear once: the same computer cannot sit in two sites or roles. */
function checkUniqueServers(reader: Reader, exchange: ExchangePlan): void {
  const seen = new Map<string, string>();
  const visit = (servers: Server[], path: string) =>
    servers.forEach((server, index) => {
      const key = server.name.toLowerCase();
      if (key === '') return;
      const first = seen.get(key);
      if (first)
        reader.report(
          join(join(path, index), 'name'),
          `${server.name} is already listed at ${first}`,
        );
      else seen.set(key, join(join(path, index), 'name'));
    });
  exchange.sites.forEach((site, index) =>
    visit(site.servers, join(join('exchange.sites', index), 'servers')),
  );
  visit(exchange.edge.servers, 'exchange.edge.servers');
  visit(exchange.legacy.servers, 'exchange.legacy.servers');
}

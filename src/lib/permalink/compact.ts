/**
 * Plan ⇄ the compact JSON inside a v1 link. Two things keep links short:
 * 1. values equal to what `parsePlan` would fill in anyway are left out (decoding is just
 *    `parsePlan`, so both sides share one source of defaults);
 * 2. keys are shortened with a fixed table.
 *
 * THE TABLE IS FROZEN FOR v1: links already shared must decode forever (golden fixtures in
 * tests/fixtures/permalinks). A change of format means a new prefix and a new table.
 */
import { parsePlan } from '../planner/plan/parse.ts';
import type { Plan } from '../planner/plan/types.ts';

const KEYS_V1: Readonly<Record<string, string>> = {
  organization: 'o',
  name: 'n',
  country: 'c',
  state: 's',
  locality: 'l',
  domains: 'd',
  primary: 'p',
  additional: 'a',
  internal: 'i',
  certificate: 'C',
  authority: 'A',
  keySize: 'k',
  wildcard: 'w',
  issueDate: 'D',
  validityDays: 'V',
  friendlyName: 'F',
  additionalNames: 'N',
  exchange: 'x',
  version: 'v',
  coexistWith: 'W',
  namespace: 'S',
  autodiscover: 'u',
  legacy: 'L',
  internalDns: 'I',
  sites: 'T',
  services: 'R',
  edge: 'E',
  certificateFolder: 'f',
  servers: 'r',
  ip: 'P',
  publicIp: 'U',
  internalVip: 'Q',
  fqdn: 'q',
  pop: 'O',
  imap: 'M',
  um: 'm',
};
const LONG_KEYS_V1: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KEYS_V1).map(([long, short]) => [short, long]),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Element defaults of the plan's lists, as parsePlan fills them. */
const SERVER_DEFAULT: Json = { name: '', ip: null };
const SITE_DEFAULT: Json = {
  name: 'Default-First-Site-Name',
  servers: [],
  publicIp: null,
  internalVip: null,
  namespace: null,
};
const ELEMENT_DEFAULTS: Readonly<Record<string, Json>> = {
  sites: SITE_DEFAULT,
  servers: SERVER_DEFAULT,
};

/** The defaults parsePlan derives for this plan's anchors (primary domain, date, CA, version, namespace). */
function defaultsFor(plan: Plan): Json {
  const result = parsePlan({
    domains: { primary: plan.domains.primary },
    certificate: { issueDate: plan.certificate.issueDate, authority: plan.certificate.authority },
    exchange: {
      version: plan.exchange.version,
      namespace: plan.exchange.namespace,
      sites: [{ servers: [{ name: 'X' }] }],
    },
  });
  if (!result.ok) throw new Error('a valid plan always has valid anchors');
  return result.plan as unknown as Json;
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` without the parts equal to `base`; undefined when nothing differs. */
function difference(value: Json, base: Json | undefined, key = ''): Json | undefined {
  if (isObject(value)) {
    const out: { [key: string]: Json } = {};
    for (const [childKey, child] of Object.entries(value)) {
      const diff = difference(child, isObject(base) ? base[childKey] : undefined, childKey);
      if (diff !== undefined) out[childKey] = diff;
    }
    return Object.keys(out).length > 0 || !isObject(base) ? out : undefined;
  }
  if (Array.isArray(value)) {
    if (JSON.stringify(value) === JSON.stringify(base)) return undefined;
    const element = ELEMENT_DEFAULTS[key];
    return value.map((item) => (element === undefined ? item : (difference(item, element) ?? {})));
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

function renameKeys(value: Json, table: Readonly<Record<string, string>>): Json {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, table));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const renamed = table[key];
      if (renamed === undefined) throw new CompactError(`unknown key "${key}"`);
      return [renamed, renameKeys(child, table)];
    }),
  );
}

export class CompactError extends Error {}

/** The smallest JSON that parses back to `plan`. */
export function compactPlan(plan: Plan): Json {
  const { version: _version, ...rest } = plan;
  const sparse = difference(rest as unknown as Json, defaultsFor(plan)) ?? {};
  if (!isObject(sparse)) throw new Error('a plan is an object');
  // The anchors the other defaults were derived from must travel, so decoding derives the same
  // defaults: always the primary domain, issue date and version; the CA kind and the namespace
  // whenever they differ from their own defaults.
  const domains = isObject(sparse.domains) ? sparse.domains : {};
  const certificate = isObject(sparse.certificate) ? sparse.certificate : {};
  const exchange = isObject(sparse.exchange) ? sparse.exchange : {};
  const { authority } = plan.certificate;
  const { namespace } = plan.exchange;
  return renameKeys(
    {
      ...sparse,
      domains: { primary: plan.domains.primary, ...domains },
      certificate: {
        issueDate: plan.certificate.issueDate,
        ...(authority === 'public' ? {} : { authority }),
        ...certificate,
      },
      exchange: {
        version: plan.exchange.version,
        ...(namespace === `mail.${plan.domains.primary}` ? {} : { namespace }),
        ...exchange,
      },
    },
    KEYS_V1,
  );
}

/** The plan input a compact JSON stands for (still to be validated by parsePlan). */
export function expandPlan(compact: unknown): unknown {
  if (!isObject(compact as Json)) throw new CompactError('not a plan object');
  return { version: 1, ...(renameKeys(compact as Json, LONG_KEYS_V1) as object) };
}

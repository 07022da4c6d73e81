/**
 * Permalinks of format v1 (`#plan=v1.…`), frozen. v1 links were made before plan v2 and must decode
 * forever, so this module keeps its own copy of everything v1 needed and never changes: the key
 * table below (one flat table: a short key means the same field wherever it appears) and the
 * shape of a v1 plan. Decoding a v1 link is: these keys → a v1 plan → plan v1's frozen defaults
 * and the v1 → v2 migration (plan/migrate.ts, run by parsePlan) → plan v2.
 *
 * The expansion follows the v1 shape, not the data, so a deeply nested link cannot exhaust the
 * stack: values in leaf positions pass through untouched and the plan reader rejects them.
 */

export const V1_PREFIX = 'v1.';

const KEYS_V1: Readonly<Record<string, string>> = {
  o: 'organization',
  n: 'name',
  c: 'country',
  s: 'state',
  l: 'locality',
  d: 'domains',
  p: 'primary',
  a: 'additional',
  i: 'internal',
  C: 'certificate',
  A: 'authority',
  k: 'keySize',
  w: 'wildcard',
  D: 'issueDate',
  V: 'validityDays',
  F: 'friendlyName',
  N: 'additionalNames',
  x: 'exchange',
  v: 'version',
  W: 'coexistWith',
  S: 'namespace',
  u: 'autodiscover',
  L: 'legacy',
  I: 'internalDns',
  T: 'sites',
  R: 'services',
  E: 'edge',
  f: 'certificateFolder',
  r: 'servers',
  P: 'ip',
  U: 'publicIp',
  Q: 'internalVip',
  q: 'fqdn',
  O: 'pop',
  M: 'imap',
  m: 'um',
};

/** Where a v1 plan has objects (and lists of objects); everything else is a leaf. */
type Shape = { [field: string]: Shape | [Shape] };
const SERVER: Shape = {};
const SHAPE: Shape = {
  organization: {},
  domains: {},
  certificate: {},
  exchange: {
    legacy: { servers: [SERVER] },
    sites: [{ servers: [SERVER] }],
    services: {},
    edge: { servers: [SERVER] },
  },
};

export class V1Error extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The v1 plan input a v1 link's JSON stands for (validated afterwards by parsePlan). */
export function expandV1(compact: unknown): Record<string, unknown> {
  if (!isObject(compact)) throw new V1Error('not a plan object');
  return { version: 1, ...expandObject(compact, SHAPE) };
}

function expandObject(compact: Record<string, unknown>, shape: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(compact)) {
    const name = KEYS_V1[key];
    if (name === undefined) throw new V1Error(`unknown key "${key.slice(0, 12)}"`);
    const child = shape[name];
    if (Array.isArray(child) && Array.isArray(value)) {
      out[name] = value.map((item) => (isObject(item) ? expandObject(item, child[0]) : item));
    } else if (child !== undefined && !Array.isArray(child) && isObject(value)) {
      out[name] = expandObject(value, child);
    } else {
      out[name] = value;
    }
  }
  return out;
}

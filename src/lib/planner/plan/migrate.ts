/**
 * Plan v1 → plan v2. Every older plan passes through here before it is read: stored plans, plans
 * set aside, v1 permalinks and CLI files. v1's own defaults are applied first (v1/defaults.ts, a
 * frozen snapshot), then fields move to their v2 places:
 *
 * - certificate.wildcard, friendlyName, additionalNames → exchange.certificate (they describe the
 *   Exchange client access certificate; the rest of `certificate` is policy shared by products);
 * - exchange.version '2016' → exchange.product 'exchange-2016' (product ids never collide across
 *   families);
 * - exchange.enabled: true (a v1 plan was always an Exchange plan); no lync part (its defaults).
 *
 * Unknown fields travel along, so plan v2's reader still names them. Nothing here throws.
 */
import { withV1Defaults } from './v1/defaults.ts';

type Raw = Record<string, unknown>;
const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A v1 plan: one that says so, or one without a version number that uses fields only v1 has and
 * none that only v2 has (so a v2 file with a stray v1 field is read as v2 and the field reported).
 */
export function isPlanV1(input: unknown): input is Raw {
  if (!isRaw(input)) return false;
  if (input.version === 1) return true;
  if (input.version !== undefined) return false;
  const exchange = isRaw(input.exchange) ? input.exchange : {};
  const certificate = isRaw(input.certificate) ? input.certificate : {};
  const v1Only =
    'version' in exchange ||
    'legacyNamespace' in exchange ||
    ['wildcard', 'friendlyName', 'additionalNames'].some((key) => key in certificate);
  const v2Only =
    'lync' in input || ['product', 'enabled', 'certificate'].some((key) => key in exchange);
  return v1Only && !v2Only;
}

const V1_PRODUCTS: Readonly<Record<string, string>> = {
  '2013': 'exchange-2013',
  '2016': 'exchange-2016',
  '2019': 'exchange-2019',
  se: 'exchange-se',
};

export function migrateV1(input: Raw): Raw {
  const v1 = withV1Defaults(input);
  const { version: _version, exchange, certificate, ...shared } = v1;
  const output: Raw = { version: 2, ...shared };
  if (isRaw(certificate)) {
    const { wildcard, friendlyName, additionalNames, ...policy } = certificate;
    output.certificate = policy;
    if (isRaw(exchange)) exchange.certificate = { wildcard, friendlyName, additionalNames };
  } else {
    output.certificate = certificate;
  }
  if (isRaw(exchange)) {
    const { version, ...rest } = exchange;
    const product =
      typeof version === 'string' || typeof version === 'number'
        ? (V1_PRODUCTS[String(version).trim().toLowerCase()] ?? version)
        : version;
    output.exchange = { enabled: true, ...(product === undefined ? {} : { product }), ...rest };
  } else {
    output.exchange = exchange;
  }
  return output;
}

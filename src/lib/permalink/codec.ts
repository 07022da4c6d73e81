/**
 * Permalinks: the plan in the URL fragment (`#plan=…`), which browsers never send to a server.
 *
 * - `v2.<base64url(checksum ‖ deflate-raw(compact JSON))>`: what we write. The compact JSON leaves
 *   out values equal to their defaults and uses each section's short keys (plan/operations.ts);
 *   the checksum is the CRC-32 of that JSON, 4 bytes big-endian, so a damaged link is reported
 *   instead of opening a different plan.
 * - `v1.<base64url(deflate-raw(compact JSON))>`: links made before plan v2, decoded forever by the
 *   frozen v1 module and migrated to plan v2.
 *
 * Decoding treats the link as untrusted input: bounded length, bounded inflated size (no
 * decompression bombs), strict UTF-8 and JSON, expansion guided by the plan's description (never
 * by the data's own nesting), and the same `parsePlan` validation as every other entry.
 */
import { loadIdna, mayNeedIdna } from '../planner/names/idna.ts';
import { CompactError, compactPlan, expandPlan } from '../planner/plan/operations.ts';
import { parsePlan, type ParseOptions } from '../planner/plan/parse.ts';
import type { Issue, Plan } from '../planner/plan/plan.ts';
import { crc32 } from './checksum.ts';
import { extractToken, FRAGMENT_KEY } from './fragment.ts';
import { expandV1, V1_PREFIX, V1Error } from './v1.ts';

export { extractToken, FRAGMENT_KEY };

export const LINK_PREFIX = 'v2.';
/** Longer than any real plan's link (the largest plan is under 2,000 characters). */
export const MAX_LINK_LENGTH = 16_384;
/** A plan's JSON is a few KB; anything that inflates past this is not a plan. */
export const MAX_INFLATED_BYTES = 65_536;
const CHECKSUM_BYTES = 4;

export type DecodeError =
  | {
      reason:
        | 'empty'
        | 'unknown-version'
        | 'too-long'
        | 'not-base64'
        | 'not-deflate'
        | 'too-large'
        | 'checksum'
        | 'not-json'
        | 'not-a-plan';
      message: string;
    }
  | { reason: 'invalid-plan'; message: string; issues: Issue[] };
export type DecodeResult = { ok: true; plan: Plan } | ({ ok: false } & DecodeError);

const fail = (
  reason: Exclude<DecodeError['reason'], 'invalid-plan'>,
  message: string,
): DecodeResult => ({ ok: false, reason, message });

export async function encodePlan(plan: Plan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compactPlan(plan)));
  const compressed = await transform(json, new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(CHECKSUM_BYTES + compressed.byteLength);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(compressed, CHECKSUM_BYTES);
  return LINK_PREFIX + toBase64Url(bytes);
}

/** `#plan=…` for a plan, ready to append to a page URL. */
export async function planFragment(plan: Plan): Promise<string> {
  return `#${FRAGMENT_KEY}=${await encodePlan(plan)}`;
}

export async function decodePlan(text: string, options: ParseOptions = {}): Promise<DecodeResult> {
  const token = extractToken(text);
  if (token === null || token === '') {
    return fail('empty', 'The link holds no plan (#plan=… is missing).');
  }
  if (token.length > MAX_LINK_LENGTH) {
    return fail(
      'too-long',
      `The plan link is ${token.length} characters long; real plan links are far shorter, so it was not opened.`,
    );
  }
  const v1 = token.startsWith(V1_PREFIX);
  if (!v1 && !token.startsWith(LINK_PREFIX)) {
    return fail(
      'unknown-version',
      `This plan link (format "${token.split('.')[0]?.slice(0, 8)}") was made by a newer or different version of UC Runbook.`,
    );
  }
  const bytes = fromBase64Url(token.slice(3));
  if (!bytes || (!v1 && bytes.byteLength <= CHECKSUM_BYTES)) {
    return fail(
      'not-base64',
      'The plan link is damaged: it contains characters a plan link never has (was it cut or edited?).',
    );
  }
  const data = v1 ? bytes : bytes.subarray(CHECKSUM_BYTES);
  let inflated: Uint8Array;
  try {
    inflated = await transform(data, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) {
      return fail(
        'too-large',
        'The plan link unpacks to far more data than any plan; it was not opened.',
      );
    }
    return fail(
      'not-deflate',
      'The plan link is damaged: its data cannot be unpacked (was it cut short?).',
    );
  }
  if (!v1 && new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) !== crc32(inflated)) {
    return fail(
      'checksum',
      'The plan link is damaged: its check digits do not match its content (was it cut or edited?). Ask for the link again.',
    );
  }
  let json: unknown;
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    json = JSON.parse(content);
  } catch {
    return fail('not-json', 'The plan link is damaged: its content is not a plan.');
  }
  // International names are checked with the IDNA tables, which load only for plans that have them.
  if (mayNeedIdna(content)) await loadIdna().catch(() => undefined);
  let input: unknown;
  try {
    input = v1 ? expandV1(json) : expandPlan(json);
  } catch (error) {
    if (error instanceof CompactError || error instanceof V1Error) {
      return fail(
        'not-a-plan',
        `The plan link does not hold a UC Runbook plan (${error.message}).`,
      );
    }
    throw error;
  }
  const result = parsePlan(input, options);
  if (!result.ok) {
    return {
      ok: false,
      reason: 'invalid-plan',
      message: 'The plan in the link has invalid fields.',
      issues: result.issues,
    };
  }
  return { ok: true, plan: result.plan };
}

class TooLarge extends Error {}

/** Runs bytes through a (de)compression stream, stopping as soon as the output passes `limit`. */
async function transform(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const writing = writer
    .write(input as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

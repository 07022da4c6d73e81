/**
 * SHA-1 and SHA-256 thumbprints of a certificate's DER, with Web Crypto (crypto.subtle, in Node
 * and in browsers). Browsers offer crypto.subtle only in secure contexts: pages served over https
 * or from localhost. Opened over plain http from another address there is none; the facts then
 * carry no thumbprint and the reader is told why, rather than given a home-made hash.
 */
import type { Thumbprints } from '../planner/compare/facts.ts';
import { hex } from './format.ts';

export const NO_WEB_CRYPTO_NOTICE =
  'No thumbprint: this browser offers its Web Crypto functions only on pages served over https:// or from localhost, and this page was opened over plain http from another address. Open the site at https:// or on localhost to see thumbprints and the enable command.';

/** The thumbprints, or null when Web Crypto is not available here. */
export async function thumbprints(der: Uint8Array): Promise<Thumbprints | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  // A copy in an ArrayBuffer of its own: digest() takes a BufferSource, not a view of a larger buffer.
  const data = der.slice();
  const [sha1, sha256] = await Promise.all([
    subtle.digest('SHA-1', data),
    subtle.digest('SHA-256', data),
  ]);
  return { sha1: hex(new Uint8Array(sha1)), sha256: hex(new Uint8Array(sha256)) };
}

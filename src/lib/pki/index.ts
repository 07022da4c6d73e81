/**
 * Reads a certificate, a certificate request or a CA's answer (PKCS #7) into plain facts:
 * `inspect(text or bytes)`. The decoding step is cheap; pkijs is imported on first use only, so
 * a page that shows a checker loads it when the reader gives it something to read.
 */
import { chainOf } from '../planner/compare/chain.ts';
import type {
  CertificateFacts,
  FileContainer,
  FileFacts,
  ItemFacts,
} from '../planner/compare/facts.ts';
import { decodeInput, type Refusal } from './decode.ts';
import type { ReadItem } from './read.ts';
import { NO_WEB_CRYPTO_NOTICE, thumbprints } from './thumbprint.ts';

export { MAX_INPUT_BYTES, describeSize, tooLarge, type ReadFailure } from './decode.ts';

export type Inspection = { ok: true; file: FileFacts } | Refusal;

type Reader = typeof import('./read.ts');
let reader: Reader | undefined;

/**
 * The pkijs reader, imported once. Later reads use it directly: a browser resolves even an
 * import() of a module it already has in a task of its own, which let a frame render in the
 * middle of every read (about 4 ms of a 10 ms read in Chromium).
 */
async function loadReader(): Promise<Reader> {
  return (reader ??= await import('./read.ts'));
}

export async function inspect(input: string | Uint8Array): Promise<Inspection> {
  const decoded = decodeInput(input);
  if (!decoded.ok) return decoded;
  const { readBlocks } = reader ?? (await loadReader());
  const read = readBlocks(decoded.blocks);
  if (!read.ok) return read;
  const notices = [...decoded.notices];
  const items = await Promise.all(read.items.map(withThumbprints));
  if (items.some((item) => item.kind === 'certificate' && item.thumbprints === null))
    notices.push(NO_WEB_CRYPTO_NOTICE);
  const certificates = items.filter(
    (item): item is CertificateFacts => item.kind === 'certificate',
  );
  return {
    ok: true,
    file: {
      format: decoded.format,
      container: containerOf(items, read.pkcs7),
      items,
      chain: certificates.length > 0 ? chainOf(certificates) : null,
      notices,
    },
  };
}

async function withThumbprints(item: ReadItem): Promise<ItemFacts> {
  if (item.facts.kind === 'request') return item.facts;
  return { ...item.facts, thumbprints: await thumbprints(item.der) };
}

function containerOf(items: ItemFacts[], pkcs7: boolean): FileContainer {
  if (pkcs7) return 'pkcs7';
  if (items.length > 1) return 'bundle';
  return items[0]!.kind;
}

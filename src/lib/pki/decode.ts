/**
 * From whatever the reader gives us (a pasted text, a dropped file's bytes) to DER blocks, before
 * any ASN.1 parsing: PEM armour (any label: AD CS writes PKCS #7 under "CERTIFICATE"), bare base64
 * as Exchange and CA portals print it, DER, text in UTF-8 or UTF-16 (the runbook writes requests
 * with [Text.Encoding]::Unicode, UTF-16 without a byte-order mark). Every step is linear in the
 * input and the input is capped first, so hostile input costs little; refusals say what the input
 * looked like. No pkijs here: this module is cheap to load.
 */
import type { FileFormat } from '../planner/compare/facts.ts';

/** Certificates and requests are a few KB; a PEM bundle of a long chain stays far below this. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/** Certificates and requests read from one input at most. */
export const MAX_BLOCKS = 64;

export type ReadFailure =
  | 'empty'
  | 'too-large'
  | 'pfx'
  | 'private-key'
  | 'truncated'
  | 'text'
  | 'binary'
  | 'unsupported'
  | 'too-many';

export interface Refusal {
  ok: false;
  reason: ReadFailure;
  /** What the input looked like and what to do, in a sentence or two. */
  message: string;
}

export interface DerBlock {
  /** The PEM label, or null for DER and bare base64. */
  label: string | null;
  der: Uint8Array;
}

export type Decoded =
  { ok: true; format: FileFormat; blocks: DerBlock[]; notices: string[] } | Refusal;

export const refuse = (reason: ReadFailure, message: string): Refusal => ({
  ok: false,
  reason,
  message,
});

export const PFX_MESSAGE =
  'This is a PFX (PKCS #12) file: it holds the private key, which should never leave the server. Export the certificate without its key (Base-64 .cer, or a .p7b) and check that; for example, in the certificate console choose Export and "No, do not export the private key", or run: openssl pkcs12 -in file.pfx -nokeys -out certificate.pem';
const PRIVATE_KEY_MESSAGE =
  'This is a private key, not a certificate or a request. Keep it secret: it was not read further and nothing left this computer. Check the certificate or the request file instead.';

export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(bytes: number): Refusal {
  return refuse(
    'too-large',
    `The input is ${describeSize(bytes)}; certificates and requests are a few KB, so it was not read (the limit is ${describeSize(MAX_INPUT_BYTES)}).`,
  );
}

/** Reads pasted text or a file's bytes into DER blocks, or says why not. */
export function decodeInput(input: string | Uint8Array): Decoded {
  if (typeof input !== 'string') return decodeBytes(input);
  if (input.length > MAX_INPUT_BYTES) return tooLarge(input.length);
  return decodeText(input);
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse('empty', 'The file is empty.');
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge(bytes.length);
  if (bytes[0] === 0x30) {
    const checked = checkDer(bytes);
    if (!checked.ok) return checked;
    return { ok: true, format: 'der', blocks: [{ label: null, der: checked.der }], notices: [] };
  }
  const text = bytesToText(bytes);
  if (text === null) return refuse('binary', describeBinary(bytes));
  return decodeText(text);
}

/**
 * The outer DER header: the whole object must be there. Trailing bytes after it (a newline, NULs
 * from a transfer) are ignored. Indefinite lengths (BER, some .p7b writers) are left to the parser.
 */
function checkDer(bytes: Uint8Array): { ok: true; der: Uint8Array } | Refusal {
  const header = derHeader(bytes, 0);
  if (header === null)
    return refuse('binary', `${describeBinary(bytes)} Its first bytes do not form a DER header.`);
  if (header.length === null) return { ok: true, der: bytes };
  const total = header.headerLength + header.length;
  if (total > bytes.length) {
    return refuse(
      'truncated',
      `The file looks cut off: it is DER data announcing ${describeSize(total)} but holds ${describeSize(bytes.length)}. Copy or download it again.`,
    );
  }
  const sniffed = sniffDer(bytes.subarray(0, total));
  return sniffed ?? { ok: true, der: bytes.subarray(0, total) };
}

interface DerHeader {
  tag: number;
  headerLength: number;
  /** Content length; null for the indefinite form. */
  length: number | null;
}

/** The tag and length at `offset` (short, long and indefinite forms), or null when there is none. */
export function derHeader(bytes: Uint8Array, offset: number): DerHeader | null {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null;
  if (first < 0x80) return { tag, headerLength: 2, length: first };
  if (first === 0x80) return (tag & 0x20) === 0 ? null : { tag, headerLength: 2, length: null };
  const octets = first & 0x7f;
  if (octets > 4 || offset + 2 + octets > bytes.length) return null;
  let length = 0;
  for (let index = 0; index < octets; index += 1)
    length = length * 256 + bytes[offset + 2 + index]!;
  return { tag, headerLength: 2 + octets, length };
}

/**
 * What a DER object is when its first element is a small INTEGER: PFX (version 3) or a private
 * key (PKCS #8, PKCS #1 and SEC 1 keys start with version 0 or 1). Certificates, requests and
 * PKCS #7 start with a SEQUENCE or an OID instead.
 */
export function sniffDer(der: Uint8Array): Refusal | null {
  const outer = derHeader(der, 0);
  if (outer === null || outer.tag !== 0x30) return null;
  const inner = outer.headerLength;
  if (der[inner] !== 0x02 || der[inner + 1] !== 0x01) return null;
  const version = der[inner + 2];
  if (version === 3) return refuse('pfx', PFX_MESSAGE);
  if (version === 0 || version === 1) return refuse('private-key', PRIVATE_KEY_MESSAGE);
  return null;
}

/** UTF-8 (with or without BOM) or UTF-16 (with or without BOM); null when the bytes are not text. */
export function bytesToText(bytes: Uint8Array): string | null {
  const encoding = textEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // Control characters other than tab, CR, LF (and a BOM) mean binary data that happens to decode.
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      control += 1;
  }
  return control > sample.length / 100 ? null : text.replace(/^\uFEFF/, '');
}

function textEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 text of ASCII characters: every other byte is zero.
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs >= 2) {
    let oddZero = 0;
    let evenZero = 0;
    for (let index = 0; index < pairs; index += 1) {
      if (bytes[2 * index + 1] === 0) oddZero += 1;
      if (bytes[2 * index] === 0) evenZero += 1;
    }
    if (oddZero === pairs && evenZero === 0) return 'utf-16le';
    if (evenZero === pairs && oddZero === 0) return 'utf-16be';
  }
  return 'utf-8';
}

const MAGIC: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'This looks like a PNG image, not a certificate.'],
  [[0xff, 0xd8, 0xff], 'This looks like a JPEG image, not a certificate.'],
  [[0x47, 0x49, 0x46, 0x38], 'This looks like a GIF image, not a certificate.'],
  [[0x25, 0x50, 0x44, 0x46], 'This looks like a PDF document, not a certificate.'],
  [
    [0x50, 0x4b, 0x03, 0x04],
    'This looks like a ZIP archive (perhaps the CA’s download): unzip it and check the .crt, .cer or .p7b file inside.',
  ],
  [
    [0x1f, 0x8b],
    'This looks like a gzip archive: unpack it and check the certificate file inside.',
  ],
  [[0x4d, 0x5a], 'This looks like a Windows program, not a certificate.'],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    'This looks like an old Office document (or an .msg mail), not a certificate.',
  ],
];

/** Binary data described by its magic number, or by its first bytes. */
export function describeBinary(bytes: Uint8Array): string {
  for (const [magic, text] of MAGIC)
    if (magic.every((byte, index) => bytes[index] === byte)) return text;
  const first = [...bytes.subarray(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join(' ');
  return `This is binary data but not a certificate or a request (DER starts with 30); it starts with the bytes ${first}.`;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';

function decodeText(text: string): Decoded {
  if (text.trim() === '') return refuse('empty', 'The text is empty.');
  if (text.includes(BEGIN)) return decodePem(text);
  return decodeBareBase64(text);
}

/**
 * PEM blocks, found with indexOf so that every character is looked at a bounded number of times
 * (a regular expression with a lazy body would rescan the rest for every BEGIN without its END).
 */
function decodePem(text: string): Decoded {
  const blocks: DerBlock[] = [];
  const notices: string[] = [];
  let privateKey = false;
  let unsupported: string | null = null;
  let position = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, position);
    if (begin === -1) break;
    const labelEnd = text.indexOf(DASHES, begin + BEGIN.length);
    const lineEnd = text.indexOf('\n', begin);
    if (labelEnd === -1 || (lineEnd !== -1 && labelEnd > lineEnd))
      return refuse('truncated', 'A -----BEGIN line is cut off. Copy the text again, whole.');
    const label = text.slice(begin + BEGIN.length, labelEnd).trim();
    const end = text.indexOf(`${END}${label}${DASHES}`, labelEnd);
    if (end === -1) {
      return refuse(
        'truncated',
        `The text has -----BEGIN ${label}----- but not its -----END ${label}----- line: it is cut off. Copy it again, whole.`,
      );
    }
    position = end + END.length + label.length + DASHES.length;
    if (/PRIVATE KEY$/.test(label)) {
      privateKey = true;
      continue;
    }
    const kind = PEM_LABELS[label];
    if (kind !== 'certificate') {
      unsupported ??= kind === undefined ? `-----BEGIN ${label}-----` : kind;
      continue;
    }
    const der = decodeBase64(pemBody(text.slice(labelEnd + DASHES.length, end)));
    if (der === null) {
      return refuse(
        'truncated',
        `The text inside -----BEGIN ${label}----- is not valid base64 (damaged, or cut off). Copy it again, whole.`,
      );
    }
    const checked = checkDer(der);
    if (!checked.ok) return checked;
    if (blocks.length === MAX_BLOCKS) {
      return refuse(
        'too-many',
        `The text holds more than ${MAX_BLOCKS} certificates; check the server's certificate and its chain only.`,
      );
    }
    blocks.push({ label, der: checked.der });
  }
  if (blocks.length === 0) {
    if (privateKey) return refuse('private-key', PRIVATE_KEY_MESSAGE);
    return refuse(
      'unsupported',
      `${unsupported ?? 'The text'} is not a certificate or a certificate request, so there is nothing to compare with the plan.`,
    );
  }
  if (privateKey) {
    notices.push(
      'The text also holds a private key. It was ignored and nothing left this computer, but keep that file secret and do not paste it anywhere.',
    );
  }
  return { ok: true, format: 'pem', blocks, notices };
}

/** Labels that hold something we read, and what the others are. */
const PEM_LABELS: Readonly<Record<string, 'certificate' | string>> = {
  CERTIFICATE: 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'TRUSTED CERTIFICATE': 'certificate',
  'CERTIFICATE REQUEST': 'certificate',
  'NEW CERTIFICATE REQUEST': 'certificate',
  PKCS7: 'certificate',
  'PKCS #7 SIGNED DATA': 'certificate',
  CMS: 'certificate',
  'X509 CRL': 'A certificate revocation list (X509 CRL)',
  'PUBLIC KEY': 'A public key (PUBLIC KEY)',
  'RSA PUBLIC KEY': 'A public key (RSA PUBLIC KEY)',
};

/** The base64 text of a PEM body, without RFC 1421 headers ("Proc-Type: …") or whitespace. */
function pemBody(body: string): string {
  const lines = body.split(/\r?\n/);
  if (lines[0]?.trim() === '') lines.shift(); // the rest of the BEGIN line
  const headerEnd = lines.findIndex((line) => line.trim() === '');
  const hasHeaders = lines.slice(0, 3).some((line) => /^[A-Za-z-]+:/.test(line.trim()));
  return (hasHeaders && headerEnd !== -1 ? lines.slice(headerEnd + 1) : lines).join('');
}

function decodeBareBase64(text: string): Decoded {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return refuse(
      'text',
      'This is JSON (a plan file?), not a certificate or a request. Paste the certificate text, which starts with -----BEGIN CERTIFICATE----- or MII.',
    );
  }
  const der = decodeBase64(trimmed);
  if (der === null || der.length < 32) {
    const start = trimmed.slice(0, 40).replace(/\s+/g, ' ');
    return refuse(
      'text',
      `This is text, but not a certificate or a request: it has no -----BEGIN line and is not base64. It starts “${start}${trimmed.length > 40 ? '…' : ''}”.`,
    );
  }
  if (der[0] !== 0x30) {
    return refuse(
      'binary',
      'This text is base64, but what it encodes is not a certificate or a request (DER starts with 30).',
    );
  }
  const checked = checkDer(der);
  if (!checked.ok) return checked;
  return { ok: true, format: 'base64', blocks: [{ label: null, der: checked.der }], notices: [] };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard base64 with any whitespace; null when it is not base64 (or has a damaged length). */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1 || !BASE64.test(compact)) return null;
  const padded = compact.padEnd(Math.ceil(compact.length / 4) * 4, '=');
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

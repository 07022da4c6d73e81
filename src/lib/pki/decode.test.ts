import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToText,
  decodeBase64,
  decodeInput,
  derHeader,
  describeBinary,
  MAX_BLOCKS,
  MAX_INPUT_BYTES,
  sniffDer,
} from './decode.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
/** A small DER SEQUENCE holding a SEQUENCE: shaped like a certificate or request, as far as decoding goes. */
const SEQUENCE = bytes(0x30, 0x03, 0x30, 0x01, 0x00);
const base64Of = (data: Uint8Array) => btoa(String.fromCharCode(...data));
const pem = (label: string, data: Uint8Array) =>
  `-----BEGIN ${label}-----\n${base64Of(data)}\n-----END ${label}-----\n`;
/** 40 bytes of a DER SEQUENCE, long enough to be taken for bare base64. */
const LONGER = bytes(0x30, 38, ...Array.from({ length: 38 }, (_, index) => index));

describe('DER headers', () => {
  it.each([
    [[0x30, 0x03], { tag: 0x30, headerLength: 2, length: 3 }],
    [[0x30, 0x81, 0x80], { tag: 0x30, headerLength: 3, length: 128 }],
    [[0x30, 0x82, 0x01, 0x00], { tag: 0x30, headerLength: 4, length: 256 }],
    [[0x30, 0x80], { tag: 0x30, headerLength: 2, length: null }],
    [[0x04, 0x80], null],
    [[0x30, 0x85, 1, 2, 3, 4, 5], null],
    [[0x30, 0x82, 0x01], null],
    [[0x1f, 0x01], null],
    [[0x30], null],
  ])('%j → %j', (input, expected) => {
    expect(derHeader(new Uint8Array(input), 0)).toEqual(expected);
  });

  it.each([
    [[0x30, 0x03, 0x02, 0x01, 0x03], 'pfx'],
    [[0x30, 0x03, 0x02, 0x01, 0x00], 'private-key'],
    [[0x30, 0x03, 0x02, 0x01, 0x01], 'private-key'],
  ])('sniffs %j as %s', (input, reason) => {
    expect(sniffDer(new Uint8Array(input))).toMatchObject({ ok: false, reason });
  });

  it.each([
    [[0x30, 0x03, 0x02, 0x01, 0x02]],
    [[0x30, 0x03, 0x02, 0x02, 0x03]],
    [[0x31, 0x00]],
    [[0x30, 0x03, 0x30, 0x01, 0x00]],
  ])('leaves %j to the parser', (input) => {
    expect(sniffDer(new Uint8Array(input))).toBeNull();
  });
});

describe('DER input', () => {
  it('passes a whole DER object on, without trailing bytes', () => {
    expect(decodeInput(bytes(...SEQUENCE, 0x0a, 0x00))).toEqual({
      ok: true,
      format: 'der',
      blocks: [{ label: null, der: SEQUENCE }],
      notices: [],
    });
  });

  it('says a DER file is cut off, with both sizes', () => {
    const result = decodeInput(bytes(0x30, 0x82, 0x06, 0x40, 0x30));
    expect(result).toMatchObject({ ok: false, reason: 'truncated' });
    expect(!result.ok && result.message).toBe(
      'The file looks cut off: it is DER data announcing 1.6 KB but holds 5 bytes. Copy or download it again.',
    );
  });

  it('passes indefinite-length BER on to the parser', () => {
    expect(decodeInput(bytes(0x30, 0x80, 0x00, 0x00))).toMatchObject({ ok: true, format: 'der' });
  });

  it('refuses a PFX and a private key by their first element', () => {
    expect(decodeInput(bytes(0x30, 0x03, 0x02, 0x01, 0x03))).toMatchObject({ reason: 'pfx' });
    expect(decodeInput(bytes(0x30, 0x03, 0x02, 0x01, 0x00))).toMatchObject({
      reason: 'private-key',
    });
  });

  it('refuses binary data starting with 30 but no DER header', () => {
    expect(decodeInput(bytes(0x30, 0x85, 1, 2, 3, 4, 5, 6))).toMatchObject({ reason: 'binary' });
  });
});

describe('sizes', () => {
  it('refuses empty input', () => {
    expect(decodeInput(new Uint8Array())).toMatchObject({
      reason: 'empty',
      message: 'The file is empty.',
    });
    expect(decodeInput(' \r\n\t')).toMatchObject({
      reason: 'empty',
      message: 'The text is empty.',
    });
  });

  it('refuses more than the limit before reading it, bytes or text', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1);
    expect(decodeInput(big)).toMatchObject({ reason: 'too-large' });
    expect(!decodeInput(big).ok && (decodeInput(big) as { message: string }).message).toBe(
      'The input is 1.0 MB; certificates and requests are a few KB, so it was not read (the limit is 1.0 MB).',
    );
    expect(decodeInput('x'.repeat(MAX_INPUT_BYTES + 1))).toMatchObject({ reason: 'too-large' });
    expect(decodeInput(new Uint8Array(MAX_INPUT_BYTES))).not.toMatchObject({ reason: 'too-large' });
  });

  it('refuses more blocks than it reads', () => {
    const text = pem('CERTIFICATE', SEQUENCE).repeat(MAX_BLOCKS + 1);
    expect(decodeInput(text)).toMatchObject({ reason: 'too-many' });
    expect(decodeInput(pem('CERTIFICATE', SEQUENCE).repeat(MAX_BLOCKS))).toMatchObject({
      ok: true,
    });
  });
});

describe('PEM', () => {
  it.each([
    'CERTIFICATE',
    'NEW CERTIFICATE REQUEST',
    'CERTIFICATE REQUEST',
    'PKCS7',
    'X509 CERTIFICATE',
    'TRUSTED CERTIFICATE',
    'PKCS #7 SIGNED DATA',
    'CMS',
  ])('reads a %s block', (label) => {
    expect(decodeInput(pem(label, SEQUENCE))).toEqual({
      ok: true,
      format: 'pem',
      blocks: [{ label, der: SEQUENCE }],
      notices: [],
    });
  });

  it('reads every block of a bundle, with CRLF lines and text around them', () => {
    const text =
      `Subject: mail\r\n${pem('CERTIFICATE', SEQUENCE)}between\r\n${pem('CERTIFICATE', LONGER)}`.replaceAll(
        '\n',
        '\r\n',
      );
    const result = decodeInput(text);
    expect(result.ok && result.blocks.map((block) => block.der)).toEqual([SEQUENCE, LONGER]);
  });

  it('skips RFC 1421 headers inside a block', () => {
    const text = `-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: none\n\n${base64Of(SEQUENCE)}\n-----END CERTIFICATE-----\n`;
    expect(decodeInput(text)).toMatchObject({ ok: true, blocks: [{ der: SEQUENCE }] });
  });

  it('reads the certificate next to a private key and warns about the key', () => {
    const result = decodeInput(pem('CERTIFICATE', SEQUENCE) + pem('PRIVATE KEY', SEQUENCE));
    expect(result).toMatchObject({ ok: true, blocks: [{ label: 'CERTIFICATE' }] });
    expect(result.ok && result.notices[0]).toMatch(/^The text also holds a private key\./);
  });

  it.each(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'])(
    'refuses a lone %s',
    (label) => {
      expect(decodeInput(pem(label, SEQUENCE))).toMatchObject({ reason: 'private-key' });
    },
  );

  it.each([
    ['X509 CRL', 'A certificate revocation list (X509 CRL) is not a certificate'],
    ['PUBLIC KEY', 'A public key (PUBLIC KEY) is not a certificate'],
    ['OPENSSH PRIVATE KEY', 'private key'],
    ['DH PARAMETERS', '-----BEGIN DH PARAMETERS----- is not a certificate'],
  ])('refuses %s, saying what it is', (label, words) => {
    const result = decodeInput(pem(label, SEQUENCE));
    expect(!result.ok && result.message).toContain(words);
  });

  it('refuses a block without its END line, a cut-off BEGIN line, and a damaged body', () => {
    expect(decodeInput(`-----BEGIN CERTIFICATE-----\n${base64Of(SEQUENCE)}\n`)).toMatchObject({
      reason: 'truncated',
      message:
        'The text has -----BEGIN CERTIFICATE----- but not its -----END CERTIFICATE----- line: it is cut off. Copy it again, whole.',
    });
    expect(decodeInput('-----BEGIN CERTIFI\nMIIB')).toMatchObject({ reason: 'truncated' });
    expect(
      decodeInput('-----BEGIN CERTIFICATE-----\nMII*B\n-----END CERTIFICATE-----'),
    ).toMatchObject({
      reason: 'truncated',
    });
  });

  it('refuses a PFX armoured as PEM', () => {
    expect(decodeInput(pem('CERTIFICATE', bytes(0x30, 0x03, 0x02, 0x01, 0x03)))).toMatchObject({
      reason: 'pfx',
    });
  });

  it('reports many BEGIN lines without END as truncated', () => {
    const text = '-----BEGIN CERTIFICATE-----\n'.repeat(30_000);
    expect(decodeInput(text)).toMatchObject({ reason: 'truncated' });
  });
});

describe('bare base64 and text', () => {
  it('reads bare base64 with line breaks, as Exchange prints a request', () => {
    const text = base64Of(LONGER).replace(/(.{16})/g, '$1\r\n');
    expect(decodeInput(text)).toEqual({
      ok: true,
      format: 'base64',
      blocks: [{ label: null, der: LONGER }],
      notices: [],
    });
  });

  it('refuses base64 of something else', () => {
    expect(decodeInput(base64Of(new Uint8Array(40).fill(0x41)))).toMatchObject({
      reason: 'binary',
    });
  });

  it('refuses JSON, and text, quoting how the text starts', () => {
    expect(decodeInput('{"version":2}')).toMatchObject({
      reason: 'text',
      message: expect.stringContaining('JSON'),
    });
    expect(
      decodeInput('  Dear admin,\n\n the certificate is attached to this mail, see below. '),
    ).toMatchObject({
      reason: 'text',
      message:
        'This is text, but not a certificate or a request: it has no -----BEGIN line and is not base64. It starts “Dear admin, the certificate is attache…”.',
    });
    expect(decodeInput('short')).toMatchObject({
      message: expect.stringContaining('It starts “short”.'),
    });
  });

  it('reads UTF-16 text, with or without a byte-order mark, and UTF-8 with one', () => {
    const text = pem('CERTIFICATE', SEQUENCE);
    const utf16le = new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));
    const utf16be = new Uint8Array([...text].flatMap((ch) => [0, ch.charCodeAt(0)]));
    for (const input of [
      utf16le,
      new Uint8Array([0xff, 0xfe, ...utf16le]),
      new Uint8Array([0xfe, 0xff, ...utf16be]),
      utf16be,
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    ]) {
      expect(decodeInput(input)).toMatchObject({ ok: true, blocks: [{ der: SEQUENCE }] });
    }
  });

  it('tells binary from text', () => {
    expect(bytesToText(new TextEncoder().encode('plain text\r\n\twith tabs'))).toBe(
      'plain text\r\n\twith tabs',
    );
    expect(bytesToText(bytes(0x41, 0x00, 0x01, 0x02, 0x03, 0x42))).toBeNull();
    expect(bytesToText(bytes(0xc3, 0x28))).toBeNull();
  });

  it('decodes base64 with or without padding, and refuses what is not', () => {
    expect(decodeBase64('QUJD')).toEqual(bytes(65, 66, 67));
    expect(decodeBase64('QUI')).toEqual(bytes(65, 66));
    expect(decodeBase64('Q U\nJD')).toEqual(bytes(65, 66, 67));
    expect(decodeBase64('QUJDR')).toBeNull();
    expect(decodeBase64('QU*D')).toBeNull();
    expect(decodeBase64('')).toBeNull();
  });
});

describe('what binary data looks like', () => {
  it.each([
    [[0x89, 0x50, 0x4e, 0x47, 0x0d], 'PNG image'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'ZIP archive'],
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG image'],
    [
      [0x00, 0x01, 0xff, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60],
      'starts with the bytes 00 01 ff 10 20 30 40 50.',
    ],
  ])('%j: %s', (input, words) => {
    expect(describeBinary(new Uint8Array(input))).toContain(words);
    expect(decodeInput(new Uint8Array([...input, ...new Array(64).fill(0)]))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
  });
});

describe('hostile input', () => {
  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (input) => {
        const result = decodeInput(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: process.env.UC_RUNBOOK_MUTATION ? 20 : 400 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2048 }), (input) => {
        const result = decodeInput(`-----BEGIN CERTIFICATE-----\n${input}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: process.env.UC_RUNBOOK_MUTATION ? 20 : 400 },
    );
  });
});

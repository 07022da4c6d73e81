import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspect } from './index.ts';

const runs = process.env.UC_RUNBOOK_MUTATION ? 20 : 300;

/** DER-shaped bytes: a SEQUENCE header with a consistent length around random content. */
const derShaped = fc.uint8Array({ minLength: 1, maxLength: 300 }).map((content) => {
  const length = content.length;
  const header = length < 128 ? [0x30, length] : [0x30, 0x82, length >> 8, length & 0xff];
  return new Uint8Array([...header, ...content]);
});

describe('hostile DER', () => {
  it('never throws and always says why it refused', async () => {
    await fc.assert(
      fc.asyncProperty(derShaped, async (input) => {
        const result = await inspect(input);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: runs },
    );
  });

  it('refuses nesting deeper than asn1js allows', async () => {
    const depth = 5000;
    const nested = new Uint8Array(depth * 2 + 2);
    for (let index = 0; index < depth; index += 1) nested.set([0x30, 0x80], index * 2);
    const result = await inspect(nested);
    expect(result.ok).toBe(false);
  });

  it.each([
    [[0x30, 0x00], 'not a certificate'],
    [[0x30, 0x03, 0x06, 0x01, 0x00], 'PKCS #7 / CMS message'],
    [[0x30, 0x05, 0x30, 0x00, 0x03, 0x01, 0x00], 'public key'],
    [[0x30, 0x06, 0x30, 0x04, 0x17, 0x02, 0x30, 0x30], 'revocation list'],
    [[0x30, 0x04, 0x30, 0x02, 0x05, 0x00], 'not a valid certificate'],
    [[0x30, 0x03, 0x02, 0x01, 0x05], 'not a certificate'],
  ])('%j is refused: %s', async (input, words) => {
    const result = await inspect(new Uint8Array(input));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });
});

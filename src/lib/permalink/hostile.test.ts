/**
 * Links against hostile and damaged input (issue 8, findings 1 and 11): a link nested thousands of
 * levels deep is reported, never a RangeError; a v2 link damaged by one character is reported,
 * never read as a different plan.
 */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../planner/plan/example.ts';
import { decodePlan, encodePlan } from './codec.ts';

const handMadeV1 = (json: string) =>
  `v1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
function handMadeV2(json: string): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(zlibCrc32(Buffer.from(json)));
  return `v2.${Buffer.concat([head, deflateRawSync(Buffer.from(json))]).toString('base64url')}`;
}
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('deeply nested links are reported (finding 1)', () => {
  it.each([
    [
      'the probe link (domains nested 2,500 deep)',
      'v1.7cFBCQBACACwLsawyuHPFnLdzSFsm-jIBwDAOQUAwDl_AQ',
    ],
    [
      'the probe link opened on a guide',
      '/exchange/se/#plan=v1.7cExDQAwCAAwL8jAysKHCzLvqOBrO9GRDwAAAAA4VwAAAADAub8',
    ],
    ['v1, domains 30,000 deep', handMadeV1(`{"d":${deep(30_000)}}`)],
    ['v1, a server 30,000 deep', handMadeV1(`{"x":{"T":[{"r":[${deep(30_000)}]}]}}`)],
    ['v1, the version 30,000 deep', handMadeV1(`{"x":{"v":${deep(30_000)}}}`)],
    ['v2, the product 30,000 deep', handMadeV2(`{"x":{"v":${deep(30_000)}}}`)],
    ['v2, the issue date 30,000 deep', handMadeV2(`{"C":{"D":${deep(30_000)}}}`)],
  ])('%s', async (_what, link) => {
    const result = await decodePlan(link);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-plan' });
    expect(JSON.stringify(result).length).toBeLessThan(2000);
  });
});

describe('a damaged v2 link is reported, not misread (finding 11)', () => {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  it('every one-character edit of the example link opens the example plan or is reported', async () => {
    const link = await encodePlan(EXAMPLE_PLAN);
    const payload = link.slice(3);
    let misread = 0;
    let edits = 0;
    // Every position, with a handful of replacement characters each (13,000 edits took too long).
    for (let position = 0; position < payload.length; position += 1) {
      for (const replacement of ['A', 'z', '9', '_', ALPHABET[(position * 7) % 64]!]) {
        if (payload[position] === replacement) continue;
        edits += 1;
        const edited = `v2.${payload.slice(0, position)}${replacement}${payload.slice(position + 1)}`;
        const result = await decodePlan(edited);
        if (result.ok && JSON.stringify(result.plan) !== JSON.stringify(EXAMPLE_PLAN)) misread += 1;
      }
    }
    expect(edits).toBeGreaterThan(700);
    expect(misread).toBe(0);
  });
});

import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../../../tests/support/arbitrary-plan.ts';
import { EXAMPLE_PLAN } from '../planner/index.ts';
import { decodePlan, encodePlan, extractToken, MAX_LINK_LENGTH, planFragment } from './codec.ts';

const golden = JSON.parse(
  readFileSync(new URL('../../../tests/fixtures/permalinks/v1.json', import.meta.url), 'utf8'),
) as {
  links: { name: string; link: string; plan: unknown }[];
};

/** A v1 link built without our encoder: hand-written compact JSON, Node's zlib, base64url. */
const handMade = (json: string) => `v1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;

describe('permalink codec', () => {
  it('round-trips every valid plan exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        expect(await decodePlan(await encodePlan(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 300 },
    );
  });

  it.each(golden.links.map((entry) => [entry.name, entry] as const))(
    'still decodes the golden v1 link "%s"',
    async (_name, entry) => {
      expect(await decodePlan(entry.link)).toEqual({ ok: true, plan: entry.plan });
    },
  );

  it('decodes a link written by hand against the v1 key table', async () => {
    const link = handMade(
      '{"d":{"p":"fabrikam.com"},"C":{"D":"2027-01-15"},"x":{"v":"2016","T":[{"r":[{"n":"MBX1","P":"10.9.0.1"}]}],"R":{"O":true}}}',
    );
    const result = await decodePlan(`https://uc-runbook.example/exchange/2016/#plan=${link}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.domains.primary).toBe('fabrikam.com');
    expect(result.plan.exchange).toMatchObject({
      version: '2016',
      namespace: 'mail.fabrikam.com',
      services: { pop: true, imap: false },
    });
    expect(result.plan.exchange.sites[0]?.servers).toEqual([{ name: 'MBX1', ip: '10.9.0.1' }]);
    expect(result.plan.certificate.validityDays).toBe(199); // issued before 2027-03-15: the 200-day limit
  });

  it('keeps links short: example ≤ 300 characters', async () => {
    expect((await planFragment(EXAMPLE_PLAN)).length).toBeLessThanOrEqual(300 + '#plan='.length);
  });

  it('finds the token in a URL, a fragment, plan=… or on its own', () => {
    expect(extractToken('https://x.test/a/#plan=v1.abc')).toBe('v1.abc');
    expect(extractToken('#other=1&plan=v1.abc')).toBe('v1.abc');
    expect(extractToken('plan=v1.abc')).toBe('v1.abc');
    expect(extractToken(' v1.abc ')).toBe('v1.abc');
    expect(extractToken('https://x.test/a/#intro')).toBeNull();
  });
});

describe('rejecting bad links with a clear message', () => {
  const bomb = `v1.${deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url')}`;
  it.each([
    ['nothing', '#plan=', 'empty', 'holds no plan'],
    ['a newer format', '#plan=v2.AAAA', 'unknown-version', 'newer or different version'],
    ['an oversized link', `#plan=v1.${'A'.repeat(MAX_LINK_LENGTH)}`, 'too-long', 'characters long'],
    ['characters outside base64url', '#plan=v1.ab$cd', 'not-base64', 'damaged'],
    [
      'bytes that are not deflate data',
      `#plan=v1.${Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]).toString('base64url')}`,
      'not-deflate',
      'cannot be unpacked',
    ],
    ['a decompression bomb', `#plan=${bomb}`, 'too-large', 'far more data'],
    ['compressed text that is not JSON', `#plan=${handMade('hello')}`, 'not-json', 'not a plan'],
    [
      'invalid UTF-8',
      `#plan=v1.${deflateRawSync(Buffer.from([0x7b, 0xff, 0x7d])).toString('base64url')}`,
      'not-json',
      'not a plan',
    ],
    ['JSON that is not an object', `#plan=${handMade('[1,2]')}`, 'not-a-plan', 'not a plan object'],
    [
      'keys outside the v1 table',
      `#plan=${handMade('{"zz":1}')}`,
      'not-a-plan',
      'unknown key "zz"',
    ],
  ])('%s', async (_what, link, reason, message) => {
    const result = await decodePlan(link);
    expect(result).toMatchObject({ ok: false, reason, message: expect.stringContaining(message) });
  });

  it('rejects a bomb before inflating all of it', async () => {
    expect(bomb.length).toBeLessThan(MAX_LINK_LENGTH);
    const started = performance.now();
    await decodePlan(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('validates the plan inside like any other entry, naming the field', async () => {
    const result = await decodePlan(
      handMade(
        '{"d":{"p":"bad..name"},"C":{"D":"2027-01-15"},"x":{"v":"2019","T":[{"r":[{"n":"EX01"}]}]}}',
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid-plan',
      issues: [{ path: 'domains.primary', message: expect.stringContaining('empty label') }],
    });
  });
});

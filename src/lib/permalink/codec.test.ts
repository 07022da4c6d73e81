import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../tests/support/runs.ts';
import { arbitraryPlan } from '../../../tests/support/arbitrary-plan.ts';
import { EXAMPLE_PLAN } from '../planner/plan/example.ts';
import { keyTables } from '../planner/plan/operations.ts';
import {
  decodePlan,
  encodePlan,
  extractToken,
  MAX_INFLATED_BYTES,
  MAX_LINK_LENGTH,
  planFragment,
} from './codec.ts';

const fixture = <T>(name: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../tests/fixtures/permalinks/${name}`, import.meta.url), 'utf8'),
  ) as T;
type Golden = { links: { name: string; link: string; plan: Record<string, unknown> }[] };
const goldenV1 = fixture<Golden>('v1.json');
const reviewedV1AsV2 = fixture<Record<string, Record<string, unknown>>>('v1-as-v2.json');
const goldenV2 = fixture<Golden>('v2.json');
const keySnapshot = fixture<{ tables: Record<string, Record<string, string>> }>('v2-keys.json');

/** Links built without our encoder: hand-written compact JSON, Node's zlib, base64url. */
const handMadeV1 = (json: string) =>
  `v1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
function handMadeV2(json: string | Buffer, checksum = zlibCrc32(Buffer.from(json))): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(checksum);
  return `v2.${Buffer.concat([head, deflateRawSync(Buffer.from(json))]).toString('base64url')}`;
}

describe('permalink codec', () => {
  it('round-trips every valid plan exactly (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryPlan, async (plan) => {
        expect(await decodePlan(await encodePlan(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: runs(300) },
    );
  });

  it('writes v2 links', async () => {
    expect(await encodePlan(EXAMPLE_PLAN)).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
  });

  it('keeps links short: example ≤ 300 characters', async () => {
    expect((await planFragment(EXAMPLE_PLAN)).length).toBeLessThanOrEqual(300 + '#plan='.length);
  });

  it('finds the token in a URL, a fragment, plan=… or on its own', () => {
    expect(extractToken('https://x.test/a/#plan=v1.abc')).toBe('v1.abc');
    expect(extractToken('#other=1&plan=v2.abc')).toBe('v2.abc');
    expect(extractToken('plan=v1.abc')).toBe('v1.abc');
    expect(extractToken(' v2.abc ')).toBe('v2.abc');
    expect(extractToken('https://x.test/a/#intro')).toBeNull();
  });
});

describe('v1 links decode forever, as plan v2', () => {
  it.each(goldenV1.links.map((entry) => [entry.name, entry] as const))(
    'the golden v1 link "%s" decodes to its reviewed v2 plan',
    async (name, entry) => {
      expect(await decodePlan(entry.link)).toEqual({ ok: true, plan: reviewedV1AsV2[name] });
    },
  );

  /** Where each v1 field lives in plan v2, written out independently of the migration code. */
  const MOVED: Record<string, string> = {
    'certificate.wildcard': 'exchange.certificate.wildcard',
    'certificate.friendlyName': 'exchange.certificate.friendlyName',
    'certificate.additionalNames': 'exchange.certificate.additionalNames',
  };
  const leaves = (value: unknown, path = ''): [string, unknown][] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([key, child]) =>
          leaves(child, path ? `${path}.${key}` : key),
        )
      : [[path, value]];
  const at = (plan: unknown, path: string) =>
    path
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], plan);

  it.each(goldenV1.links.map((entry) => [entry.name, entry] as const))(
    'keeps every value of the v1 plan "%s" at its v2 place',
    async (_name, entry) => {
      const result = await decodePlan(entry.link);
      if (!result.ok) throw new Error(result.message);
      for (const [path, value] of leaves(entry.plan)) {
        if (path === 'version') expect(result.plan.version).toBe(2);
        else if (path === 'exchange.version')
          expect(result.plan.exchange.product).toBe(`exchange-${value}`);
        // Lists of objects (sites, servers) gained fields since v1: every v1 value is still there.
        else if (Array.isArray(value))
          expect(at(result.plan, MOVED[path] ?? path), path).toMatchObject(value);
        else expect(at(result.plan, MOVED[path] ?? path), path).toEqual(value);
      }
      expect(result.plan.exchange.enabled).toBe(true);
      expect(result.plan.lync.enabled).toBe(false);
    },
  );

  it('decodes a v1 link written by hand, with v1 defaults for what it leaves out', async () => {
    const link = handMadeV1(
      '{"d":{"p":"fabrikam.com"},"C":{"D":"2027-01-15"},"x":{"v":"2016","T":[{"r":[{"n":"MBX1","P":"10.9.0.1"}]}],"R":{"O":true}}}',
    );
    const result = await decodePlan(`https://uc-runbook.example/exchange/2016/#plan=${link}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.domains).toEqual({
      primary: 'fabrikam.com',
      additional: [],
      internal: 'fabrikam.com',
    });
    expect(result.plan.exchange).toMatchObject({
      product: 'exchange-2016',
      namespace: 'mail.fabrikam.com',
      services: { pop: true, imap: false },
      certificate: { friendlyName: 'mail.fabrikam.com 2027-01-15', wildcard: false },
    });
    expect(result.plan.exchange.sites).toEqual([
      {
        name: 'Default-First-Site-Name',
        servers: [{ name: 'MBX1', ip: '10.9.0.1' }],
        publicIp: null,
        internalVip: null,
        namespace: null,
        failbackNamespace: null,
        clientAccessArray: null,
      },
    ]);
    expect(result.plan.certificate.validityDays).toBe(199); // issued before 2027-03-15: the 200-day limit
  });

  it('keeps v1 rules that plan v2 relaxed: a v1 plan without sites is still invalid', async () => {
    const result = await decodePlan(
      handMadeV1('{"d":{"p":"fabrikam.com"},"C":{"D":"2027-01-15"},"x":{"v":"2019"}}'),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid-plan',
      issues: [{ path: 'exchange.sites', message: expect.stringContaining('at least one site') }],
    });
  });

  it('does not let a deeply nested link exhaust the stack', async () => {
    const deep = `{"o":{"n":${'['.repeat(3000)}${']'.repeat(3000)}}}`;
    const result = await decodePlan(handMadeV1(deep));
    expect(result).toMatchObject({ ok: false });
  });
});

describe('v2 links decode forever', () => {
  it.each(goldenV2.links.map((entry) => [entry.name, entry] as const))(
    'the golden v2 link "%s" decodes to its plan',
    async (_name, entry) => {
      expect(await decodePlan(entry.link)).toEqual({ ok: true, plan: entry.plan });
    },
  );

  it('decodes a v2 link written by hand against the key tables', async () => {
    const link = handMadeV2(
      '{"d":{"p":"fabrikam.com"},"C":{"D":"2027-01-15"},"x":{"v":"exchange-2016","T":[{"r":[{"n":"MBX1"}]}]},"l":{"e":true,"d":["fabrikam.com","adatum.com"]}}',
    );
    const result = await decodePlan(link);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.exchange).toMatchObject({
      product: 'exchange-2016',
      namespace: 'mail.fabrikam.com',
    });
    expect(result.plan.lync).toMatchObject({
      enabled: true,
      sipDomains: ['fabrikam.com', 'adatum.com'],
      edge: { accessFqdn: 'sip.fabrikam.com' },
    });
  });

  it('keeps every key table append-only: no published key changes, goes or is reused', () => {
    const tables = keyTables();
    for (const [object, table] of Object.entries(keySnapshot.tables)) {
      for (const [field, key] of Object.entries(table)) {
        expect(tables[object]?.[field], `${object}.${field}`).toBe(key);
      }
    }
    for (const [object, table] of Object.entries(tables)) {
      const keys = Object.values(table);
      expect(new Set(keys).size, `keys of ${object}`).toBe(keys.length);
    }
  });
});

describe('rejecting bad links with a clear message', () => {
  const bomb = `v1.${deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url')}`;
  it.each([
    ['nothing', '#plan=', 'empty', 'holds no plan'],
    ['a newer format', '#plan=v3.AAAA', 'unknown-version', 'newer or different version'],
    ['an oversized link', `#plan=v2.${'A'.repeat(MAX_LINK_LENGTH)}`, 'too-long', 'characters long'],
    ['characters outside base64url', '#plan=v2.ab$cd', 'not-base64', 'damaged'],
    ['a v2 link too short to hold its check digits', '#plan=v2.AAAA', 'not-base64', 'damaged'],
    [
      'bytes that are not deflate data',
      `#plan=v1.${Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]).toString('base64url')}`,
      'not-deflate',
      'cannot be unpacked',
    ],
    ['a decompression bomb', `#plan=${bomb}`, 'too-large', 'far more data'],
    ['compressed text that is not JSON', `#plan=${handMadeV1('hello')}`, 'not-json', 'not a plan'],
    [
      'invalid UTF-8',
      `#plan=${handMadeV2(Buffer.from([0x7b, 0xff, 0x7d]))}`,
      'not-json',
      'not a plan',
    ],
    [
      'JSON that is not an object',
      `#plan=${handMadeV2('[1,2]')}`,
      'not-a-plan',
      'not a plan object',
    ],
    [
      'keys outside the v1 table',
      `#plan=${handMadeV1('{"zz":1}')}`,
      'not-a-plan',
      'unknown key "zz"',
    ],
    [
      'keys outside the v2 tables',
      `#plan=${handMadeV2('{"d":{"zz":1}}')}`,
      'not-a-plan',
      'unknown key "zz"',
    ],
    [
      'a v2 link whose content does not match its check digits',
      `#plan=${handMadeV2('{"d":{"p":"cwntoso.com"}}', zlibCrc32('{"d":{"p":"contoso.com"}}'))}`,
      'checksum',
      'check digits',
    ],
  ])('%s', async (_what, link, reason, message) => {
    const result = await decodePlan(link);
    expect(result).toMatchObject({ ok: false, reason, message: expect.stringContaining(message) });
  });

  it('stops at the inflated size limit: a valid plan padded past it is refused', async () => {
    const padded = `{"d":{"p":"contoso.com"},"C":{"D":"2027-01-15"}${' '.repeat(MAX_INFLATED_BYTES)}}`;
    expect(JSON.parse(padded)).toBeTruthy();
    expect(await decodePlan(handMadeV2(padded))).toMatchObject({ ok: false, reason: 'too-large' });
    const fits = `{"d":{"p":"contoso.com"},"C":{"D":"2027-01-15"}${' '.repeat(MAX_INFLATED_BYTES - 100)}}`;
    expect(await decodePlan(handMadeV2(fits))).toMatchObject({ ok: true });
  });

  it('rejects a bomb as too large, without inflating all of it', async () => {
    expect(bomb.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(await decodePlan(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports a damaged v2 link instead of opening a different plan', async () => {
    const link = await encodePlan(EXAMPLE_PLAN);
    const payload = Buffer.from(link.slice(3), 'base64url');
    let misread = 0;
    for (let bit = 32; bit < payload.length * 8; bit += 1) {
      const damaged = Buffer.from(payload);
      damaged[bit >> 3]! ^= 1 << (bit & 7);
      const result = await decodePlan(`v2.${damaged.toString('base64url')}`);
      if (result.ok && JSON.stringify(result.plan) !== JSON.stringify(EXAMPLE_PLAN)) misread += 1;
    }
    expect(misread).toBe(0);
  });

  it('validates the plan inside like any other entry, naming the field', async () => {
    const result = await decodePlan(
      handMadeV2('{"d":{"p":"bad..name"},"C":{"D":"2027-01-15"},"x":{"v":"exchange-2019"}}'),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid-plan',
      issues: [{ path: 'domains.primary', message: expect.stringContaining('empty label') }],
    });
  });
});

/**
 * The plan reader against hostile input (issue 8: findings 1, 2 and 10, and short messages): it
 * checks types before converting, never walks the input's own nesting, never throws, rejects text
 * that would change how the text around it is shown, and quotes at most an excerpt of a value.
 */
import { describe, expect, it } from 'vitest';
import { LARGEST_ACCEPTED_PLAN } from '../../../../tests/support/largest-accepted.ts';
import { sampled } from '../../../../tests/support/runs.ts';
import { derive } from '../derive.ts';
import { EXCERPT_LENGTH } from '../names/characters.ts';
import { availableProducts } from '../products.ts';
import { parsePlan } from './parse.ts';
import type { Issue } from './plan.ts';
import { LIMITS } from './sections/common.ts';

const minimal = {
  domains: { primary: 'contoso.com' },
  certificate: { issueDate: '2026-12-01' },
  exchange: { product: 'exchange-2019', sites: [{ servers: [{ name: 'EX01' }] }] },
};
const v1 = { ...minimal, version: 1, exchange: { version: '2019', sites: minimal.exchange.sites } };

const issuesOf = (input: unknown): Issue[] => {
  const result = parsePlan(input);
  return result.ok ? [] : result.issues;
};
const with_ = (section: string, field: string, value: unknown) => ({
  ...minimal,
  [section]: { ...(minimal as Record<string, object>)[section], [field]: value },
});
/** A list nested `depth` levels deep, built without recursion. */
const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('the plan reader checks types before converting (finding 2)', () => {
  const trap = { toString: 1 };
  it.each([
    ['certificate', 'issueDate', 'certificate.issueDate', 'must be a date'],
    ['certificate', 'authority', 'certificate.authority', 'must be one of: public, enterprise'],
    ['certificate', 'keySize', 'certificate.keySize', 'must be one of: 1024, 2048, 4096'],
    ['exchange', 'product', 'exchange.product', 'must be one of'],
    ['exchange', 'autodiscover', 'exchange.autodiscover', 'must be one of: host, srv'],
  ])(
    'an object whose toString is not a function in %s.%s is reported',
    (section, field, path, message) => {
      expect(() => parsePlan(with_(section, field, trap))).not.toThrow();
      expect(issuesOf(with_(section, field, trap))).toEqual([
        { path, message: expect.stringContaining(message) },
      ]);
    },
  );

  it('reports such an object in a v1 plan too (exchange.version)', () => {
    const plan = { ...v1, exchange: { ...v1.exchange, version: trap } };
    expect(issuesOf(plan)).toEqual([
      { path: 'exchange.product', message: expect.stringContaining('must be one of') },
    ]);
  });

  it('never reads inherited or prototype keys as fields', () => {
    const input = JSON.parse('{"__proto__":{"domains":{"primary":"evil.example"}}}');
    expect(issuesOf({ ...minimal, ...input })).toEqual([
      { path: '__proto__', message: expect.stringContaining('is not a plan field') },
    ]);
    // A field name that only exists on Object.prototype is not a value of the plan either.
    const result = parsePlan({ ...minimal, organization: Object.create({ name: 'Inherited' }) });
    expect(result.ok && result.plan.organization.name).toBe('');
  });
});

describe('the plan reader never walks the input nesting (findings 1 and 2)', () => {
  const deep = nested(200_000);
  it.each([
    ['certificate', 'issueDate'],
    ['certificate', 'authority'],
    ['exchange', 'product'],
    ['organization', 'name'],
    ['domains', 'primary'],
    ['domains', 'additional'],
  ])('a list 200,000 levels deep in %s.%s is one short issue', (section, field) => {
    const issues = issuesOf(with_(section, field, deep));
    expect(issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(issues).length).toBeLessThan(400);
  });

  it.each([
    ['exchange.version', { ...v1, exchange: { ...v1.exchange, version: deep } }],
    ['domains', { ...v1, domains: deep }],
    ['exchange.sites', { ...v1, exchange: { ...v1.exchange, sites: [deep] } }],
    [
      'exchange.sites[0].servers',
      { ...v1, exchange: { version: '2019', sites: [{ servers: [deep] }] } },
    ],
  ])(
    'a v1 plan with a list 200,000 levels deep in %s is reported, not a RangeError',
    (_at, plan) => {
      expect(() => parsePlan(plan)).not.toThrow();
      expect(parsePlan(plan).ok).toBe(false);
    },
  );
});

describe('text fields refuse characters that change how text is shown (finding 10)', () => {
  it.each([
    ['a C1 control', 'Wroc\u0085ław', 'control character (U+0085)'],
    ['a C0 control', 'Wroc\u0007ław', 'control character (U+0007)'],
    ['the right-to-left override', 'Wroc\u202Eław', 'bidirectional control character (U+202E)'],
    ['a right-to-left isolate', 'Wroc\u2067ław', 'bidirectional control character (U+2067)'],
    ['the line separator', 'Wroc\u2028ław', 'line separator (U+2028)'],
    ['the paragraph separator', 'Wroc\u2029ław', 'line separator (U+2029)'],
    ['a zero-width space', 'Wroc\u200Bław', 'invisible character (U+200B)'],
    ['a zero-width joiner', 'Wroc\u200Dław', 'invisible character (U+200D)'],
    ['a byte-order mark', 'Wroc\uFEFFław', 'invisible character (U+FEFF)'],
    ['a lone surrogate', 'Wroc\uD800ław', 'lone surrogate'],
    ['a noncharacter', 'Wroc\uFFFEław', 'noncharacter'],
  ])('%s is refused, naming the code point', (_what, locality, message) => {
    for (const [section, field] of [
      ['organization', 'locality'],
      ['organization', 'name'],
      ['exchange', 'certificateFolder'],
    ] as const) {
      const value = field === 'certificateFolder' ? `C:\\${locality}` : locality;
      expect(issuesOf(with_(section, field, value))).toEqual([
        { path: `${section}.${field}`, message: expect.stringContaining(message) },
      ]);
    }
  });

  it('keeps letters of every script, and ordinary punctuation', () => {
    const plan = with_('organization', 'locality', 'Wrocław ŁÓDŹ 東京 القاهرة O’Brien-Smith & Co.');
    expect(issuesOf(plan)).toEqual([]);
  });
});

describe('messages quote a short excerpt, never the whole value', () => {
  const huge = `${'x'.repeat(1_000_000)}`;
  it.each([
    ['organization', 'name'],
    ['exchange', 'certificateFolder'],
    ['certificate', 'issueDate'],
    ['exchange', 'namespace'],
    ['domains', 'primary'],
  ])('a 1 MB value in %s.%s', (section, field) => {
    const issues = issuesOf(with_(section, field, huge));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(EXCERPT_LENGTH + 200);
  });

  it('a million unknown keys give a handful of issues', () => {
    const keys = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, index) => [`k${index}`, 1]),
    );
    const issues = issuesOf({ ...minimal, organization: keys });
    expect(issues).toHaveLength(6);
    expect(issues[5]).toEqual({
      path: 'organization',
      message: 'has 99995 more fields that are not plan fields',
    });
  });

  it('an unknown key is quoted safely, not shown as it is', () => {
    const issues = issuesOf({ ...minimal, organization: { 'na\u202Eme': 'x' } });
    expect(issues).toEqual([
      {
        path: 'organization',
        message: expect.stringContaining('the field "na<U+202E>me" is not a plan field'),
      },
    ]);
  });
});

describe('limits keep a small link from expanding enormously (finding 4)', () => {
  const site = (index: number, count: number) => ({
    name: `Site${index}`,
    servers: Array.from({ length: count }, (_, server) => ({ name: `EX${index}-${server}` })),
  });

  it('refuses the probe plan: 20 sites × 50 servers with Unified Messaging', () => {
    const plan = {
      ...minimal,
      exchange: {
        product: 'exchange-2016',
        services: { um: true },
        sites: Array.from({ length: 20 }, (_, index) => site(index, 50)),
      },
    };
    const issues = issuesOf(plan);
    expect(issues).toContainEqual({
      path: 'exchange.sites[0].servers',
      message: `has 50 entries; at most ${LIMITS.servers} are allowed`,
    });
    expect(issues).toContainEqual({
      path: 'exchange.sites[4].servers',
      message: `brings the plan to 320 Exchange servers in its sites; a plan holds at most ${LIMITS.exchangeServers}`,
    });
  });

  it('counts the servers of every site together', () => {
    const sites = (count: number) =>
      issuesOf({
        ...minimal,
        exchange: {
          ...minimal.exchange,
          sites: Array.from({ length: count }, (_, index) => site(index, 16)),
        },
      });
    expect(sites(4)).toEqual([]);
    expect(sites(5)).toEqual([
      {
        path: 'exchange.sites[4].servers',
        message: 'brings the plan to 80 Exchange servers in its sites; a plan holds at most 64',
      },
    ]);
  });

  it('counts the Front End servers of every Lync pool together', () => {
    const pools = (sizes: number[]) =>
      issuesOf({
        ...minimal,
        lync: {
          enabled: true,
          pools: sizes.map((count, index) => ({
            fqdn: `pool${index}.contoso.com`,
            frontEnds: Array.from({ length: count }, (_, server) => ({
              name: `FE${index}-${server}`,
            })),
          })),
        },
      });
    expect(pools([16, 16])).toEqual([]);
    expect(pools([16, 16, 1])).toEqual([
      {
        path: 'lync.pools[2].frontEnds',
        message: `brings the plan to 33 Front End servers in its pools; a plan holds at most ${LIMITS.lyncFrontEnds}`,
      },
    ]);
    expect(LIMITS.lyncFrontEnds).toBe(32);
  });

  /**
   * Bounds on what the largest accepted plan derives to. Lync plans a certificate per Front End
   * server (32 in all pools), each naming every SIP domain's simple URLs and discovery names, so
   * its ceiling is higher; either bound catches a rule whose output multiplies again.
   */
  const OUTPUT_BOUND = { exchange: 2_000_000, lync: 8_000_000 } as const;

  it('derives the largest plan the limits accept to a bounded output, for every product', () => {
    // Every product in npm test; one per family under mutation testing (tests/support/runs.ts).
    for (const { id, family } of sampled(availableProducts(), (product) => product.family)) {
      // Its time is the bench's figure (scripts/bench/limits.ts), not a unit test's.
      const derived = derive(LARGEST_ACCEPTED_PLAN, id);
      expect(JSON.stringify(derived).length, id).toBeLessThan(OUTPUT_BOUND[family]);
    }
    // Twelve products, each bounded above; the whole loop gets room on a loaded machine.
  }, 60_000);
});

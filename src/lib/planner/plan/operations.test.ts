import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../tests/support/runs.ts';
import { arbitraryPlan } from '../../../../tests/support/arbitrary-plan.ts';
import { SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { EXAMPLE_PLAN } from './example.ts';
import {
  assumptions,
  compactPlan,
  defaultedPaths,
  expandPlan,
  personalValues,
  planJsonSchema,
} from './operations.ts';
import { parsePlan } from './parse.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(planJsonSchema());
const exchangeOnly = (exchange: Record<string, unknown>) => ({
  domains: { primary: 'contoso.com' },
  exchange: { product: 'exchange-2019', ...exchange },
});

describe('the published JSON Schema agrees with parsePlan', () => {
  it.each(Object.entries(SCENARIOS))('accepts the %s plan', (_name, plan) => {
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every plan parsePlan produces (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => validate(plan)),
      { numRuns: runs(200) },
    );
  });

  it('accepts the minimal input parsePlan accepts', () => {
    const minimal = { domains: { primary: 'contoso.com' } };
    expect(parsePlan(minimal, { today: '2026-11-22' }).ok).toBe(true);
    expect(validate(minimal)).toBe(true);
  });

  it.each([
    ['no primary domain', { exchange: { product: 'exchange-2019' } }],
    ['an unknown field', exchangeOnly({ namepsace: 'x' })],
    ['no sites', exchangeOnly({ sites: [] })],
    ['an unknown product', exchangeOnly({ product: 'exchange-2012' })],
    ['a bad address', exchangeOnly({ sites: [{ servers: [{ name: 'EX01', ip: '10.0.0.256' }] }] })],
    [
      'a long server name',
      exchangeOnly({ sites: [{ servers: [{ name: 'EXCHANGE-SERVER-01' }] }] }),
    ],
    ['a 3072-bit key', { domains: { primary: 'contoso.com' }, certificate: { keySize: 3072 } }],
    ['a Lync product for Exchange', exchangeOnly({ product: 'sfb-2019' })],
  ])('rejects %s, as parsePlan does', (_what, input) => {
    expect(parsePlan(input, { today: '2026-11-22' }).ok).toBe(false);
    expect(validate(input)).toBe(false);
  });
});

describe('the compact form of v2 links', () => {
  it('leaves out everything the example plan holds at its default', () => {
    expect(compactPlan(EXAMPLE_PLAN)).toEqual({
      o: { n: 'Contoso Ltd', c: 'US', s: 'Washington', l: 'Redmond' },
      d: { p: 'contoso.com', i: 'contoso.local' },
      C: { D: '2026-12-01' },
      x: {
        T: [
          {
            r: [
              { n: 'EX01', P: '10.0.0.11' },
              { n: 'EX02', P: '10.0.0.12' },
            ],
            U: '203.0.113.10',
          },
        ],
      },
      l: {
        e: true,
        p: [{ q: 'pool01.contoso.com', s: [{ n: 'FE01', P: '10.0.0.21' }] }],
        E: { A: '203.0.113.11', W: '203.0.113.12', V: '203.0.113.13' },
        x: { U: '203.0.113.10' },
      },
    });
  });

  it('expands back to the plan input the compact form stands for', () => {
    const result = parsePlan(expandPlan(compactPlan(EXAMPLE_PLAN)));
    expect(result).toEqual({ ok: true, plan: EXAMPLE_PLAN });
  });
});

describe('what the reader typed', () => {
  it('lists the personal values of every section, and no choices or flags', () => {
    const values = personalValues(EXAMPLE_PLAN);
    expect(values).toEqual(
      expect.arrayContaining([
        'Contoso Ltd',
        'contoso.com',
        'contoso.local',
        'mail.contoso.com',
        'EX01',
        '10.0.0.11',
        '203.0.113.10',
        'C:\\Certs',
        'mail.contoso.com 2026-12-01',
        'pool01.contoso.com',
        'LSEDGE01',
      ]),
    );
    expect(values).not.toContain('split-brain');
    expect(values).not.toContain('exchange-se');
    expect(values).not.toContain('meet');
  });

  it('says which Lync values were assumed, until the reader sets them', () => {
    const assumed = assumptions(EXAMPLE_PLAN, 'lync').map((entry) => entry.path);
    expect(assumed).toEqual([
      'lync.sipDomains',
      'lync.edge.internalFqdn',
      'lync.edge.accessFqdn',
      'lync.edge.webConferencingFqdn',
      'lync.edge.avFqdn',
      'lync.edge.servers',
    ]);
    const result = parsePlan({
      ...structuredClone(EXAMPLE_PLAN),
      lync: {
        ...EXAMPLE_PLAN.lync,
        edge: { ...EXAMPLE_PLAN.lync.edge, accessFqdn: 'access.contoso.com' },
      },
    });
    if (!result.ok) throw new Error('invalid');
    expect(assumptions(result.plan, 'lync').map((entry) => entry.path)).not.toContain(
      'lync.edge.accessFqdn',
    );
  });

  it('finds the values still at their defaults, which the editor lets follow', () => {
    const paths = defaultedPaths(EXAMPLE_PLAN).map((path) => path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'exchange.namespace',
        'exchange.legacy.namespace',
        'exchange.certificate.friendlyName',
        'certificate.validityDays',
        'lync.sipDomains',
      ]),
    );
    expect(paths).not.toContain('domains.primary');
    expect(paths).not.toContain('domains.internal');
    expect(paths).not.toContain('exchange.sites');
  });
});

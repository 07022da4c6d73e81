import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../tests/support/runs.ts';
import { arbitraryPlan } from '../../../../tests/support/arbitrary-plan.ts';
import { SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { EXAMPLE_PLAN } from './example.ts';
import {
  assumptions,
  CompactError,
  compactPlan,
  defaultedPaths,
  expandPlan,
  keyTables,
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

describe('the compact form, field by field', () => {
  const parsed = (input: Record<string, unknown>) => {
    const result = parsePlan(input, { today: '2026-12-01' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.plan;
  };

  it('keeps only the required primary domain and the date of a plan at its defaults', () => {
    expect(compactPlan(parsed({ domains: { primary: 'contoso.com' } }))).toEqual({
      d: { p: 'contoso.com' },
      C: { D: '2026-12-01' },
    });
    // The date is a default too when the caller gives the same day.
    expect(
      compactPlan(parsed({ domains: { primary: 'contoso.com' } }), { today: '2026-12-01' }),
    ).toEqual({ d: { p: 'contoso.com' } });
  });

  it('writes list items in full, each leaving out its own defaults', () => {
    const plan = parsed({
      domains: { primary: 'contoso.com', additional: ['fabrikam.com'] },
      exchange: {
        sites: [
          { name: 'Redmond', servers: [{ name: 'EX01' }] },
          { servers: [{ name: 'EX02', ip: '10.0.0.2' }] },
        ],
      },
      lync: { enabled: true, edge: { servers: [{ name: 'LSEDGE01' }, { name: 'LSEDGE02' }] } },
    });
    expect(compactPlan(plan)).toEqual({
      d: { p: 'contoso.com', a: ['fabrikam.com'] },
      C: { D: '2026-12-01' },
      x: { T: [{ n: 'Redmond', r: [{ n: 'EX01' }] }, { r: [{ n: 'EX02', P: '10.0.0.2' }] }] },
      l: { e: true, E: { s: [{ n: 'LSEDGE01' }, { n: 'LSEDGE02' }] } },
    });
    expect(parsePlan(expandPlan(compactPlan(plan)))).toEqual({ ok: true, plan });
  });
});

describe('expandPlan refuses what no link could hold, by path', () => {
  it.each([
    [[], 'not a plan object'],
    ['x', 'not a plan object'],
    [null, 'not a plan object'],
    [{ d: [] }, 'plan.domains is not an object'],
    [{ d: { a: 'x' } }, 'plan.domains.additional is not a list'],
    [{ x: { T: [{ r: [5] }] } }, 'plan.exchange.sites[0].servers[0] is not an object'],
    [
      { d: { a: Array.from({ length: 51 }, () => 'x.com') } },
      'plan.domains.additional has more than 50 entries',
    ],
    [{ zz: 1 }, 'unknown key "zz" in plan'],
    [{ d: { abcdefghijklmnop: 1 } }, 'unknown key "abcdefghijkl" in plan.domains'],
  ])('%j: %s', (compact, message) => {
    expect(() => expandPlan(compact)).toThrow(new CompactError(message));
  });

  it('expands short keys to field names at every depth, adding the version', () => {
    expect(
      expandPlan({ d: { p: 'contoso.com' }, x: { T: [{ r: [{ n: 'EX01' }] }], R: { E: true } } }),
    ).toEqual({
      version: 2,
      domains: { primary: 'contoso.com' },
      exchange: { sites: [{ servers: [{ name: 'EX01' }] }], services: { edge: true } },
    });
  });
});

describe('key tables', () => {
  it('has one table per object of the plan, lists marked [], the plan itself last', () => {
    const tables = keyTables();
    expect(Object.keys(tables)).toEqual([
      'organization',
      'domains',
      'certificate',
      'exchange.legacy.servers[]',
      'exchange.legacy',
      'exchange.sites[].servers[]',
      'exchange.sites[]',
      'exchange.services',
      'exchange.edge.servers[]',
      'exchange.edge',
      'exchange.certificate',
      'exchange',
      'lync.pools[].frontEnds[]',
      'lync.pools[]',
      'lync.director.servers[]',
      'lync.director',
      'lync.edge.servers[]',
      'lync.edge',
      'lync.reverseProxy',
      'lync.simpleUrls',
      'lync',
      '(plan)',
    ]);
    expect(tables['(plan)']).toEqual({
      organization: 'o',
      domains: 'd',
      certificate: 'C',
      exchange: 'x',
      lync: 'l',
    });
    expect(tables['exchange.sites[].servers[]']).toEqual({ name: 'n', ip: 'P' });
  });
});

describe('personal values, assumptions and defaults, exactly', () => {
  it('lists every personal value of the example plan in description order', () => {
    expect(personalValues(EXAMPLE_PLAN)).toEqual([
      'Contoso Ltd',
      'US',
      'Washington',
      'Redmond',
      'contoso.com',
      'contoso.local',
      'mail.contoso.com',
      'legacy.contoso.com',
      'Default-First-Site-Name',
      'EX01',
      '10.0.0.11',
      'EX02',
      '10.0.0.12',
      '203.0.113.10',
      'edge.contoso.com',
      'mail.contoso.com 2026-12-01',
      'C:\\Certs',
      'contoso.com',
      'pool01.contoso.com',
      'FE01',
      '10.0.0.21',
      'pool01.contoso.com',
      'webext.contoso.com',
      'dirpool.contoso.com',
      'webdir.contoso.com',
      'lsedge.contoso.local',
      'sip.contoso.com',
      'webcon.contoso.com',
      'av.contoso.com',
      'LSEDGE01',
      '203.0.113.11',
      '203.0.113.12',
      '203.0.113.13',
      '203.0.113.10',
      'dialin.contoso.com',
      '',
      'C:\\Certs',
    ]);
  });

  it('says what was assumed, with the value as JSON', () => {
    const result = parsePlan({ domains: { primary: 'contoso.com' } }, { today: '2026-12-01' });
    if (!result.ok) throw new Error('invalid');
    expect(assumptions(result.plan, 'exchange')).toEqual([
      {
        path: 'exchange.sites',
        text: 'one Exchange server, EX01, in the Default-First-Site-Name site',
        value: JSON.stringify([
          {
            name: 'Default-First-Site-Name',
            servers: [{ name: 'EX01', ip: null }],
            publicIp: null,
            internalVip: null,
            namespace: null,
            failbackNamespace: null,
            clientAccessArray: null,
          },
        ]),
      },
    ]);
    expect(assumptions(EXAMPLE_PLAN, 'exchange')).toEqual([]);
    expect(assumptions(EXAMPLE_PLAN, 'lync').slice(1, 3)).toEqual([
      {
        path: 'lync.edge.internalFqdn',
        text: "the Edge pool's internal name",
        value: '"lsedge.contoso.local"',
      },
      { path: 'lync.edge.accessFqdn', text: 'the Access Edge name', value: '"sip.contoso.com"' },
    ]);
  });

  it('looks inside a list the reader changed for items still at their defaults', () => {
    const plan = structuredClone(EXAMPLE_PLAN) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const result = parsePlan({
      ...plan,
      lync: {
        ...plan.lync,
        edge: { ...(plan.lync!.edge as object), servers: [{ name: 'EDGE9' }] },
      },
    });
    if (!result.ok) throw new Error('invalid');
    expect(assumptions(result.plan, 'lync').map((entry) => entry.path)).not.toContain(
      'lync.edge.servers',
    );
  });

  it('gives the path of every value still at its default, list items by index', () => {
    expect(defaultedPaths(EXAMPLE_PLAN).map((path) => path.join('.'))).toEqual([
      'domains.additional',
      'certificate.authority',
      'certificate.keySize',
      'certificate.validityDays',
      'certificate.purpose',
      'exchange.enabled',
      'exchange.product',
      'exchange.coexistWith',
      'exchange.namespace',
      'exchange.autodiscover',
      'exchange.legacy.namespace',
      'exchange.legacy.servers',
      'exchange.legacy.publicIp',
      'exchange.internalDns',
      'exchange.sites.0.name',
      'exchange.sites.0.internalVip',
      'exchange.sites.0.namespace',
      'exchange.sites.0.failbackNamespace',
      'exchange.sites.0.clientAccessArray',
      'exchange.services.pop',
      'exchange.services.imap',
      'exchange.services.um',
      'exchange.services.edge',
      'exchange.edge.fqdn',
      'exchange.edge.servers',
      'exchange.edge.publicIp',
      'exchange.certificate.wildcard',
      'exchange.certificate.friendlyName',
      'exchange.certificate.additionalNames',
      'exchange.certificateFolder',
      'exchange.pinPointOutsideAd',
      'exchange.sbs',
      'lync.product',
      'lync.sipDomains',
      'lync.pools.0.edition',
      'lync.pools.0.internalWeb',
      'lync.pools.0.externalWeb',
      'lync.pools.0.webVip',
      'lync.director.enabled',
      'lync.director.fqdn',
      'lync.director.servers',
      'lync.director.externalWeb',
      'lync.edge.enabled',
      'lync.edge.layout',
      'lync.edge.internalFqdn',
      'lync.edge.accessFqdn',
      'lync.edge.webConferencingFqdn',
      'lync.edge.avFqdn',
      'lync.edge.servers',
      'lync.reverseProxy.product',
      'lync.simpleUrls.meet',
      'lync.simpleUrls.dialin',
      'lync.simpleUrls.admin',
      'lync.mobility',
      'lync.federation',
      'lync.xmpp',
      'lync.issuingCa',
      'lync.certificateFolder',
      'lync.shareWithExchange',
    ]);
    expect(defaultedPaths(EXAMPLE_PLAN).find((path) => path.includes(0))).toEqual([
      'exchange',
      'sites',
      0,
      'name',
    ]);
  });
});

describe('the JSON Schema', () => {
  it('names itself and requires version 2', () => {
    const schema = planJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: '/schema/plan-v2.json',
      title: 'UC Runbook plan, version 2',
      type: 'object',
      additionalProperties: false,
      required: ['domains'],
    });
    expect(String(schema.description)).toMatch(/^Everything UC Runbook needs/);
    expect(Object.keys(schema.properties as object)).toEqual([
      'version',
      'organization',
      'domains',
      'certificate',
      'exchange',
      'lync',
    ]);
    expect((schema.properties as Record<string, unknown>).version).toEqual({
      const: 2,
      description: 'Plan format version.',
    });
    expect(validate({ version: 1, domains: { primary: 'contoso.com' } })).toBe(false);
  });
});

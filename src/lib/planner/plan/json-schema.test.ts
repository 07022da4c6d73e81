import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../../../../tests/support/arbitrary-plan.ts';
import { SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { PLAN_SCHEMA_V1 } from './json-schema.ts';
import { parsePlan } from './parse.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(PLAN_SCHEMA_V1);

describe('the published JSON Schema agrees with parsePlan', () => {
  it.each(Object.entries(SCENARIOS))('accepts the %s plan', (_name, plan) => {
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every plan parsePlan produces (property)', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => validate(plan)),
      { numRuns: 200 },
    );
  });

  it('accepts the minimal input parsePlan accepts', () => {
    const minimal = {
      domains: { primary: 'contoso.com' },
      exchange: { version: 2019, sites: [{ servers: [{ name: 'EX01' }] }] },
    };
    expect(parsePlan(minimal, { today: '2026-11-22' }).ok).toBe(true);
    expect(validate(minimal)).toBe(true);
  });

  it.each([
    [
      'an unknown field',
      {
        domains: { primary: 'contoso.com' },
        exchange: { version: '2019', sites: [{ servers: [{ name: 'EX01' }] }], namepsace: 'x' },
      },
    ],
    ['no sites', { domains: { primary: 'contoso.com' }, exchange: { version: '2019', sites: [] } }],
    [
      'an unknown version',
      {
        domains: { primary: 'contoso.com' },
        exchange: { version: '2010', sites: [{ servers: [{ name: 'EX01' }] }] },
      },
    ],
    [
      'a bad address',
      {
        domains: { primary: 'contoso.com' },
        exchange: { version: '2019', sites: [{ servers: [{ name: 'EX01', ip: '10.0.0.256' }] }] },
      },
    ],
    [
      'a long server name',
      {
        domains: { primary: 'contoso.com' },
        exchange: { version: '2019', sites: [{ servers: [{ name: 'EXCHANGE-SERVER-01' }] }] },
      },
    ],
    [
      'a 3072-bit key',
      {
        domains: { primary: 'contoso.com' },
        certificate: { keySize: 3072 },
        exchange: { version: '2019', sites: [{ servers: [{ name: 'EX01' }] }] },
      },
    ],
  ])('rejects %s, as parsePlan does', (_what, input) => {
    expect(parsePlan(input, { today: '2026-11-22' }).ok).toBe(false);
    expect(validate(input)).toBe(false);
  });
});

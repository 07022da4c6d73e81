import { describe, expect, it } from 'vitest';
import { planWith } from '../../../tests/support/scenarios.ts';
import { derive, productsOf } from './derive.ts';
import { powershellParts, type Step, type StepPart } from './derived.ts';
import { EXAMPLE_PLAN } from './plan/example.ts';
import { availableProducts, PRODUCT_IDS, PRODUCTS } from './products.ts';

describe('derive', () => {
  it.each(availableProducts().map((product) => product.id))(
    'derives %s as that product of its family',
    (id) => {
      expect(derive(EXAMPLE_PLAN, id).product).toEqual({
        id,
        family: PRODUCTS[id].family,
        label: PRODUCTS[id].label,
      });
    },
  );

  it.each(PRODUCT_IDS.filter((id) => !PRODUCTS[id].available))(
    'refuses %s, which has no rules yet, by name',
    (id) => {
      expect(() => derive(EXAMPLE_PLAN, id)).toThrow(`${PRODUCTS[id].label} has no rules yet`);
    },
  );
});

describe('productsOf', () => {
  it.each([
    [true, false, ['exchange-se']],
    [false, true, ['sfb-2019']],
    [true, true, ['exchange-se', 'sfb-2019']],
    [false, false, []],
  ])('exchange %s, lync %s → %j', (exchange, lync, expected) => {
    const plan = planWith({
      exchange: { enabled: exchange, product: 'exchange-se' },
      lync: { enabled: lync, product: 'sfb-2019' },
    });
    expect(productsOf(plan)).toEqual(expected);
  });
});

describe('powershellParts', () => {
  it("keeps a step's PowerShell parts, in order", () => {
    const first: StepPart = { kind: 'powershell', shell: 'exchange', statements: [] };
    const second: StepPart = { kind: 'powershell', shell: 'windows', statements: [] };
    const step: Step = {
      id: 's',
      title: 'S',
      why: 'W',
      runOn: 'EX01',
      notes: [],
      sources: [],
      parts: [
        { kind: 'instructions', items: ['x'] },
        first,
        { kind: 'wizard', tool: 't', actions: [] },
        second,
      ],
    };
    expect(powershellParts(step)).toEqual([first, second]);
    expect(powershellParts({ ...step, parts: [] })).toEqual([]);
  });
});

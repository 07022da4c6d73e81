import { describe, expect, it } from 'vitest';
import { planWith } from '../../../tests/support/scenarios.ts';
import { COMBINED_CERTIFICATE_ID } from '../../lib/planner/combined/index.ts';
import { derive, productsOf } from '../../lib/planner/derive.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { derivePlan } from './plan-derived.ts';

const PLANS: Record<string, Plan> = {
  'the example (Exchange and Lync)': EXAMPLE_PLAN,
  'Exchange only': planWith({ lync: { enabled: false } }),
  'Lync only': planWith({ exchange: { enabled: false } }),
  'one certificate for both': planWith({ lync: { shareWithExchange: true } }),
  'Exchange 2010 with Lync 2010': planWith({
    exchange: { product: 'exchange-2010' },
    lync: { product: 'lync-2010' },
  }),
};

describe("the checker's plan, each family's rules loaded on demand", () => {
  it.each(Object.entries(PLANS))('derives %s as lib/planner/derive.ts does', async (_, plan) => {
    const expected = productsOf(plan).map((product) => derive(plan, product));
    expect(expected.length).toBeGreaterThan(0);
    expect(await derivePlan(plan)).toEqual(expected);
  });

  it('derives the shared certificate when the plan asks for one', async () => {
    const derived = await derivePlan(PLANS['one certificate for both']!);
    const ids = derived.map((entry) => entry.certificates.map((certificate) => certificate.id));
    expect(ids).toHaveLength(2);
    for (const list of ids) expect(list).toContain(COMBINED_CERTIFICATE_ID);
  });
});

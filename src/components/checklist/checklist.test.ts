import { describe, expect, it } from 'vitest';
import { planWith } from '../../../tests/support/scenarios.ts';
import { deriveExchange } from '../../lib/planner/exchange/derive.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { checklistKey, isTicked, stepFingerprint, toggle } from './checklist.ts';

const steps = deriveExchange(EXAMPLE_PLAN, 'exchange-se').steps;
const step = (id: string, list = steps) => {
  const found = list.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('checklists', () => {
  it('keys the ticks by the plan (its primary domain) and the product', () => {
    expect(checklistKey(EXAMPLE_PLAN, 'exchange-se')).toBe(
      'uc-runbook:checklist:v1:contoso.com:exchange-se',
    );
    const other = planWith({ domains: { primary: 'fabrikam.com', additional: [] } });
    expect(checklistKey(other, 'exchange-se')).toBe(
      'uc-runbook:checklist:v1:fabrikam.com:exchange-se',
    );
  });

  it('fingerprints what a step asks for: 8 hex digits, the same for the same step', () => {
    const fingerprint = stepFingerprint(step('enable-certificate'));
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(
      stepFingerprint(
        step('enable-certificate', deriveExchange(EXAMPLE_PLAN, 'exchange-se').steps),
      ),
    ).toBe(fingerprint);
    expect(new Set(steps.map(stepFingerprint)).size).toBe(steps.length);
  });

  it('keeps the tick of a step whose commands did not change, and drops the one that changed', () => {
    let ticks = toggle({}, step('enable-certificate'), steps);
    ticks = toggle(ticks, step('dns-external'), steps);
    expect(Object.keys(ticks)).toEqual(['enable-certificate', 'dns-external']);
    // A new public address rewrites the public DNS step only.
    const changed = deriveExchange(
      planWith({
        exchange: { sites: [{ ...EXAMPLE_PLAN.exchange.sites[0]!, publicIp: '198.51.100.99' }] },
      }),
      'exchange-se',
    ).steps;
    expect(isTicked(ticks, step('enable-certificate', changed))).toBe(true);
    expect(isTicked(ticks, step('dns-external', changed))).toBe(false);
    expect(commands(step('dns-external', changed))).toContain('198.51.100.99');
  });

  it('un-ticks a ticked step, and forgets steps the runbook no longer has', () => {
    const ticks = { gone: 'deadbeef', ...toggle({}, step('verify'), steps) };
    expect(toggle(ticks, step('verify'), steps)).toEqual({});
  });
});

function commands(found: (typeof steps)[number]): string {
  return JSON.stringify(found.parts);
}

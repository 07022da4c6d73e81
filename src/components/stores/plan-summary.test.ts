import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { planWith } from '../../../tests/support/scenarios.ts';
import { listed, summarizePlan } from './plan-summary.ts';

describe('what a shared plan holds, before it is used', () => {
  it('names the domains, products, servers and folders of the example plan', () => {
    expect(summarizePlan(EXAMPLE_PLAN)).toEqual({
      domains: 'contoso.com',
      products: 'Exchange Server SE',
      servers: 'EX01, EX02',
      folders: 'C:\\Certs',
      warnings: [],
    });
  });

  it('warns when certificate files would go to a share outside the plan domains', () => {
    const summary = summarizePlan(
      planWith({ exchange: { certificateFolder: '\\\\attacker.example.net\\drop' } }),
    );
    expect(summary.folders).toBe('\\\\attacker.example.net\\drop');
    expect(summary.warnings).toEqual([expect.stringContaining('attacker.example.net')]);
  });

  it('lists a few and counts the rest', () => {
    expect(listed(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(listed([])).toBe('none');
  });
});

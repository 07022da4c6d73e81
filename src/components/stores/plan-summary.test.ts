import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { planWith } from '../../../tests/support/scenarios.ts';
import { listed, summarizePlan } from './plan-summary.ts';

describe('what a shared plan holds, before it is used', () => {
  it('names the domains, products, servers and folders of the example plan', () => {
    expect(summarizePlan(EXAMPLE_PLAN)).toEqual({
      domains: 'contoso.com',
      products: 'Exchange Server SE, Skype for Business Server Subscription Edition',
      servers: 'EX01, EX02, FE01, LSEDGE01',
      folders: 'C:\\Certs',
      warnings: [],
    });
  });

  it('warns when certificate files would go to a share outside the plan domains', () => {
    const summary = summarizePlan(
      planWith({ exchange: { certificateFolder: '\\\\attacker.example.net\\drop' } }),
    );
    expect(summary.folders).toBe('\\\\attacker.example.net\\drop, C:\\Certs');
    expect(summary.warnings).toEqual([expect.stringContaining('attacker.example.net')]);
  });

  it('names only the servers of the products the plan runs', () => {
    const exchangeOnly = planWith({ lync: { enabled: false } });
    expect(summarizePlan(exchangeOnly).servers).toBe('EX01, EX02');
    expect(summarizePlan(exchangeOnly).products).toBe('Exchange Server SE');
    const lyncOnly = planWith({
      exchange: { enabled: false },
      lync: { director: { enabled: true, servers: [{ name: 'DIR01', ip: null }] } },
    });
    expect(summarizePlan(lyncOnly).servers).toBe('FE01, DIR01, LSEDGE01');
  });

  it('warns about a Lync certificate share as well', () => {
    const summary = summarizePlan(
      planWith({ lync: { certificateFolder: '\\\\attacker.example.net\\lync' } }),
    );
    expect(summary.warnings).toEqual([expect.stringContaining('attacker.example.net')]);
  });

  it('lists a few and counts the rest', () => {
    expect(listed(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(listed([])).toBe('none');
  });
});

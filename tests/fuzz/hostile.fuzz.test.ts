/**
 * The fuzz gate in npm test (issue 8), bounded to about 30 seconds on the 2-core CI machine; `npm
 * run fuzz -- --runs 100000` runs the full set (scripts/fuzz.ts). Kept out of the mutation run
 * (vitest.mutation.config.ts includes src/lib only): it checks whole outputs, not one rule.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './harness.ts';

describe('fuzz gate', () => {
  it('generated plans, hostile inputs and mutated links: no exception, no value outside its literal, no zone rejected', async () => {
    const tally = await runFuzz({ plans: 150, links: 300, zoneEvery: 10 });
    expect(tally.problems).toEqual([]);
    expect(tally.derived).toBeGreaterThan(200);
    expect(tally.invalid).toBeGreaterThan(30);
    expect(tally.zonesChecked).toBeGreaterThan(20);
  }, 120_000);
});

/**
 * The CLI's outputs for the example and largest plans, per Exchange product, are exactly the
 * reviewed files in tests/fixtures/golden (tests/support/golden.ts). When a rule changes an output
 * on purpose, regenerate them with `node scripts/update-golden-outputs.ts` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIRECTORY, goldenCases, goldenOutput } from '../support/golden.ts';

describe('golden outputs', () => {
  it.each(goldenCases().map((entry) => [entry.file, entry] as const))(
    '%s is the reviewed file',
    async (file, entry) => {
      const expected = readFileSync(`${GOLDEN_DIRECTORY}${file}`, 'utf8');
      expect(await goldenOutput(entry)).toBe(expected);
    },
  );

  it('covers Exchange 2007 and 2010 as well as 2013 to SE', () => {
    const files = goldenCases().map((entry) => entry.file);
    for (const version of ['2007', '2010', '2013', '2016', '2019', 'se'])
      expect(files).toContain(`example-${version}-script.ps1`);
  });
});

/**
 * Rewrites tests/fixtures/golden from today's CLI (see tests/support/golden.ts). Run it only when
 * outputs change on purpose, then read `git diff tests/fixtures/golden` file by file:
 *   node scripts/update-golden-outputs.ts
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { GOLDEN_DIRECTORY, goldenCases, goldenOutput } from '../tests/support/golden.ts';

const cases = goldenCases();
const keep = new Set([...cases.map((entry) => entry.file), 'largest-plan.v1.json']);
for (const file of readdirSync(GOLDEN_DIRECTORY))
  if (!keep.has(file)) rmSync(`${GOLDEN_DIRECTORY}${file}`);
for (const entry of cases)
  writeFileSync(`${GOLDEN_DIRECTORY}${entry.file}`, await goldenOutput(entry));
console.log(`wrote ${cases.length} files to ${GOLDEN_DIRECTORY}`);

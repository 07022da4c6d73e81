/**
 * npm run test:mutation:sample [-- --share 0.06] [-- --seed 1] [-- --under src/lib/planner/lync]:
 * Stryker over a reproducible sample
 * of the code lines of src/lib/planner and src/lib/render (scripts/mutation/sample.ts), then the
 * score per folder with its 95 % interval. Exits 1 when the whole sample's score is under 80 %.
 * `npm run test:mutation` is the full run (every line; hours on a 2-core host).
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { folderScores, sampleLines } from './mutation/sample.ts';

const BREAK = 80;
const REPORT = 'reports/mutation/mutation.json';
const { values } = parseArgs({
  options: {
    share: { type: 'string', default: '0.06' },
    seed: { type: 'string', default: '1' },
    // Only the files under this folder (src/lib/planner/lync): the same lines as in a whole run.
    under: { type: 'string', default: 'src/lib/' },
  },
});
const share = Number(values.share);
const seed = Number(values.seed);
if (!(share > 0 && share <= 1) || !Number.isInteger(seed)) {
  console.error('usage: npm run test:mutation:sample -- [--share 0<s≤1] [--seed integer]');
  process.exit(2);
}

const files = new Map<string, string>();
for await (const file of glob('src/lib/{planner,render}/**/*.ts')) {
  if (file.endsWith('.test.ts')) continue;
  files.set(file, await readFile(file, 'utf8'));
}
const mutate = sampleLines(files, share, seed).filter((entry) => entry.startsWith(values.under!));
console.log(`sample: ${mutate.length} lines of ${files.size} files (share ${share}, seed ${seed})`);
const started = performance.now();
const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate.join(',')], {
  stdio: 'inherit',
});
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 1);

const scores = folderScores(JSON.parse(await readFile(REPORT, 'utf8')));
console.log(`\nmutation score per folder (sampled lines, 95 % interval), run ${minutes} min`);
for (const { folder, killed, survived, score, low, high } of scores)
  console.log(
    `${folder.padEnd(20)} ${score.toFixed(1).padStart(5)} %  [${low.toFixed(1)}–${high.toFixed(1)}]  ${killed} detected, ${survived} not`,
  );
const all = scores.find((entry) => entry.folder === 'all');
process.exit(all && all.score >= BREAK ? 0 : 1);

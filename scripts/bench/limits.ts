/**
 * The largest plan the limits accept (tests/support/largest-accepted.ts): how long the slowest
 * product takes to derive it, and how much memory the CLI needs to print all of it as JSON. The
 * probe's unlimited plan (20 sites × 50 servers) took 221 MB and printed 7.3 MB (issue 8).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableProducts, derive } from '../../src/lib/planner/index.ts';
import { LARGEST_ACCEPTED_PLAN } from '../../tests/support/largest-accepted.ts';
import type { Figure } from './types.ts';

const BIN = fileURLToPath(new URL('../../bin/uc-runbook.mjs', import.meta.url));

function medianMs(work: () => void, runs: number): number {
  for (let index = 0; index < 5; index += 1) work();
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
}

/** Peak resident memory (MB) of `uc-runbook plan <file> --json --product <id>`, and its output size. */
function cliPeak(file: string, product: string): { megabytes: number; outputBytes: number } {
  // The child reports its own peak on exit, on stderr after everything else it wrote.
  const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS))`;
  const result = spawnSync(
    process.execPath,
    ['--import', report, BIN, 'plan', file, '--json', '--product', product],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const kilobytes = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  return { megabytes: kilobytes / 1024, outputBytes: Buffer.byteLength(result.stdout) };
}

export async function limitFigures(): Promise<Figure[]> {
  const products = availableProducts().map((product) => product.id);
  const derives = products.map((product) =>
    medianMs(() => derive(LARGEST_ACCEPTED_PLAN, product), 30),
  );
  const slowest = products[derives.indexOf(Math.max(...derives))]!;
  const file = join(mkdtempSync(join(tmpdir(), 'uc-runbook-bench-')), 'largest-accepted.json');
  writeFileSync(file, JSON.stringify(LARGEST_ACCEPTED_PLAN));
  const cli = cliPeak(file, slowest);
  return [
    {
      name: 'derive, largest plan the limits accept (20 sites, 64 + 16 + 16 Exchange servers, 50 domains, UM), slowest version',
      value: Math.max(...derives),
      unit: 'ms median',
      budget: 100,
      note: products.map((product, index) => `${product} ${derives[index]!.toFixed(1)}`).join(', '),
    },
    {
      name: `CLI peak memory, plan --json of the largest accepted plan (${slowest})`,
      value: Math.round(cli.megabytes),
      unit: 'MB',
      budget: 150,
      note: `printed ${(cli.outputBytes / 1e6).toFixed(2)} MB of JSON`,
    },
  ];
}

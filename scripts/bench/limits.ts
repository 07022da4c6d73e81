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
import type { Family } from '../../src/lib/planner/products.ts';
import { normalizeHostname } from '../../src/lib/planner/names/hostname.ts';
import { loadIdna } from '../../src/lib/planner/names/idna.ts';
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
  const slowestOf = (family: Family) => {
    const ids = availableProducts(family).map((product) => product.id);
    const times = ids.map((id) => derives[products.indexOf(id)]!);
    return { id: ids[times.indexOf(Math.max(...times))]!, ms: Math.max(...times) };
  };
  const exchange = slowestOf('exchange');
  const lync = slowestOf('lync');
  const slowest = lync.ms > exchange.ms ? lync.id : exchange.id;
  const file = join(mkdtempSync(join(tmpdir(), 'uc-runbook-bench-')), 'largest-accepted.json');
  writeFileSync(file, JSON.stringify(LARGEST_ACCEPTED_PLAN));
  const cli = cliPeak(file, slowest);
  await loadIdna();
  // The longest international name that can be valid (4 labels of 18 CJK characters), and 20,000
  // of them at once, which must be refused by its length before any Unicode work (issue 8).
  const label = Array.from({ length: 18 }, (_, index) => String.fromCodePoint(0x4e00 + index * 7));
  const longestValid = `${Array(4).fill(label.join('')).join('.')}.com`;
  const flood = `${Array.from({ length: 20_000 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('')}.com`;
  const idnaValid = medianMs(() => normalizeHostname(longestValid), 200);
  const idnaFlood = medianMs(() => normalizeHostname(flood), 200);
  return [
    {
      name: 'derive, largest plan the limits accept (20 sites, 64 + 16 + 16 Exchange servers, 50 domains, UM), slowest Exchange version',
      value: exchange.ms,
      unit: 'ms median',
      budget: 100,
      note: products.map((product, index) => `${product} ${derives[index]!.toFixed(1)}`).join(', '),
    },
    {
      // A certificate per Front End, each with every SIP domain's names: output grows as
      // servers × domains, hence its own, larger budget (the plan bar's keystroke budget is
      // measured on the example plan).
      name: 'derive, largest plan the limits accept (32 Front Ends in 2 pools, 16 Directors, 16 Edges, 50 SIP domains), slowest Lync version',
      value: lync.ms,
      unit: 'ms median',
      budget: 500,
      note: lync.id,
    },
    {
      name: `CLI peak memory, plan --json of the largest accepted plan (${slowest})`,
      value: Math.round(cli.megabytes),
      unit: 'MB',
      // The probe's unlimited plan took 221 MB; the largest Lync plan prints about 5 MB of JSON.
      budget: 200,
      note: `printed ${(cli.outputBytes / 1e6).toFixed(2)} MB of JSON`,
    },
    {
      name: 'host name check, longest valid international name (4 × 18 CJK characters)',
      value: idnaValid,
      unit: 'ms median',
      budget: 5,
    },
    {
      name: 'host name check, 20,000 CJK characters (refused by length before any Unicode work)',
      value: idnaFlood,
      unit: 'ms median',
      budget: 1,
    },
  ];
}

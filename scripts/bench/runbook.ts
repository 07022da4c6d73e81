/**
 * Runbook figures: `uc-runbook runbook` wall time and PDF size for the example plan and the long
 * plan (ten domains, eight Exchange servers, Exchange and Skype for Business together), run as a
 * reader runs it (a new process, Chromium started and stopped, dist/ already built by the site
 * figures), and the /runbook/ page's initial JS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LONG_RUNBOOK_PLAN } from '../../tests/support/runbook-plans.ts';
import { initialScriptBytes, kb } from './site.ts';
import type { Figure } from './types.ts';

const RUNS = 3;

function printPdf(source: string[], out: string): number {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['bin/uc-runbook.mjs', 'runbook', ...source, '-o', out],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`uc-runbook runbook failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runbookFigures(): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'uc-runbook-bench-'));
  try {
    const longPlan = join(folder, 'long.json');
    writeFileSync(longPlan, JSON.stringify(LONG_RUNBOOK_PLAN));
    const cases = [
      { name: 'example plan', source: ['--example'] },
      {
        name: 'long plan (10 domains, 8 Exchange servers, Exchange + SfB 2019)',
        source: [longPlan],
      },
    ];
    const figures: Figure[] = [];
    for (const { name, source } of cases) {
      const out = join(folder, 'runbook.pdf');
      const times = Array.from({ length: RUNS }, () => printPdf(source, out));
      figures.push(
        {
          name: `uc-runbook runbook, ${name}: wall time (median of ${RUNS})`,
          value: Math.round(median(times) * 10) / 10,
          unit: 's',
          budget: 10,
          note: `runs ${times.map((time) => time.toFixed(1)).join(', ')} s (process start, Chromium launch, page render, page.pdf); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
        },
        {
          name: `uc-runbook runbook, ${name}: PDF size`,
          value: kb(statSync(out).size),
          unit: 'KB',
        },
      );
    }
    const initial = initialScriptBytes('/runbook/');
    figures.push({
      name: 'initial JS of /runbook/ (gzip, external + inline)',
      value: kb(initial.bytes),
      unit: 'KB',
      budget: 45,
      note: 'the sections of each product family hydrate (and load their rules) only when the plan runs that family (client:plan-family)',
    });
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

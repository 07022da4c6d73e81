/**
 * Certificate checker figures, on the build the site figures just made: the size of what the
 * checker loads on its first input (its engine, the plan's rules and the pkijs reader), the time
 * to read and compare a 50-name certificate in Chromium, and that no page's initial JS holds pkijs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Request } from 'playwright-core';
import { opensslFixtures } from '../../tests/support/openssl.ts';
import { launchOptions } from '../../tests/support/chromium.ts';
import { gz, initialScriptBytes, initialScripts, kb, serve } from './site.ts';
import type { Figure } from './types.ts';

const DIST = 'dist';
const PORT = 4327;
const PAGE = '/tools/certificate-checker/';
const RUNS = 30;
const WARM_UP = 5;
/** A string only pkijs's code holds (its schema errors), to find its chunk whatever its hashed name. */
const PKIJS_MARK = "Object's schema was not verified against input data for";

/** Every built page, as a site path (/, /your-plan/, …). */
function pages(directory = DIST, prefix = '/'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'index.html') found.push(prefix);
    else if (entry.isDirectory() && entry.name !== '_astro')
      found.push(...pages(join(directory, entry.name), `${prefix}${entry.name}/`));
  }
  return found;
}

const chunkPath = (name: string) => `/_astro/${name}`;
const chunks = () => readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/**
 * What the first input loads, as the browser fetches it: every script requested from the input
 * until the first read-and-compare has finished (the engine, the rules of the families the plan
 * runs, the sharing rules when it shares a certificate, the pkijs reader). The highlighter, which
 * the report's code blocks load once they appear (after that), is measured by the site figures.
 */
async function firstInputScripts(page: Page, certificate: string): Promise<string[]> {
  await page.goto(`http://127.0.0.1:${PORT}${PAGE}`, { waitUntil: 'networkidle' });
  await page.locator('.uc-checker[data-ready]').waitFor();
  const fetched = new Set<string>();
  const record = (request: Request) => {
    if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname);
  };
  page.on('request', record);
  await page.locator('.uc-checker-text').fill(certificate);
  await page.waitForFunction(() => performance.getEntriesByName('uc-runbook:check').length > 0);
  page.off('request', record);
  return [...fetched];
}

/** Read-and-compare times (the island's User Timing measure) for the 50-name certificate. */
async function checkTimes(page: Page, certificate: string): Promise<number[]> {
  await page.goto(`http://127.0.0.1:${PORT}${PAGE}`, { waitUntil: 'networkidle' });
  await page.locator('.uc-checker[data-ready]').waitFor();
  const samples: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    // One input event with the whole text, as a paste gives (a trailing space makes each one new).
    const duration = await page.evaluate(
      async (text) => {
        const before = performance.getEntriesByName('uc-runbook:check').length;
        const field = document.querySelector<HTMLTextAreaElement>('.uc-checker-text')!;
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        for (;;) {
          const entries = performance.getEntriesByName('uc-runbook:check');
          if (entries.length > before) return entries[entries.length - 1]!.duration;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      },
      `${certificate}${' '.repeat(run % 2)}`,
    );
    if (run >= WARM_UP) samples.push(duration);
  }
  const status = await page.locator('.uc-checker').getAttribute('data-status');
  if (status !== 'read') throw new Error(`the checker did not read the certificate (${status})`);
  return samples;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
  ] ?? Number.NaN;

export async function checkerFigures(): Promise<Figure[]> {
  const certificate = readFileSync(opensslFixtures().path('leaf-many-names.pem'), 'utf8');
  const pkijsChunks = new Set(
    chunks()
      .filter((name) => read(chunkPath(name)).includes(PKIJS_MARK))
      .map(chunkPath),
  );
  if (pkijsChunks.size === 0) throw new Error('no chunk holds pkijs: has the marker changed?');
  const withPkijs = pages().filter((path) =>
    [...initialScripts(path).files].some((file) => pkijsChunks.has(file)),
  );
  const initial = initialScriptBytes(PAGE);

  const server = await serve(PORT);
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const lazyFiles = await firstInputScripts(page, certificate);
    const bytesOf = (files: string[]) =>
      files.reduce((sum, file) => sum + gz(readFileSync(join(DIST, file))), 0);
    const readerFiles = lazyFiles.filter((file) => pkijsChunks.has(file));
    const ruleFiles = lazyFiles.filter((file) => !pkijsChunks.has(file));
    const times = await checkTimes(page, certificate);
    return [
      {
        name: 'checker page initial JS (gzip)',
        value: kb(initial.bytes),
        unit: 'KB',
        budget: 45,
      },
      // Two budgets, because the two halves grow for different reasons. pkijs 4 cannot be
      // tree-shaken below about 85 KB (its crypto engine refers to every class it has). The rest
      // is the plan's rules, which grow with each product family: the example plan runs Exchange
      // and Lync, so the checker derives both (the budget of 150 KB for the whole was set when
      // the checker had only Exchange's rules to load).
      {
        name: 'checker chunk loaded on the first input, pkijs reader (gzip)',
        value: kb(bytesOf(readerFiles)),
        unit: 'KB',
        budget: 90,
        note: readerFiles.join(', '),
      },
      {
        name: "checker chunk loaded on the first input, engine and both families' rules (gzip)",
        value: kb(bytesOf(ruleFiles)),
        unit: 'KB',
        budget: 120,
        note: `${ruleFiles.join(', ')}; ${kb(bytesOf(lazyFiles))} KB in all`,
      },
      {
        name: `read and compare a 50-name certificate in Chromium, median of ${RUNS}`,
        value: Math.round(percentile(times, 50) * 10) / 10,
        unit: 'ms',
        budget: 20,
        note: `min ${Math.min(...times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores (the median follows the machine's load)`,
      },
      {
        name: 'pages whose initial JS holds pkijs',
        value: withPkijs.length,
        unit: 'pages',
        budget: 0,
        note: withPkijs.length > 0 ? withPkijs.join(', ') : `none of ${pages().length}`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

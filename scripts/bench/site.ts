/**
 * Site figures, measured on the built site in one run: build time, initial JS per guide page next
 * to a plain Starlight page of the same build, the lazy highlighter's size, keystroke-to-paint, and
 * whether a guide's JavaScript holds another product family's rules.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from 'playwright-core';
import {
  availableProducts,
  FAMILIES,
  guideHref,
  type Family,
} from '../../src/lib/planner/products.ts';
import { launchOptions } from '../../tests/support/chromium.ts';
import type { Figure } from './types.ts';

const DIST = 'dist';
/** Another port through UC_RUNBOOK_BENCH_PORT, so two checkouts can run the bench side by side. */
const PORT = Number(process.env.UC_RUNBOOK_BENCH_PORT ?? 4325);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Every guide, from the product registry. */
const GUIDES = availableProducts().map((product) => guideHref(product.id));
/** The plain Starlight page of the same build: no islands, no plan bar. */
const PLAIN_PAGE = '/about/';
const KEYSTROKES = 60;
const WARM_UP = 10;

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
export const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

export async function serve(port = PORT): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve-dist.ts', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => server.stdout?.once('data', () => resolve()));
  return server;
}

/**
 * A page's initial JS: what it must fetch and run before it is interactive. That is every script
 * its HTML loads (external and inline), the islands it hydrates on load, and everything those
 * import statically, read from the built files. Dynamic imports are not initial: islands that
 * hydrate when scrolled into view, the highlighter, the permalink codec, and the stand-in for
 * Starlight's search UI imported when the browser is idle. The browser run below adds what a page
 * fetches by network idle without any interaction, held to the same budget.
 */
export function initialScripts(path: string): { files: Set<string>; inline: string } {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const files = new Set<string>();
  const visit = (file: string) => staticClosure(file, files);
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const source = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
    if (source) visit(source);
    else inline.push(match[2]!);
  }
  for (const match of inline.join('\n').matchAll(STATIC_IMPORT)) visit(match[1]!);
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const tag = match[0];
    if (!/\bclient="load"/.test(tag)) continue;
    for (const attribute of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\b${attribute}="([^"]+)"`).exec(tag)?.[1];
      if (url) visit(url);
    }
  }
  return { files, inline: inline.join('\n') };
}

/** `import … from"./x.js"` and `import"./x.js"` in minified ESM; `import("…")` does not match. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** Adds `file` (a site path such as /_astro/x.js) and everything it imports statically to `files`. */
function staticClosure(file: string, files: Set<string>): Set<string> {
  if (files.has(file)) return files;
  files.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT))
    staticClosure(posix.join(posix.dirname(file), match[1]!), files);
  return files;
}

export function initialScriptBytes(path: string): { bytes: number; files: Set<string> } {
  const { files, inline } = initialScripts(path);
  let bytes = gz(inline);
  for (const file of files) bytes += gz(readFileSync(join(DIST, file)));
  return { bytes, files };
}

/** gzip size of scripts the browser fetches by network idle, untouched, beyond the initial ones. */
async function idleScriptBytes(
  page: Page,
  path: string,
  initial: Set<string>,
): Promise<{ bytes: number; files: string[] }> {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const extra = responses.filter((response) => !initial.has(new URL(response.url()).pathname));
  const sizes = await Promise.all(extra.map(async (response) => gz(await response.body())));
  return {
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    files: extra.map((response) => new URL(response.url()).pathname),
  };
}

/**
 * gzip size of the JS fetched to highlight the first code block: the `highlight` chunk, imported
 * when a code block first renders, and everything it pulls in (shiki core, engine, grammar, themes).
 */
async function highlighterBytes(page: Page): Promise<number> {
  await page.goto(`${ORIGIN}/exchange/se/`, { waitUntil: 'networkidle' });
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.locator('.uc-runbook').scrollIntoViewIfNeeded();
  await page.locator('.uc-runbook pre span[style]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const first = responses.findIndex((response) =>
    /\/highlight\.[^/]*\.js$/.test(new URL(response.url()).pathname),
  );
  if (first === -1) throw new Error('the highlight chunk was not fetched');
  const sizes = await Promise.all(
    responses.slice(first).map(async (response) => gz(await response.body())),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * Brings each island into view and waits until it has hydrated (the example plan is shown, so
 * client:personal islands keep their server HTML and are not waited for).
 */
async function hydrateAll(page: Page): Promise<void> {
  const selector = ':not(astro-island[client="personal"]) > .uc-island';
  const islands = page.locator(selector);
  const count = await islands.count();
  for (let index = 0; index < count; index += 1) {
    await islands.nth(index).scrollIntoViewIfNeeded();
    await page.waitForFunction(
      ({ position, selector }) =>
        document.querySelectorAll(selector)[position]?.hasAttribute('data-ready'),
      { position: index, selector },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Keystroke to paint on a guide: time from the keydown in the plan bar's domain field until every
 * output island shows the new plan revision and the next frame has been painted.
 */
async function keystrokeToPaint(page: Page): Promise<number[]> {
  await page.goto(`${ORIGIN}/exchange/se/`, { waitUntil: 'networkidle' });
  await hydrateAll(page);
  // Focus the field once; keystrokes then go to the focused element without locating it again
  // (label lookups over a page this size would dominate the harness's own time).
  await page.getByLabel('Primary domain').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'contoso'.length; i += 1) await page.keyboard.press('ArrowRight');
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + KEYSTROKES; i += 1) {
    // Install the probe first, then press: a keydown before the listener would never be seen.
    // End = just after the first frame painted once every output island shows the new revision
    // (requestAnimationFrame runs before that frame's paint; a posted message runs after it).
    await page.evaluate(() => {
      const islands = [
        ...document.querySelectorAll('.uc-certificates, .uc-dns, .uc-runbook, .uc-findings'),
      ];
      const before = islands.map((island) => island.getAttribute('data-revision'));
      (window as unknown as { keystroke: Promise<number> }).keystroke = new Promise<number>(
        (resolve) => {
          let start = 0;
          const observer = new MutationObserver(() => {
            if (
              start === 0 ||
              islands.some(
                (island, index) => island.getAttribute('data-revision') === before[index],
              )
            )
              return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(0);
            });
          });
          for (const island of islands)
            observer.observe(island, { attributes: true, attributeFilter: ['data-revision'] });
          addEventListener(
            'keydown',
            () => {
              start = performance.now();
            },
            { capture: true, once: true },
          );
        },
      );
    });
    // Type a letter, then take it away: every keystroke changes the plan, and the domain stays a
    // valid name (labels end at 63 characters) however many keystrokes are measured.
    await page.keyboard.press(i % 2 === 0 ? String.fromCharCode(97 + ((i / 2) % 26)) : 'Backspace');
    const elapsed = await Promise.race([
      page.evaluate(() => (window as unknown as { keystroke: Promise<number> }).keystroke),
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`keystroke ${i}: the islands did not repaint within 5 s`)),
          5000,
        ),
      ),
    ]);
    if (i >= WARM_UP) samples.push(elapsed);
  }
  return samples;
}

/**
 * A family's rules in a bundle: every rule id starts with the family id (`rule:
 * 'exchange.san.namespace'`, `rule: 'lync.…'`), which minified code writes `rule:"exchange.…"`.
 */
const ruleMarker = (family: Family) => new RegExp(`\\brule:\\s*["'\`]${family}\\.`);

interface FamilyCheck {
  /** `guide: file holds lync rule ids`, one per offending file and family. */
  leaks: string[];
  /** The guide opened for each family that has one. */
  checked: string[];
  /** Families without a guide yet. */
  skipped: Family[];
}

/**
 * A page bundles only its own family's rules: for each family with a guide, one guide is opened,
 * every island hydrated and every JavaScript response read; none may hold another family's rule
 * ids. The page's own family's ids must be found, or the marker no longer matches the bundles and
 * the check would pass without looking.
 */
async function familyRuleLeaks(onPage: <T>(work: (page: Page) => Promise<T>) => Promise<T>) {
  const families = Object.values(FAMILIES).map((family) => family.id);
  const check: FamilyCheck = { leaks: [], checked: [], skipped: [] };
  for (const family of families) {
    const [product] = availableProducts(family);
    if (!product) {
      check.skipped.push(family);
      continue;
    }
    const guide = guideHref(product.id);
    check.checked.push(guide);
    const scripts = await onPage(async (page) => {
      const responses: Response[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') responses.push(response);
      });
      await page.goto(`${ORIGIN}${guide}`, { waitUntil: 'networkidle' });
      await hydrateAll(page);
      if ((await page.locator('.uc-code pre').count()) > 0)
        await page.locator('.uc-code pre span[style]').first().waitFor({ state: 'attached' });
      return Promise.all(
        responses.map(async (response) => ({
          file: new URL(response.url()).pathname,
          text: (await response.body()).toString('utf8'),
        })),
      );
    });
    if (!scripts.some((script) => ruleMarker(family).test(script.text))) {
      throw new Error(
        `no ${family} rule ids found in the JavaScript of ${guide}: ${ruleMarker(family)} no longer matches the bundles`,
      );
    }
    for (const other of families.filter((id) => id !== family)) {
      for (const script of scripts.filter((script) => ruleMarker(other).test(script.text)))
        check.leaks.push(`${guide}: ${script.file} holds ${other} rule ids`);
    }
  }
  return check;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};

export async function siteFigures(): Promise<Figure[]> {
  const buildSeconds = build();
  const server = await serve();
  const browser = await chromium.launch(launchOptions);
  /** Each measurement gets a page of its own, closed afterwards: background pages are throttled. */
  const onPage = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  try {
    const guides = GUIDES.map((guide) => initialScriptBytes(guide));
    const plain = initialScriptBytes(PLAIN_PAGE);
    const heaviest = Math.max(...guides.map((guide) => guide.bytes));
    const heaviestGuide = GUIDES[guides.findIndex((guide) => guide.bytes === heaviest)]!;
    const idleGuide = await onPage((page) =>
      idleScriptBytes(page, heaviestGuide, guides[GUIDES.indexOf(heaviestGuide)]!.files),
    );
    const idlePlain = await onPage((page) => idleScriptBytes(page, PLAIN_PAGE, plain.files));
    const highlighter = await onPage(highlighterBytes);
    const latencies = await onPage(keystrokeToPaint);
    const families = await familyRuleLeaks(onPage);
    const ratio = heaviest / plain.bytes;
    return [
      {
        name: 'full build (astro build)',
        value: Math.round(buildSeconds * 10) / 10,
        unit: 's',
        budget: 60,
      },
      {
        name: 'initial JS per guide page, heaviest guide (gzip, external + inline)',
        value: kb(heaviest),
        unit: 'KB',
        budget: 45,
        note: `${GUIDES.map((guide, index) => `${guide} ${kb(guides[index]!.bytes)} KB`).join(', ')}; plain Starlight page ${PLAIN_PAGE} ${kb(plain.bytes)} KB; ratio ${ratio.toFixed(2)}×`,
      },
      {
        name: `initial JS, plain Starlight page ${PLAIN_PAGE} (gzip)`,
        value: kb(plain.bytes),
        unit: 'KB',
      },
      {
        name: 'initial JS ratio, heaviest guide / plain page',
        value: Math.round(ratio * 100) / 100,
        unit: '×',
      },
      {
        name: 'all JS fetched by network idle, no interaction (gzip), heaviest guide',
        value: kb(heaviest + idleGuide.bytes),
        unit: 'KB',
        budget: 45,
        note: `initial + ${kb(idleGuide.bytes)} KB later (${idleGuide.files.join(', ') || 'nothing'}); plain page ${kb(plain.bytes + idlePlain.bytes)} KB. Starlight's search UI itself loads only when the reader reaches for search (src/integrations/pagefind-on-intent.ts).`,
      },
      {
        name: 'lazy highlighter (shiki core + JS regex engine + PowerShell + 2 themes, gzip)',
        value: kb(highlighter),
        unit: 'KB',
      },
      {
        name: `keystroke-to-paint on a guide, p95 of ${KEYSTROKES} keystrokes`,
        value: Math.round(percentile(latencies, 95) * 10) / 10,
        unit: 'ms',
        budget: 50,
        note: `median ${percentile(latencies, 50).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
      },
      {
        name: "JS files of a guide holding another family's rule ids (one guide per family)",
        value: families.leaks.length,
        unit: 'files',
        budget: 0,
        note: [
          `checked ${families.checked.join(', ')}, every island hydrated, every JS response read`,
          families.skipped.length > 0 ? `no guide yet: ${families.skipped.join(', ')}` : '',
          ...families.leaks,
        ]
          .filter(Boolean)
          .join('; '),
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

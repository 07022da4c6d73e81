/**
 * The runbook as a PDF: the built /runbook/ page, served from dist/ on a throwaway local port and
 * printed by headless Chromium through Playwright (page.pdf: paper size, Chromium's header and
 * footer templates with page numbers, a document outline from the headings, tagged PDF).
 *
 * The plan reaches the page through an init script that defines the session global before any of
 * the site's code runs (components/stores/session-plan.ts): the page shows it without saving it to
 * the browser's storage and without the confirmation a shared #plan=… link asks for. The browser
 * context is fresh and discarded afterwards.
 */
import type { Browser } from '@playwright/test';
import { decodePlan } from '../../lib/permalink/codec.ts';
import type { Plan } from '../../lib/planner/index.ts';
import { PRODUCTS, type ProductId } from '../../lib/planner/products.ts';
import { SESSION_GLOBAL, type SessionInput } from '../../components/stores/session-plan.ts';
import { UsageError } from '../command.ts';
import { onFiles } from '../files.ts';
import { CHROMIUM_PATH, launchOptions } from './chromium.ts';
import { serveStatic, type StaticServer } from './serve-static.ts';
import { DIST, ensureSite, staleReason } from './site.ts';
import { writeFile } from 'node:fs/promises';

export const PAPERS = { a4: 'A4', letter: 'Letter' } as const;
export type Paper = keyof typeof PAPERS;

export interface RunbookPdfOptions {
  plan: Plan;
  products: ProductId[];
  /** Where the PDF is written. */
  out: string;
  paper: Paper;
  /** What the permalink on the cover starts with (the plan page of the site readers use). */
  linkBase: string;
  /** The date printed in the footer, YYYY-MM-DD. */
  today: string;
  log: (text: string) => void;
}

/** Page margins: room for the header and footer templates, and the page's own print margins. */
const MARGIN = { top: '20mm', bottom: '20mm', left: '14mm', right: '14mm' };
/** How long the page may take to show the plan (a loaded 2-core host renders it in about 2 s). */
const READY_TIMEOUT_MS = 60_000;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** Chromium's header and footer: plain HTML with inline styles (no page CSS reaches them). */
export function templates(plan: Plan, products: ProductId[], today: string) {
  const style = `font: 8px sans-serif; color: #555; width: 100%; margin: 0 ${MARGIN.left}; display: flex; justify-content: space-between; gap: 12px;`;
  const who = plan.organization.name || plan.domains.primary;
  const what = products.map((product) => PRODUCTS[product].label).join(', ');
  return {
    headerTemplate: `<div style="${style}"><span>Runbook: ${escapeHtml(who)}</span><span>${escapeHtml(what)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>UC Runbook, printed ${escapeHtml(today)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

async function launch(): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  try {
    return await chromium.launch(launchOptions);
  } catch (error) {
    const which = CHROMIUM_PATH ?? "Playwright's own Chromium";
    const first = String((error as Error).message).split('\n')[0];
    throw new UsageError(
      `no usable Chromium (tried ${which}: ${first}). Install Debian's chromium (apt install chromium), point CHROMIUM_PATH at a Chromium or Chrome binary, or run "npx playwright install chromium".`,
    );
  }
}

/** Renders the runbook of `plan` to `out`; returns the PDF's size in bytes. */
export async function renderRunbookPdf(options: RunbookPdfOptions): Promise<number> {
  const { plan, products, out, paper, linkBase, today, log } = options;
  // Whether the site must be built is checked (it reads the time of every source file) while the
  // browser starts; a build itself waits for the browser: without one there is no point building.
  const stale = staleReason();
  const browser = await launch().catch(async (error: unknown) => {
    await stale.catch(() => undefined);
    throw error;
  });
  let site: StaticServer | undefined;
  try {
    await ensureSite(log, await stale);
    site = await serveStatic(DIST);
    const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
    const page = await context.newPage();
    const session: SessionInput = { plan: JSON.stringify(plan), linkBase };
    await page.addInitScript(
      ({ name, value }) => {
        Object.defineProperty(window, name, { value: Object.freeze(value), configurable: false });
      },
      { name: SESSION_GLOBAL, value: session },
    );
    await page.goto(`${site.origin}/runbook/`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        () =>
          document.querySelector('.uc-rb-cover[data-permalink-ready]') !== null &&
          [...document.querySelectorAll('.uc-island')].every(
            (island) => island.hasAttribute('data-ready') || !island.checkVisibility(),
          ) &&
          document.fonts.status === 'loaded',
        undefined,
        { timeout: READY_TIMEOUT_MS, polling: 100 },
      )
      .catch(() => {
        throw new UsageError(
          `the runbook page did not finish rendering within ${READY_TIMEOUT_MS / 1000} s (is dist/ a build of this checkout? delete it to rebuild)`,
        );
      });
    // The permalink on the cover is the page's own encoding of the plan it shows: it decodes to
    // this plan only when the page shows exactly it (not the example, not a plan it could not read).
    const shown = (await page.locator('.uc-rb-link').textContent()) ?? '';
    const decoded = shown.startsWith(linkBase) ? await decodePlan(shown) : undefined;
    if (!decoded?.ok || JSON.stringify(decoded.plan) !== JSON.stringify(plan))
      throw new Error(`the runbook page did not show the plan it was given (cover link ${shown})`);
    await page.evaluate(() => document.documentElement.setAttribute('data-print-templates', ''));
    const pdf = await page.pdf({
      format: PAPERS[paper],
      margin: MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      ...templates(plan, products, today),
      outline: true,
      tagged: true,
    });
    await onFiles('write', out, () => writeFile(out, pdf));
    return pdf.byteLength;
  } finally {
    await browser.close();
    await site?.close();
  }
}

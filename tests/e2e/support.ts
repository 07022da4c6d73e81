/** Helpers shared by the browser tests. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SESSION_GLOBAL } from '../../src/components/stores/keys.ts';
import { availableProducts, guideHref } from '../../src/lib/planner/products.ts';

/** Every guide, from the product registry: a new product's guide is tested without an edit here. */
export const GUIDES = availableProducts().map((product) => guideHref(product.id));
/** The guides of one family, for checks of that family's content. */
export const familyGuides = (family: 'exchange' | 'lync') =>
  availableProducts(family).map((product) => guideHref(product.id));
export const PAGES = [
  '/',
  '/your-plan/',
  '/one-certificate/',
  '/tools/certificate-checker/',
  ...GUIDES,
  '/about/',
];
export const PLAN_KEY = 'uc-runbook:plan:v2';

/*
 * Text is read from the DOM (textContent), never from the layout (innerText): steps far off screen
 * are not laid out (content-visibility: auto) and their innerText is empty, which would make every
 * "does not contain" check below pass without looking.
 */

/** Text of every personalised part of the page (all islands), once they have hydrated. */
export async function islandText(page: Page): Promise<string> {
  await expect(page.locator('.uc-island:not([data-ready])')).toHaveCount(0);
  return (await page.locator('.uc-island').allTextContents()).join('\n');
}

/** The lines of the code blocks `blocks` matches, one per line, as Copy would give them. */
export async function codeText(blocks: Locator): Promise<string> {
  return (await blocks.locator('.uc-line').allTextContents()).join('\n');
}

/**
 * Brings each island into view in turn and waits until it has hydrated (client:visible ones too)
 * and, where the page has code blocks, until the lazily loaded highlighter has coloured them: it
 * re-wraps lines, so until then everything below a code block may still move.
 */
export async function hydrateAll(page: Page): Promise<void> {
  // client:personal islands hydrate only once the page shows a plan of the reader's own.
  const ownPlan = await page.evaluate(
    ([key, session]) => localStorage.getItem(key) !== null || session in window,
    [PLAN_KEY, SESSION_GLOBAL] as const,
  );
  const islands = page.locator(
    ownPlan ? '.uc-island' : ':not(astro-island[client="personal"]) > .uc-island',
  );
  for (let index = 0; index < (await islands.count()); index += 1) {
    const island = islands.nth(index);
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-ready', '');
  }
  // Every block is coloured in the same task once the highlighter arrives: one coloured token will do.
  if ((await page.locator('.uc-code pre').count()) > 0)
    await expect(page.locator('.uc-code pre span[style]').first()).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** A field found by its label, once its island has hydrated (earlier input would not reach the plan). */
async function hydratedField(page: Page, label: string | RegExp) {
  return hydrated(page.getByLabel(label, { exact: typeof label === 'string' }));
}

/** The control, once the island it lives in has hydrated (a click before that would be undone). */
export async function hydrated(control: Locator): Promise<Locator> {
  await expect(
    control.locator('xpath=ancestor::*[contains(@class, "uc-island")][1]'),
  ).toHaveAttribute('data-ready', '');
  return control;
}

/** Fills a field found by its label, the way a person types (one input event per key). */
export async function typeInto(page: Page, label: string | RegExp, value: string): Promise<void> {
  const field = await hydratedField(page, label);
  await field.fill('');
  await field.pressSequentially(value);
}

/** Sets a field found by its label in one input event, as a paste does. */
export async function pasteInto(page: Page, label: string | RegExp, value: string): Promise<void> {
  await (await hydratedField(page, label)).fill(value);
}

/** Records every request the page makes to an origin other than the site's. */
export function foreignRequests(page: Page, siteOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== siteOrigin)
      foreign.push(request.url());
  });
  return foreign;
}

/** Paths of the scripts the page requests from now on (a live list). */
export function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** Console errors and uncaught exceptions (CSP violations are console errors). */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Elements in the page's main column whose text runs past their own box (so it is cut off or
 * pushes the page sideways), as `tag.class "text…"`. Off-screen parts are laid out first
 * (content-visibility would skip them); code blocks and other scroll containers are allowed to
 * scroll, and visually hidden text (1 px boxes) is left out.
 */
export async function overflowingText(page: Page): Promise<string[]> {
  await layOutEverything(page);
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const found: string[] = [];
    const hiddenAncestor = (element: HTMLElement) => {
      for (let node = element.parentElement; node; node = node.parentElement)
        if (node.clientWidth <= 1 && getComputedStyle(node).display !== 'inline') return true;
      return false;
    };
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(element);
      if (['inline', 'none', 'contents'].includes(style.display)) continue;
      if (element.closest('pre, .expressive-code, .sr-only, .sl-anchor-link, [hidden]')) continue;
      // Visually hidden parts (a table's head kept for screen readers) sit in a 1 px box.
      if (hiddenAncestor(element)) continue;
      if (['auto', 'scroll'].includes(style.overflowX)) continue;
      if (element.clientWidth <= 1) continue;
      const box = element.getBoundingClientRect();
      if (element.scrollWidth > element.clientWidth + 1 || box.right > limit + 0.5)
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 60)}"`,
        );
    }
    return found;
  });
}

/** Lays out what content-visibility skips off screen (through the CSSOM: the CSP forbids a style tag). */
export async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('main *'))
      if (getComputedStyle(element).contentVisibility === 'auto')
        element.style.contentVisibility = 'visible';
  });
}

/**
 * Issue 11, one behaviour per test, each on one page: nothing typed is lost, the plan bar carries
 * the reader's identity, findings come first, steps can be reached from "On this page", tables
 * stay compact, phones clip nothing, and the plan page previews what it will produce.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PLAN } from '../../src/lib/planner/plan/example.ts';
import {
  GUIDES,
  hydrateAll,
  islandText,
  layOutEverything,
  overflowingText,
  PLAN_KEY,
  typeInto,
} from './support.ts';

const DRAFT_KEY = 'uc-runbook:draft:v2';
const storedPlan = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key) ?? '', PLAN_KEY);

test('a valid edit is saved while another field is invalid, and the draft survives a reload and other pages', async ({
  page,
}) => {
  await page.goto('/your-plan/');
  await typeInto(page, 'City (L=)', 'Seattle\\');
  await typeInto(page, 'Primary SMTP domain', 'northwindtraders.com');
  // The valid change took effect (and the namespace followed it); the invalid city did not.
  await expect.poll(() => storedPlan(page)).toContain('"primary":"northwindtraders.com"');
  expect(await storedPlan(page)).toContain('"namespace":"mail.northwindtraders.com"');
  // The city keeps its last valid value (what was typed before the backslash).
  expect(await storedPlan(page)).toContain('"locality":"Seattle"');
  // Where the reader is (the top of the form), the blocking field is named, with a jump link.
  const status = page.locator('.uc-draft-status');
  await expect(status).toBeInViewport();
  const jump = status.getByRole('link', { name: 'City (L=)' });
  await expect(jump).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('City (L=)')).toHaveValue('Seattle\\');
  await expect(page.getByLabel('City (L=)')).toHaveAttribute('aria-invalid', 'true');
  await page.goto('/exchange/2016/');
  await expect(page.locator('.uc-planbar [role="alert"]')).toContainText('organization.locality');
  await page.locator('.uc-planbar [role="alert"] a').first().click();
  await expect(page).toHaveURL(/\/your-plan\/#editor-organization-locality$/);
  await expect(page.getByLabel('City (L=)')).toHaveValue('Seattle\\');

  await status.getByRole('link', { name: 'City (L=)' }).click();
  await expect(page.getByLabel('City (L=)')).toBeFocused();
  await status.getByRole('button', { name: 'Discard what is not saved' }).click();
  await expect(page.getByLabel('City (L=)')).toHaveValue('Seattle');
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
  await expect(page.getByLabel('Primary SMTP domain')).toHaveValue('northwindtraders.com');
});

test('the plan bar carries the whole identity and never contradicts the guide’s version', async ({
  page,
}) => {
  await page.goto('/exchange/2016/');
  const bar = page.locator('.uc-planbar');
  await expect(bar.getByRole('combobox')).toHaveCount(0);
  await expect(bar).toContainText('This guide is for Exchange Server 2016');
  await expect(bar.getByRole('link', { name: 'Exchange Server SE' })).toHaveAttribute(
    'href',
    '/exchange/se/',
  );
  await expect(bar.getByRole('link', { name: /Skype for Business/ })).toHaveAttribute(
    'href',
    '/sfb/se/',
  );
  await typeInto(page, 'Primary domain', 'northwindtraders.com');
  await typeInto(page, 'Active Directory domain', 'corp.northwindtraders.com');
  await typeInto(page, 'Organisation', 'Northwind Traders');
  await hydrateAll(page);
  const text = await islandText(page);
  expect(text).not.toMatch(/contoso/i);
  await expect(page.locator('.uc-runbook')).toContainText('O=Northwind Traders');
  await expect(page.locator('.uc-runbook')).toContainText('corp.northwindtraders.com');
  await expect(page.getByLabel('Client namespace')).toHaveValue('mail.northwindtraders.com');
});

test('findings come first: under the plan bar, each linking to its detail and its section', async ({
  page,
}) => {
  await page.goto('/exchange/2016/');
  await hydrateAll(page);
  const summary = page.locator('.uc-findings-first');
  // For the example plan the server's HTML is the answer: the summary waits for a plan of the
  // reader's own before it hydrates (every other island on the page has hydrated by now).
  await expect(summary).not.toHaveAttribute('data-ready', '');
  // Right under the plan bar, above the first section of the guide.
  const barBottom = (await page.locator('.uc-planbar').boundingBox())!;
  const summaryBox = (await summary.boundingBox())!;
  const firstHeading = (await page.locator('.sl-markdown-content h2').first().boundingBox())!;
  expect(summaryBox.y).toBeGreaterThan(barBottom.y + barBottom.height - 1);
  expect(summaryBox.y + summaryBox.height).toBeLessThan(firstHeading.y);
  const items = summary.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(0);
  // The out-of-support warning links to its detail (with the fix) and to the runbook.
  const item = items.filter({ hasText: 'support' }).first();
  const detail = item.getByRole('link', { name: 'Details and fix' });
  const target = (await detail.getAttribute('href'))!;
  await expect(page.locator(target)).toContainText('Fix:');
  const message = (await item.textContent())!
    .replace(/^Warning\s*/, '')
    .split(' Details and fix')[0]!;
  await expect(page.locator(target)).toContainText(message.trim());
  await detail.click();
  await expect(page.locator(target)).toBeInViewport();
  const section = item.locator('.uc-findings-first-links a').nth(1);
  await expect(page.locator((await section.getAttribute('href'))!)).toHaveCount(1);

  // An edit in the plan bar makes the plan the reader's own: the summary hydrates and follows it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await typeInto(page, 'Primary domain', 'northwindtraders.com');
  await expect(summary).toHaveAttribute('data-ready', '');
  await expect(summary).not.toHaveAttribute('data-revision', '0');
});

test('steps are numbered in "On this page", each has an anchor, code titles do not repeat the heading', async ({
  page,
}) => {
  // A plan with one server: no copy step, so the build's list (two servers) must follow it.
  const plan = structuredClone(EXAMPLE_PLAN) as typeof EXAMPLE_PLAN & Record<string, unknown>;
  (plan.exchange.sites[0] as { servers: unknown[] }).servers = [{ name: 'EX01', ip: '10.0.0.11' }];
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PLAN_KEY, JSON.stringify(plan)],
  );
  await page.goto('/exchange/2019/');
  await hydrateAll(page);
  const steps = page.locator('.uc-runbook .uc-step');
  const count = await steps.count();
  const toc = page.locator('starlight-toc a[href^="#step-"]');
  await expect(toc).toHaveCount(count);
  await expect(page.locator('starlight-toc a[href="#step-copy-certificate"]')).toHaveCount(0);
  const eighth = toc.nth(7);
  await expect(eighth).toHaveText(/^8\. /);
  const title = (await steps.nth(7).locator('.uc-step-title').textContent())!;
  expect(title).toMatch(/^8\. /);
  expect((await eighth.textContent())!.trim()).toBe(title.replace(/\s*#$/, '').trim());
  await eighth.click();
  await expect(steps.nth(7).locator('.uc-step-title')).toBeInViewport();
  const anchor = steps.nth(7).getByRole('link', { name: 'Link to step 8' });
  await expect(anchor).toHaveAttribute('href', (await eighth.getAttribute('href'))!);
  // No code block's title repeats its step's heading.
  for (let index = 0; index < count; index += 1) {
    const heading = (await steps.nth(index).locator('.uc-step-title').textContent())!;
    for (const label of await steps.nth(index).locator('.uc-code-label').allTextContents())
      expect(heading).not.toContain(label);
  }
});

test('a step link lands on its step on a page just opened, and after an edit', async ({ page }) => {
  // Steps off screen skip layout (content-visibility); jumps must still land on the real step.
  await page.goto('/exchange/se/');
  const top = async (id: string) => (await page.locator(`#${id}`).boundingBox())?.y ?? Number.NaN;
  await page.locator('starlight-toc a[href="#step-dns-internal"]').click();
  await expect.poll(() => top('step-dns-internal')).toBeLessThan(300);
  expect(await top('step-dns-internal')).toBeGreaterThanOrEqual(0);

  await typeInto(page, 'Primary domain', 'northwindtraders.com');
  await expect(page.locator('#step-verify')).toContainText('northwindtraders.com');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('starlight-toc a[href="#step-verify"]').click();
  await expect.poll(() => top('step-verify')).toBeLessThan(300);
  expect(await top('step-verify')).toBeGreaterThanOrEqual(0);
});

/** Where each element's text wraps: the two characters either side of each line break. */
async function wrapPoints(
  page: Page,
  selector: string,
): Promise<{ text: string; breaks: string[] }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const text = element.textContent ?? '';
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const tops: { char: string; top: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let index = 0; index < node.textContent!.length; index += 1) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          const char = node.textContent![index]!;
          // A space where the line breaks has no box of its own: it ends the line before.
          if (rect) tops.push({ char, top: rect.top });
          else if (/\s/.test(char) && tops.length > 0) tops.push({ char, top: tops.at(-1)!.top });
        }
      }
      const points: string[] = [];
      tops.forEach((entry, index) => {
        if (index > 0 && entry.top > tops[index - 1]!.top + 2)
          points.push(`${tops[index - 1]!.char}${entry.char}`);
      });
      return { text, breaks: points };
    }),
  );
}

const NORTHWIND = (() => {
  const plan = structuredClone(EXAMPLE_PLAN) as unknown as {
    domains: { primary: string; additional: string[] };
    organization: { name: string };
    exchange: { namespace: string; certificate: { friendlyName: string } };
  };
  plan.domains.primary = 'northwindtraders.com';
  plan.domains.additional = ['adventure-works.net'];
  plan.organization.name = 'Northwind Traders';
  plan.exchange.namespace = 'owa.northwindtraders.com';
  plan.exchange.certificate.friendlyName = 'owa.northwindtraders.com 2026-12-01';
  return JSON.stringify(plan);
})();

async function openWithPlan(page: Page, path: string, plan: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PLAN_KEY, plan],
  );
  await page.goto(path);
  await hydrateAll(page);
}

test('DNS and certificate-name tables are compact: one line per record, reasons one click away', async ({
  page,
}) => {
  await openWithPlan(page, '/exchange/2016/', NORTHWIND);
  const publicRows = page.locator('.uc-dns section').first().locator('tbody tr');
  expect(await publicRows.count()).toBeGreaterThan(3);
  for (const row of await publicRows.all()) {
    // Name, type and value on one line (a closed "Why" beside the value).
    expect((await row.boundingBox())!.height, (await row.textContent()) ?? '').toBeLessThan(48);
  }
  const names = page.locator('.uc-certificates .uc-names').first();
  for (const row of await names.locator('tbody tr').all())
    expect((await row.boundingBox())!.height).toBeLessThan(48);
  // The reason and its source are behind the disclosure.
  const why = publicRows.first().locator('details.uc-why');
  await expect(why.locator('.uc-source-note')).toBeHidden();
  await why.locator('summary').click();
  await expect(why.locator('.uc-source-note')).toBeVisible();
  await expect(why.getByRole('link')).toBeVisible();

  // On a phone, names wrap only at dots.
  await page.setViewportSize({ width: 390, height: 844 });
  await layOutEverything(page);
  const wrapped = await wrapPoints(page, '.uc-island code.uc-name');
  expect(wrapped.length).toBeGreaterThan(10);
  for (const { text, breaks } of wrapped)
    for (const point of breaks)
      expect(point, `${text} wraps between "${point}"`).toMatch(/^[.\s]|\s$/);
});

test('on a phone nothing is cut off: code wraps only at spaces, paths at their separators', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithPlan(page, '/exchange/2016/', NORTHWIND);
  expect(await overflowingText(page)).toEqual([]);
  const lines = await wrapPoints(page, '.uc-runbook .uc-line');
  expect(lines.some(({ breaks }) => breaks.length > 0)).toBe(true);
  for (const { text, breaks } of lines)
    for (const point of breaks) expect(point, `${text} wraps between "${point}"`).toMatch(/\s/);
  const notes = await wrapPoints(page, '.uc-runbook .uc-notes li');
  for (const { text, breaks } of notes)
    for (const point of breaks)
      expect(point, `${text} wraps between "${point}"`).toMatch(/^[\s.\\/,:;)-]|\s$/);
});

test.describe('every guide at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const guide of GUIDES)
    test(`no text overflows its box: ${guide}`, async ({ page }) => {
      await page.goto(guide);
      await expect(page.locator('.uc-planbar')).toHaveAttribute('data-ready', '');
      expect(await overflowingText(page)).toEqual([]);
    });
});

test('the plan page previews what it produces, hides what does not apply, and guards what discards', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"domains": {"primary": "bad..name"');
      sessionStorage.setItem('seeded', '1');
    }
  }, PLAN_KEY);
  await page.goto('/your-plan/');
  // Damaged data in plain words, and the damaged text back as a download.
  const alert = page.getByRole('alert').filter({ hasText: 'damaged' });
  await expect(alert).toContainText('Your saved plan is damaged');
  await expect(alert).not.toContainText('(plan)');
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the damaged text' }).click();
  const file = await (await download).path();
  expect((await import('node:fs')).readFileSync(file, 'utf8')).toContain(
    '{"domains": {"primary": "bad..name"',
  );

  // A live preview of names, records and findings, and a next step to the reader's own guide.
  const preview = page.locator('.uc-preview');
  await expect(preview).toHaveAttribute('data-ready', '');
  await expect(preview).toContainText('autodiscover.contoso.com');
  await expect(preview).toContainText(/\d+ DNS records/);
  await page.getByLabel('Exchange version you are deploying').selectOption('exchange-2016');
  await expect(
    preview.getByRole('link', { name: 'Next: your Exchange Server 2016 guide' }),
  ).toHaveAttribute('href', '/exchange/2016/');
  await typeInto(page, 'Primary SMTP domain', 'northwindtraders.com');
  await expect(preview).toContainText('autodiscover.northwindtraders.com');
  await expect(page.locator('.pagination-links a[rel="next"]')).toHaveCount(0);

  // Edge fields only with Edge, and a line saying why they are hidden.
  await expect(page.getByLabel('Edge public IPv4', { exact: true })).toHaveCount(0);
  await expect(page.locator('.uc-editor')).toContainText('appear when Edge Transport servers');
  await page.getByLabel('Edge Transport servers receive internet mail').check();
  await expect(page.getByLabel('Edge public IPv4', { exact: true })).toBeVisible();

  // Buttons look like buttons: filled differently from a text field.
  const add = page.getByRole('button', { name: 'Add a server to site 1' });
  const fill = (locator: typeof add) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await fill(add)).not.toBe(await fill(page.getByLabel('Primary SMTP domain')));

  // Destructive actions sit apart from Share and ask first.
  const share = page.getByRole('button', { name: /^Share/ }).first();
  const clear = page.getByRole('button', { name: 'Clear my data' });
  expect(await clear.evaluate((element) => !!element.closest('.uc-start-over'))).toBe(true);
  expect(await share.evaluate((element) => !!element.closest('.uc-start-over'))).toBe(false);
  await page.getByRole('button', { name: 'Reset to example' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Primary SMTP domain')).toHaveValue('northwindtraders.com');
});

test('on a phone the server rows are a compact grid with room for the name', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/your-plan/');
  const name = page.getByLabel('Site 1 server 1 name');
  await expect(name).toBeVisible();
  const ip = page.getByLabel('Site 1 server 1 internal IPv4');
  const [nameBox, ipBox] = [(await name.boundingBox())!, (await ip.boundingBox())!];
  expect(nameBox.width).toBeGreaterThan(110);
  expect(Math.abs(nameBox.y - ipBox.y)).toBeLessThan(2);
  expect(await overflowingText(page)).toEqual([]);
});

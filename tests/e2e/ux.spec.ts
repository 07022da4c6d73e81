/**
 * Issue 11, one behaviour per test, each on one page: nothing typed is lost, the plan bar carries
 * the reader's identity, findings come first, steps can be reached from "On this page", tables
 * stay compact, phones clip nothing, and the plan page previews what it will produce.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PLAN } from '../../src/lib/planner/plan/example.ts';
import { hydrateAll, islandText, PLAN_KEY, typeInto } from './support.ts';

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

/** Code blocks: highlighted lazily, personal values marked, and Copy copies exactly what is shown. */
import { expect, test } from '@playwright/test';
import { hydrateAll } from './support.ts';

test('the highlighter loads only when a code block is about to be seen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/exchange/se/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => /powershell|engine-javascript|github-(light|dark)/.test(path))).toEqual([]);
  await page.locator('.uc-runbook pre').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.uc-runbook pre span[style]').first()).toBeAttached();
  expect(scripts.some((path) => /powershell/.test(path))).toBe(true);
});

test('personal values are marked inside commands', async ({ page }) => {
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  const block = page.locator('#step-virtual-directories pre');
  await expect(block.locator('mark.uc-value', { hasText: 'mail.contoso.com' }).first()).toBeVisible();
  await expect(block.locator('mark.uc-value', { hasText: 'EX01' }).first()).toBeVisible();
});

test('Copy copies exactly the commands shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/exchange/2016/');
  await hydrateAll(page);
  const step = page.locator('#step-copy-certificate');
  await step.getByRole('button', { name: /^Copy / }).click();
  await expect(step.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = (await step.locator('pre').innerText()).replace(/\n$/, '');
  expect(copied).toBe(shown);
  expect(copied).toContain("$pfx = Export-ExchangeCertificate -Server 'EX01'");
});

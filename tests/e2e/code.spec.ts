/** Code blocks and other loaded-on-use parts: highlighted lazily, personal values marked, Copy copies exactly what is shown, search loads on intent. */
import { expect, test } from '@playwright/test';
import { hydrateAll, scriptRequests, typeInto } from './support.ts';

test('the highlighter loads only when a code block is about to be seen', async ({ page }) => {
  const scripts = scriptRequests(page);
  await page.goto('/exchange/se/');
  await page.waitForLoadState('networkidle');
  expect(
    scripts.filter((path) => /powershell|engine-javascript|github-(light|dark)/.test(path)),
  ).toEqual([]);
  await page.locator('.uc-runbook pre').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.uc-runbook pre span[style]').first()).toBeAttached();
  expect(scripts.some((path) => /powershell/.test(path))).toBe(true);
});

test('personal values are marked inside commands', async ({ page }) => {
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  const block = page.locator('#step-virtual-directories pre');
  await expect(
    block.locator('mark.uc-value', { hasText: 'mail.contoso.com' }).first(),
  ).toBeVisible();
  await expect(block.locator('mark.uc-value', { hasText: 'EX01' }).first()).toBeVisible();
});

test("a value newly the reader's is marked in commands the edit did not change", async ({
  page,
}) => {
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  const zone = page.locator('#step-dns-internal pre', { hasText: 'Add-DnsServerPrimaryZone' });
  await expect(zone).toContainText("-ReplicationScope 'Forest'");
  await expect(zone.locator('mark.uc-value', { hasText: /^Forest$/ })).toHaveCount(0);
  // The organisation is in the certificate's subject, not in the zone commands, which stay the same.
  await typeInto(page, 'Organisation', 'Forest');
  await expect(page.locator('#step-request-certificate pre')).toContainText('O=Forest');
  await expect(zone.locator('mark.uc-value', { hasText: /^Forest$/ }).first()).toBeVisible();
});

test('Copy copies exactly the commands shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/exchange/2016/');
  await hydrateAll(page);
  const step = page.locator('#step-copy-certificate');
  // "Copied" shows for 2.5 s: record what the status region says instead of racing to read it.
  await step.getByRole('status').evaluate((status) => {
    const said: string[] = [];
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    (window as unknown as { copyStatus: string[] }).copyStatus = said;
  });
  // Activated from the keyboard: a pointer click aims at coordinates, and on a busy host a long
  // page can still shift under it; what is tested here is what Copy puts on the clipboard.
  await step.getByRole('button', { name: /^Copy / }).press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { copyStatus: string[] }).copyStatus))
    .toContain('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Read once the step is on screen: a step far off screen is not laid out (content-visibility), and has no innerText.
  const shown = (await step.locator('pre').innerText()).replace(/\n$/, '');
  expect(copied).toBe(shown);
  expect(copied).toContain("$pfx = Export-ExchangeCertificate -Server 'EX01'");
});

test('search loads when the reader reaches for it, and then works from the keyboard', async ({
  page,
}) => {
  const scripts = scriptRequests(page);
  // Starlight imports its search UI when the browser is first idle; what it gets is the stand-in
  // (load-search-on-intent). Once the stand-in has arrived and the page has been idle again after
  // running it, the real UI would already have been requested if anything loaded it without intent.
  const standIn = page.waitForResponse((response) =>
    /\/load-search-on-intent\.[^/]*\.js$/.test(new URL(response.url()).pathname),
  );
  await page.goto('/exchange/2019/');
  await standIn;
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
  );
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
  for (const paths of [scripts, loaded])
    expect(paths.filter((path) => /ui-core|pagefind\.js/.test(path))).toEqual([]);
  await page.keyboard.press('Control+k');
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(field).toBeFocused();
  await page.keyboard.type('Set-ClientAccessService');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(scripts.some((path) => /ui-core/.test(path))).toBe(true);
});

test('keys typed into search before its UI has arrived are kept', async ({ page }) => {
  await page.route(/\/_astro\/ui-core\.[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/exchange/se/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('autodiscover');
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(field).toHaveValue('autodiscover');
  await expect(field).toBeFocused();
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
});

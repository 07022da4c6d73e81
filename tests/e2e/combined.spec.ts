/**
 * One certificate for Exchange and Lync: the option in "Your plan" changes both products' guides
 * and the runbook page, the page explains the example plan without JavaScript, and the option
 * only shows when the plan runs both products.
 */
import { expect, test } from '@playwright/test';
import { hydrateAll, hydrated, PLAN_KEY } from './support.ts';

const OPTION = 'One public certificate for Exchange, the reverse proxy and the Edge';

test('turning the option on changes the Exchange and the Skype for Business guide', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).not.toContainText('CN=sip.contoso.com');

  await page.goto('/your-plan/');
  await (await hydrated(page.getByLabel(OPTION))).check();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('"shareWithExchange":true');

  await page.goto('/exchange/se/');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('CN=sip.contoso.com');
  await expect(page.locator('.uc-certificates')).toContainText('lyncdiscover.contoso.com');
  await expect(page.locator('.uc-runbook')).toContainText(
    'Hand the shared certificate to LSEDGE01',
  );

  await page.goto('/sfb/se/');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText(
    'One public certificate for Exchange Server SE and Skype for Business Server Subscription Edition',
  );
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.contoso.com');
  const runbook = page.locator('.uc-runbook');
  await expect(runbook).toContainText('Import the shared certificate on LSEDGE01');
  await expect(runbook).not.toContainText('Create the reverse proxy certificate request');
  await expect(page.locator('.uc-findings')).toContainText('must be exportable');

  // The runbook page: both products' summaries and steps, and the one calendar, follow the option.
  await page.goto('/runbook/');
  const family = (name: string, section: string) =>
    page.locator(`.uc-rb-section.uc-rb-${section}[data-family="${name}"]`);
  await expect(family('exchange', 'steps')).toHaveAttribute('data-ready', '');
  await expect(family('exchange', 'summary')).toContainText('CN=sip.contoso.com');
  await expect(family('exchange', 'steps')).toContainText(
    'Hand the shared certificate to LSEDGE01',
  );
  await expect(family('lync', 'steps')).toContainText('Import the shared certificate on LSEDGE01');
  await expect(family('lync', 'steps')).not.toContainText(
    'Create the reverse proxy certificate request',
  );
});

test('the option shows only when the plan runs both products', async ({ page }) => {
  await page.goto('/your-plan/');
  await expect(page.getByLabel(OPTION)).toBeVisible();
  await hydrated(page.getByLabel(OPTION));
  await page.getByLabel('Lync Server or Skype for Business Server (or OCS 2007 R2)').uncheck();
  await expect(page.getByLabel(OPTION)).toHaveCount(0);
});

test('the page shares from its own button, and reads without JavaScript', async ({ browser }) => {
  const offline = await browser.newContext({ javaScriptEnabled: false });
  const still = await offline.newPage();
  await still.goto('/one-certificate/');
  const names = still.locator('.uc-shared-names');
  for (const name of ['sip.contoso.com', 'mail.contoso.com', 'webext.contoso.com'])
    await expect(names).toContainText(name);
  await expect(still.locator('.uc-shared-decisions')).toContainText('Separate');
  await expect(still.locator('.uc-shared-decisions')).toContainText('5062');
  await expect(still.locator('.uc-shared-dns').first()).toContainText(
    'Skype for Business Server Subscription Edition',
  );
  await offline.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/one-certificate/');
  await hydrateAll(page);
  await page.getByRole('button', { name: /Share it/ }).click();
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('"shareWithExchange":true');
  await expect(page.getByRole('button', { name: /Stop sharing/ })).toBeVisible();
  await context.close();
});

/**
 * The editor offers a version's options only where that version has them, and says why one is not
 * offered (issue 9): the legacy name only with Exchange 2007 next to 2010 or 2013, SBS only with
 * 2007, Unified Messaging only on 2007 to 2016, failback names and RPC arrays only on 2010.
 */
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support.ts';

async function chooseVersion(page: Page, label: string) {
  const select = page.getByLabel('Exchange version you are deploying', { exact: true });
  await hydrated(select);
  await select.selectOption({ label });
}

test('each Exchange version shows its own options and says why the others are missing', async ({
  page,
}) => {
  await page.goto('/your-plan/');
  const sbs = page.getByLabel('Windows Small Business Server 2008');
  const um = page.getByLabel('Unified Messaging');
  const failback = page.getByLabel('Outlook Web App failback name (optional)');
  const array = page.getByLabel(
    'RPC Client Access array FQDN (optional, never on the certificate)',
  );

  await chooseVersion(page, 'Exchange Server 2007');
  await expect(sbs).toBeVisible();
  await expect(um).toBeVisible();
  await expect(failback).toHaveCount(0);
  await expect(
    page.getByText(
      'Failback names and RPC Client Access arrays belong to Exchange 2010; Exchange Server 2007 does not use them.',
    ),
  ).toBeVisible();

  await chooseVersion(page, 'Exchange Server 2010');
  await expect(sbs).toHaveCount(0);
  await expect(page.getByText('Windows SBS 2008 is offered with Exchange 2007 only')).toBeVisible();
  await expect(um).toBeVisible();
  await expect(failback).toBeVisible();
  await expect(array).toBeVisible();

  await chooseVersion(page, 'Exchange Server SE');
  await expect(um).toHaveCount(0);
  await expect(
    page.getByText('Unified Messaging is not offered: Exchange Server SE has none'),
  ).toBeVisible();
  await expect(failback).toHaveCount(0);
  await expect(array).toHaveCount(0);
});

test('the older version list follows the deployed version, and the legacy name needs 2007 next to 2013', async ({
  page,
}) => {
  await page.goto('/your-plan/');
  const older = page.getByLabel('Older version still in the organisation', { exact: true });
  const legacy = page.getByLabel('Legacy name for the Exchange 2007 servers');

  await chooseVersion(page, 'Exchange Server 2013');
  await expect(older.locator('option')).toHaveText(['None', 'Exchange 2007', 'Exchange 2010']);
  await expect(legacy).toHaveCount(0);
  await expect(
    page.getByText('A legacy name is only needed while Exchange 2007 stays next to'),
  ).toBeVisible();
  await older.selectOption({ label: 'Exchange 2007' });
  await expect(legacy).toBeVisible();
  await page.getByRole('button', { name: 'Add an Exchange 2007 server' }).click();
  await expect(page.getByLabel('Exchange 2007 server 1 name')).toBeVisible();

  // Exchange 2016 never runs next to 2007: the value stays, marked, and the legacy name goes.
  await chooseVersion(page, 'Exchange Server 2016');
  await expect(older.locator('option:checked')).toHaveText(
    'Exchange 2007 (not supported with Exchange Server 2016)',
  );
  await expect(legacy).toHaveCount(0);
  await expect(older.locator('option')).toContainText(['Exchange 2010', 'Exchange 2013']);
});

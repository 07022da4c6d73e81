/**
 * Enter a Lync plan once on "Your plan", and every Lync and Skype for Business guide shows it: the
 * certificates, DNS, ports and runbook of the reader's own names, in real Chromium.
 */
import { expect, test } from '@playwright/test';
import { availableProducts, guideHref } from '../../src/lib/planner/products.ts';
import { codeText, hydrateAll, hydrated, islandText, PLAN_KEY, typeInto } from './support.ts';

const LYNC_GUIDES = availableProducts('lync').map((product) => ({
  href: guideHref(product.id),
  product,
}));

test('a Lync plan entered once shows in all six Lync and Skype for Business guides', async ({
  page,
}) => {
  test.setTimeout(180_000); // six full guides, each hydrated
  await page.goto('/your-plan/');
  await (await hydrated(page.getByLabel('Exchange Server', { exact: true }))).uncheck();
  await expect(page.getByLabel('Client namespace', { exact: true })).toHaveCount(0);
  await typeInto(page, 'Primary SMTP domain', 'fabrikam.com');
  await typeInto(page, 'Active Directory DNS domain', 'corp.fabrikam.com');
  await typeInto(page, 'Organisation (O=)', 'Fabrikam Inc');
  await typeInto(page, 'Pool 1 FQDN', 'lyncpool.fabrikam.com');
  await typeInto(page, 'Pool 1 Front End 1 name', 'FAB-FE1');
  await typeInto(page, 'Pool 1 Front End 1 internal IPv4', '172.20.0.31');
  await typeInto(page, 'Access Edge FQDN', 'access.fabrikam.com');
  await typeInto(page, 'Access Edge public IPv4', '198.51.100.60');
  await typeInto(page, 'Reverse proxy public IPv4', '198.51.100.61');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('198.51.100.61');

  for (const { href, product } of LYNC_GUIDES) {
    await page.goto(href);
    await hydrateAll(page);
    const text = await islandText(page);
    expect(text, href).not.toMatch(/contoso/i);
    await expect(page.getByLabel('SIP domain')).toHaveValue('fabrikam.com');
    await expect(page.locator('.uc-planbar')).toContainText(product.label);
    const certificates = page.locator('.uc-certificates');
    await expect(
      certificates.getByRole('row', { name: /access\.fabrikam\.com/ }).first(),
    ).toBeVisible();
    await expect(certificates).toContainText('CN=lyncpool.fabrikam.com');
    const dns = page.locator('.uc-dns');
    await expect(dns).toContainText('_sipinternaltls._tcp.fabrikam.com');
    await expect(dns).toContainText('0 0 5061 lyncpool.fabrikam.com');
    await expect(dns).toContainText('198.51.100.60');
    await expect(dns).toContainText('172.20.0.31');
    await expect(page.locator('.uc-ports')).toContainText('5061');
    const commands = await codeText(page.locator('.uc-runbook pre'));
    if (product.id === 'ocs-2007r2') {
      expect(commands, href).not.toMatch(/-Cs[A-Z]/);
      await expect(page.locator('.uc-runbook')).toContainText(
        'Enter Subject name: lyncpool.fabrikam.com',
      );
    } else {
      expect(commands, href).toContain("-ComputerFqdn 'fab-fe1.corp.fabrikam.com'");
      expect(commands, href).toContain("-DomainName 'fab-fe1.corp.fabrikam.com,");
    }
    await expect(page.locator('.uc-runbook')).toContainText('webext.fabrikam.com.inf');
  }
});

test('a Lync guide says which values it assumed, until the reader sets them', async ({ page }) => {
  await page.goto('/sfb/se/');
  await hydrateAll(page);
  const notice = page.locator('.uc-assumptions');
  await expect(notice).toContainText("the Edge pool's internal name (lsedge.contoso.local)");
  await expect(notice).toContainText('one Edge server, LSEDGE01');
  await page.goto('/your-plan/');
  await typeInto(page, 'Edge internal FQDN', 'edgepool.contoso.local');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('edgepool.contoso.local');
  await page.goto('/sfb/se/');
  await hydrateAll(page);
  await expect(notice).toContainText('the Access Edge name');
  await expect(notice).not.toContainText("the Edge pool's internal name");
});

test('the Lync plan bar edits the SIP domain in place', async ({ page }) => {
  await page.goto('/lync/2013/');
  await hydrateAll(page);
  await typeInto(page, 'SIP domain', 'adatum.com');
  await expect(page.locator('.uc-certificates')).toContainText('sip.adatum.com');
  await expect(page.locator('.uc-dns')).toContainText('_sip._tls.adatum.com');
});

test.describe('Lync guides with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { href, product } of LYNC_GUIDES) {
    test(`${href} shows the example plan in full`, async ({ page }) => {
      await page.goto(href);
      await expect(page.locator('.uc-certificates')).toContainText('CN=sip.contoso.com');
      await expect(page.locator('.uc-certificates')).toContainText('pool01.contoso.com');
      await expect(page.locator('.uc-dns')).toContainText('_sipinternaltls._tcp.contoso.com');
      await expect(page.locator('.uc-dns')).toContainText('203.0.113.11');
      await expect(page.locator('.uc-ports')).toContainText('5062');
      await expect(page.locator('.uc-runbook')).toContainText(
        product.id === 'ocs-2007r2' ? 'certreq.exe -new' : "-ComputerFqdn 'fe01.contoso.local'",
      );
      await expect(page.locator('.uc-findings')).toContainText('documentation address');
      await expect(page.locator('.uc-assumptions')).toContainText('one Edge server, LSEDGE01');
      await expect(page.getByLabel('SIP domain')).toHaveValue('contoso.com');
    });
  }
});

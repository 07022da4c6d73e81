/**
 * Enter once, every guide rewrites itself: the core promise, in real Chromium against the built site.
 */
import { expect, test } from '@playwright/test';
import { codeText, familyGuides, hydrateAll, islandText, PLAN_KEY, typeInto } from './support.ts';

test('a plan entered once on "Your plan" shows in all four guides, with no contoso left', async ({
  page,
}) => {
  test.setTimeout(120_000); // four full guides, each hydrated; measured 37 s on a busy CI host
  await page.goto('/your-plan/');
  await typeInto(page, 'Primary SMTP domain', 'fabrikam.com');
  await expect(page.getByLabel('Client namespace', { exact: true })).toHaveValue(
    'mail.fabrikam.com',
  );
  await typeInto(page, 'Client namespace', 'owa.fabrikam.com');
  await typeInto(page, 'Active Directory DNS domain', 'corp.fabrikam.com');
  await typeInto(page, 'Organisation (O=)', 'Fabrikam Inc');
  await typeInto(page, 'Site 1 server 1 name', 'FAB-MBX1');
  await typeInto(page, 'Site 1 server 1 internal IPv4', '172.20.0.21');
  await typeInto(page, 'Site 1 server 2 name', 'FAB-MBX2');
  await typeInto(page, 'Public IPv4 (what the firewall publishes)', '198.51.100.77');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('owa.fabrikam.com');

  for (const guide of familyGuides('exchange')) {
    await page.goto(guide);
    await hydrateAll(page);
    const text = await islandText(page);
    expect(text, guide).toContain(
      "Set-OwaVirtualDirectory -Identity 'FAB-MBX1\\owa (Default Web Site)'",
    );
    expect(text, guide).not.toMatch(/contoso/i);
    const certificate = page.locator('.uc-certificates');
    await expect(certificate.getByRole('row', { name: /owa\.fabrikam\.com/ })).toBeVisible();
    await expect(
      certificate.getByRole('row', { name: /autodiscover\.fabrikam\.com/ }),
    ).toBeVisible();
    await expect(page.locator('.uc-dns')).toContainText('198.51.100.77');
    await expect(page.locator('.uc-dns')).toContainText('172.20.0.21');
    const runbook = page.locator('.uc-runbook');
    await expect(runbook).toContainText("-Server 'FAB-MBX1'");
    await expect(runbook).toContainText(
      "Set-OwaVirtualDirectory -Identity 'FAB-MBX2\\owa (Default Web Site)' -InternalUrl 'https://owa.fabrikam.com/owa'",
    );
  }
});

test('editing the plan bar on a guide repaints every island on the page', async ({ page }) => {
  await page.goto('/exchange/2019/');
  await hydrateAll(page);
  await typeInto(page, 'Primary domain', 'northwind.example');
  await expect(page.getByLabel('Client namespace')).toHaveValue('mail.northwind.example');
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.northwind.example');
  await expect(page.locator('.uc-dns')).toContainText('northwind.example');
  await expect(page.locator('.uc-runbook')).toContainText(
    "-SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.northwind.example'",
  );
  await expect(page.locator('.uc-findings')).toContainText('expires on');
});

test('the guide derives the plan as its own version', async ({ page }) => {
  await page.goto('/exchange/2013/');
  await hydrateAll(page);
  await expect(page.locator('.uc-runbook pre').first()).toContainText(
    "-RequestFile 'C:\\Certs\\mail.contoso.com.req'",
  );
  await expect(page.locator('.uc-planbar')).toContainText('This guide is for Exchange Server 2013');
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  const commands = await codeText(page.locator('.uc-runbook pre'));
  expect(commands).toContain("[System.IO.File]::WriteAllBytes('C:\\Certs\\mail.contoso.com.req'");
  expect(commands).not.toContain('-RequestFile');
  await expect(page.locator('.uc-runbook pre').first()).toContainText(
    '[System.IO.File]::WriteAllBytes(',
  );
});

test('reload keeps the plan', async ({ page }) => {
  await page.goto('/exchange/se/');
  await typeInto(page, 'Primary domain', 'adatum.com');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.adatum.com');
  await page.reload();
  await expect(page.getByLabel('Primary domain')).toHaveValue('adatum.com');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.adatum.com');
});

test('an invalid domain shows a message at the field and the outputs keep the last valid plan', async ({
  page,
}) => {
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  await typeInto(page, 'Primary domain', 'tailspin..com');
  const field = page.getByLabel('Primary domain');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator(`#${await field.getAttribute('aria-describedby')}`);
  await expect(message).toContainText('has an empty label');
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.contoso.com');
  await expect(page.locator('.uc-certificates')).not.toContainText('tailspin..com');
  await typeInto(page, 'Primary domain', 'tailspin.com');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.tailspin.com');
});

test('another tab follows the plan', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/exchange/se/');
  await second.goto('/exchange/2016/');
  await hydrateAll(second);
  // A page in the background gets no animation frames (islands hydrate when seen): the reader
  // switches tabs to type, and back to read.
  await first.bringToFront();
  await typeInto(first, 'Primary domain', 'wingtiptoys.com');
  await hydrateAll(first);
  await second.bringToFront();
  await expect(second.getByLabel('Primary domain')).toHaveValue('wingtiptoys.com');
  await expect(second.locator('.uc-certificates')).toContainText('autodiscover.wingtiptoys.com');
});

test('the findings summary counts what the panel lists, in words', async ({ page }) => {
  // SE with the example plan: no error, two warnings (the renewal under a shorter limit among
  // them), three notes; the words follow each count.
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  const panel = page.locator('.uc-findings');
  const summary = (await panel.locator('.uc-findings-summary').innerText()).trim();
  const words = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;
  const counts = await Promise.all(
    ['error', 'warning', 'info'].map((severity) =>
      panel.locator(`.uc-finding-${severity}`).count(),
    ),
  );
  expect(summary).toBe(
    `${words(counts[0]!, 'error')}, ${words(counts[1]!, 'warning')}, ${words(counts[2]!, 'note')} for your plan.`,
  );
  expect(counts).toEqual([0, 2, 3]);
});

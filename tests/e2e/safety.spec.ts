/**
 * Privacy and safety: hostile input never executes and never reaches a command; no request leaves
 * the site; the Content-Security-Policy holds; guides read in full without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { Catalog } from '../support/powershell/catalog.ts';
import { checkScript } from '../support/powershell/check.ts';
import { tokenize } from '../support/powershell/lexer.ts';
import {
  codeText,
  consoleErrors,
  foreignRequests,
  familyGuides,
  hydrateAll,
  PAGES,
  typeInto,
} from './support.ts';

const HOSTILE = ['"><img src=x onerror=alert(1)>', "x.com'; Remove-Item C:\\ -Recurse #"];

for (const input of HOSTILE) {
  test(`hostile input ${JSON.stringify(input)} never executes and never reaches a command`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/exchange/se/');
    await hydrateAll(page);
    for (const label of ['Primary domain', 'Client namespace']) {
      await typeInto(page, label, input);
      const field = page.getByLabel(label);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      // The field's message quotes what was typed: once it shows, the hostile text is in the page.
      const message = page.locator(`[id="${await field.getAttribute('id')}-error"]`);
      await expect(message).toContainText(input);
      // As text only: no element was made from it, so nothing can load or run an onerror.
      await expect(message.locator('*')).toHaveCount(0);
    }
    await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    const commands = await codeText(page.locator('.uc-runbook pre'));
    expect(commands).toContain("Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)'");
    // The runbook's own clean-up removes the PFX copy (Remove-Item -Path '…pfx'); the typed command
    // must never appear.
    expect(commands).not.toContain('Remove-Item C:');
    expect(commands).not.toContain('-Recurse');
    expect(commands).not.toContain('onerror');
  });
}

test('text that is allowed (an organisation name with a quote) stays inside its string', async ({
  page,
}) => {
  await page.goto('/your-plan/');
  await typeInto(page, 'Organisation (O=)', "O'Brien & Sons'; Remove-Item -Recurse #");
  await page.goto('/exchange/se/');
  await hydrateAll(page);
  // innerText is the text as laid out; scrolled into view, the step is not skipped by content-visibility.
  const block = page.locator('#step-request-certificate pre');
  await block.scrollIntoViewIfNeeded();
  await expect(block).toContainText('New-ExchangeCertificate', { useInnerText: true });
  const request = await block.innerText();
  const tokens = tokenize(request);
  const subject = tokens.find((token) => token.kind === 'string' && token.value.startsWith('C=US'));
  expect(subject?.kind === 'string' && subject.value).toBe(
    'C=US,S=Washington,L=Redmond,O="O\'Brien & Sons\'; Remove-Item -Recurse #",CN=mail.contoso.com',
  );
  const catalog = Catalog.load(
    fileURLToPath(new URL('../fixtures/catalog/cmdlets.json', import.meta.url)),
  );
  const report = checkScript(request, catalog, 'exchange-se');
  expect(report.errors).toEqual([]);
  expect(report.commands.map((command) => command.name)).toEqual([
    'New-Item',
    'New-ExchangeCertificate',
  ]);
});

test('no request leaves the site and the CSP is never violated, on any page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000); // every page hydrated: fourteen since the Lync guides
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const errors = consoleErrors(page);
  for (const path of PAGES) {
    await page.goto(path);
    await hydrateAll(page);
  }
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.keyboard.type('autodiscover');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('every page carries a Content-Security-Policy that allows only this site', async ({
  request,
}) => {
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    const policy =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy, path).toMatch(/^default-src 'self'; script-src 'self' /);
    expect(policy, path).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const guide of familyGuides('exchange')) {
    test(`${guide} shows the example plan in full`, async ({ page }) => {
      await page.goto(guide);
      await expect(page.locator('.uc-certificates')).toContainText('autodiscover.contoso.com');
      await expect(page.locator('.uc-certificates')).toContainText('CN=mail.contoso.com');
      await expect(page.locator('.uc-dns')).toContainText('203.0.113.10');
      await expect(page.locator('.uc-dns')).toContainText('10.0.0.11');
      await expect(page.locator('.uc-runbook')).toContainText("-Server 'EX01'");
      await expect(page.locator('.uc-runbook pre').first()).toBeVisible();
      await expect(page.locator('.uc-findings')).toContainText('documentation address');
      await expect(page.getByLabel('Primary domain')).toHaveValue('contoso.com');
    });
  }
});

test("the downloaded runbook holds the reader's commands", async ({ page }) => {
  await page.goto('/exchange/2019/');
  await typeInto(page, 'Primary domain', 'adventure-works.com');
  await hydrateAll(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the whole runbook (.ps1)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('uc-runbook-adventure-works.com-exchange-2019.ps1');
  const bytes = readFileSync((await download.path())!);
  // UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads anything else as Windows-1252.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const script = new TextDecoder('utf-8').decode(bytes);
  expect(script).toContain(
    "$request = New-ExchangeCertificate -Server 'EX01' -GenerateRequest -SubjectName 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.adventure-works.com'",
  );
  expect(script.split('\n').find((line) => !line.startsWith('#'))).toBe('return');
});

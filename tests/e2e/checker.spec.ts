/**
 * The certificate checker in Chromium, on files made with openssl: paste, pick and drop; the
 * facts and thumbprint openssl reads; the comparison with the reader's plan and the choice of
 * planned certificate; refusals that never freeze the page; pkijs loaded only on first use;
 * nothing sent anywhere; and what happens without Web Crypto.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PLAN } from '../../src/lib/planner/plan/example.ts';
import { opensslFixtures, type FixtureName } from '../support/openssl.ts';
import { opensslReads } from '../support/openssl-reading.ts';
import { foreignRequests, PLAN_KEY, scriptRequests } from './support.ts';

const PAGE = '/tools/certificate-checker/';
const fixtures = opensslFixtures();
const text = (name: FixtureName) => readFileSync(fixtures.path(name), 'utf8');

async function open(page: Page) {
  await page.goto(PAGE);
  await expect(page.locator('.uc-checker')).toHaveAttribute('data-ready', '');
}
const field = (page: Page) => page.getByLabel('Certificate, request or CA answer (PEM or base64)');
const fact = (page: Page, key: string) =>
  page.locator(`.uc-cert-facts tr[data-fact="${key}"] td`).first();

test('a pasted certificate: its facts as openssl reads them, the plan compared, the enable command', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const scripts = scriptRequests(page);
  await open(page);
  expect(scripts.some((path) => /\/read\.[^/]+\.js$/.test(path))).toBe(false);

  await field(page).fill(text('leaf.pem'));
  const openssl = opensslReads(fixtures.path('leaf.pem'), 'certificate');
  await expect(fact(page, 'sha1')).toContainText(openssl.sha1!);
  await expect(fact(page, 'sha256')).toContainText(openssl.sha256!);
  await expect(fact(page, 'dns')).toHaveText('mail.contoso.com, autodiscover.contoso.com');
  await expect(fact(page, 'key')).toHaveText('RSA 2048 bits');
  await expect(page.locator('.uc-findings-summary')).toHaveText('0 errors, 0 warnings, 0 notes.');
  await expect(page.getByLabel(/^Compare with/)).toHaveValue('');
  await expect(page.locator('.uc-coverage tr[data-name="autodiscover.contoso.com"]')).toContainText(
    'present',
  );
  await expect(page.locator('.uc-activation')).toContainText(
    `Enable-ExchangeCertificate -Server 'EX01' -Thumbprint '${openssl.sha1}' -Services 'IIS','SMTP'`,
  );

  await page.getByRole('button', { name: 'Copy thumbprint' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(openssl.sha1);
  // pkijs arrived with the first input, not before.
  expect(scripts.some((path) => /\/read\.[^/]+\.js$/.test(path))).toBe(true);
  expect(foreign).toEqual([]);
});

test('a picked file: a CA answer in DER with its chain; a request has no enable command', async ({
  page,
}) => {
  await open(page);
  const picker = page.locator('.uc-checker input[type="file"]');
  await picker.setInputFiles(fixtures.path('chain-der.p7b'));
  await expect(page.locator('.uc-checker-summary')).toContainText(
    'Read the file chain-der.p7b: DER (binary), PKCS #7 (.p7b) with 2 certificates.',
  );
  await expect(page.locator('.uc-checker-summary')).toContainText(
    'mail.contoso.com → Contoso Test Issuing CA 1',
  );
  await expect(page.locator('.uc-cert-facts')).toHaveCount(2);
  await expect(page.locator('.uc-activation')).toHaveCount(1);

  await picker.setInputFiles(fixtures.path('request-utf16.req'));
  await expect(page.locator('.uc-checker-summary')).toContainText('a certificate request');
  await expect(fact(page, 'kind')).toHaveText('Certificate request (PKCS #10)');
  await expect(page.locator('.uc-activation')).toHaveCount(0);
});

test('a dropped file is read like a picked one', async ({ page }) => {
  await open(page);
  const bytes = [...readFileSync(fixtures.path('leaf-sha1.pem'))];
  const transfer = await page.evaluateHandle((data) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([new Uint8Array(data)], 'issued.cer'));
    return dataTransfer;
  }, bytes);
  await page.locator('.uc-checker').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('.uc-checker-summary')).toContainText('Read the file issued.cer');
  await expect(page.locator('[data-finding="signature-sha1"]')).toContainText(
    'sha1WithRSAEncryption',
  );
});

test('problems are findings with their fixes; the clock trap comes with commands', async ({
  page,
}) => {
  await open(page);
  await field(page).fill(text('leaf-not-yet-valid.pem'));
  const finding = page.locator('[data-finding="not-yet-valid"]');
  await expect(finding).toContainText('a clock or a time zone is wrong');
  await expect(finding.locator('.uc-line')).toHaveText([
    'w32tm.exe /query /status',
    'tzutil.exe /g',
  ]);
  await field(page).fill(text('leaf-local.pem'));
  await expect(page.locator('.uc-findings-summary')).toHaveText('2 errors, 0 warnings, 1 note.');
  await expect(page.locator('[data-finding="internal-name-on-public-certificate"]')).toContainText(
    'ex01.contoso.local',
  );
});

test('the reader chooses the planned certificate, or none', async ({ page }) => {
  await open(page);
  await field(page).fill(text('leaf.pem'));
  const choice = page.getByLabel(/^Compare with/);
  await expect(choice.locator('option').first()).toHaveText(
    'Best match: Exchange Server SE: Client access: HTTPS for every Exchange web service, SMTP TLS, POP3/IMAP4 (mail.contoso.com)',
  );
  const auth = await choice
    .locator('option', { hasText: 'Exchange Server SE: OAuth' })
    .getAttribute('value');
  await choice.selectOption(auth!);
  await expect(page.locator('[data-finding="common-name-differs"]')).toBeVisible();
  await expect(page.locator('.uc-activation')).toHaveCount(0);
  await choice.selectOption({ label: 'No planned certificate' });
  await expect(page.locator('[data-finding="not-compared-with-plan"]')).toBeVisible();
  await expect(page.locator('.uc-coverage')).toHaveCount(0);
});

test("it compares with the reader's own plan", async ({ page }) => {
  await page.addInitScript(([key, plan]) => localStorage.setItem(key, plan), [
    PLAN_KEY,
    JSON.stringify({
      ...EXAMPLE_PLAN,
      domains: { ...EXAMPLE_PLAN.domains, primary: 'contoso.com', additional: ['fabrikam.com'] },
    }),
  ] as const);
  await open(page);
  await field(page).fill(text('leaf.pem'));
  const missing = page.locator('[data-finding="name-missing"]');
  await expect(missing).toContainText('autodiscover.fabrikam.com');
  await expect(page.getByText('Compare with (your plan for contoso.com)')).toBeVisible();
});

test("it loads the rules of the plan's product families only", async ({ browser }) => {
  /** Whether the scripts the page fetched hold Lync rules (minified: rule:"lync.…"). */
  const lyncRulesLoaded = async (plan: unknown) => {
    // A context of its own each time: nothing cached from the other plan's page.
    const context = await browser.newContext();
    const page = await context.newPage();
    // Paths, read from the build afterwards: a body read from the browser can be cut off by the
    // page closing while a late script still arrives.
    const paths = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') paths.add(new URL(request.url()).pathname);
    });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      PLAN_KEY,
      JSON.stringify(plan),
    ] as const);
    await open(page);
    await field(page).fill(text('leaf.pem'));
    await expect(page.locator('.uc-coverage')).toBeVisible();
    const options = await page
      .getByLabel(/^Compare with/)
      .locator('option')
      .allTextContents();
    await page.waitForLoadState('networkidle');
    await context.close();
    const scripts = [...paths].map((path) => readFileSync(`dist${path}`, 'utf8'));
    return {
      loaded: scripts.some((body) => /\brule:\s*["'`]lync\./.test(body)),
      // Each planned certificate is offered under its product's name.
      products: options.map((option) => /^(?:Best match: )?([^:]+):/.exec(option)?.[1]),
    };
  };
  const exchangeOnly = await lyncRulesLoaded({
    ...EXAMPLE_PLAN,
    lync: { ...EXAMPLE_PLAN.lync, enabled: false },
  });
  expect(exchangeOnly.loaded).toBe(false);
  expect(new Set(exchangeOnly.products)).toEqual(new Set(['Exchange Server SE', undefined]));
  const both = await lyncRulesLoaded(EXAMPLE_PLAN);
  expect(both.loaded).toBe(true);
  expect(both.products).toContain('Skype for Business Server Subscription Edition');
});

test('files it refuses say what they are, at once, and the page stays usable', async ({ page }) => {
  await open(page);
  const picker = page.locator('.uc-checker input[type="file"]');
  const alert = page.locator('.uc-checker [role="alert"]');
  await picker.setInputFiles(fixtures.path('leaf.pfx'));
  await expect(alert).toContainText('This is a PFX (PKCS #12) file');
  // 20 MB made in the page and dropped (sending it through setInputFiles would take the test half a minute).
  const junk = await page.evaluateHandle(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([new Uint8Array(20 * 1024 * 1024).fill(0x41)], 'junk.bin'));
    return dataTransfer;
  });
  const started = Date.now();
  await page.locator('.uc-checker').dispatchEvent('drop', { dataTransfer: junk });
  await expect(alert).toContainText('The input is 20.0 MB');
  expect(Date.now() - started).toBeLessThan(2000);
  await picker.setInputFiles(fixtures.path('random.bin'));
  await expect(alert).toContainText('binary data');
  await field(page).fill(text('truncated.pem'));
  await expect(alert).toContainText('cut off');
  await field(page).fill('"><img src=x onerror=alert(1)>');
  await expect(alert).toContainText('It starts “"><img src=x onerror=alert(1)>”');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // Still working after all that.
  await field(page).fill(text('request.csr'));
  await expect(fact(page, 'dns')).toHaveText('mail.contoso.com, autodiscover.contoso.com');
});

test('without Web Crypto (plain http from another host) it reads the file but shows no thumbprint', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined });
  });
  await open(page);
  await field(page).fill(text('leaf.pem'));
  await expect(fact(page, 'sha1')).toHaveText('(not available)');
  await expect(page.locator('.uc-checker-report .uc-notice')).toContainText(
    'served over https:// or from localhost',
  );
  await expect(page.locator('.uc-activation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy thumbprint' })).toHaveCount(0);
});

/** Permalinks and stored plans: shared links restore a plan; a different saved plan is never lost. */
import { expect, test, type Browser } from '@playwright/test';
import { hydrateAll, islandText, PLAN_KEY, typeInto } from './support.ts';

/** In a browser context of its own, types a primary domain on a guide and copies the Share link. */
async function authorLink(browser: Browser, guide: string, domain: string): Promise<string> {
  const author = await browser.newContext();
  await author.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await author.newPage();
  await page.goto(guide);
  await typeInto(page, 'Primary domain', domain);
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText(`autodiscover.${domain}`);
  await page.getByRole('button', { name: 'Share' }).first().click();
  await expect(page.getByText('Link to your plan copied.').first()).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await author.close();
  return link;
}

test('a permalink opened in a fresh browser restores the plan', async ({ browser, baseURL }) => {
  const link = await authorLink(browser, '/exchange/2016/', 'litwareinc.com');
  expect(link).toMatch(new RegExp(`^${baseURL}/exchange/2016/#plan=v2\\.[A-Za-z0-9_-]+$`));

  const reader = await browser.newContext();
  const fresh = await reader.newPage();
  await fresh.goto(link);
  // Nothing is saved yet, and still the reader sees what the link holds before it is used.
  const offer = fresh.getByRole('group', { name: 'A shared plan' });
  await expect(offer).toContainText('litwareinc.com');
  await expect(offer).toContainText('Exchange Server SE');
  await expect(offer).toContainText('EX01');
  await expect(offer).toContainText('C:\\Certs');
  await expect(fresh.getByLabel('Primary domain')).toHaveValue('contoso.com');
  await offer.getByRole('button', { name: 'Use the shared plan' }).click();
  await hydrateAll(fresh);
  await expect(fresh.getByLabel('Primary domain')).toHaveValue('litwareinc.com');
  await expect(fresh.locator('.uc-certificates')).toContainText('autodiscover.litwareinc.com');
  await expect(fresh.getByText('Opened the plan from the link.')).toBeVisible();
  await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('');
  await fresh.reload();
  await expect(fresh.getByLabel('Primary domain')).toHaveValue('litwareinc.com');
  await reader.close();
});

test.describe('opening a link while a different plan is saved', () => {
  async function setUp(browser: Browser) {
    const link = await authorLink(browser, '/exchange/se/', 'shared.example');

    const reader = await browser.newContext();
    const own = await reader.newPage();
    await own.goto('/exchange/se/');
    await typeInto(own, 'Primary domain', 'mine.example');
    await hydrateAll(own);
    await expect(own.locator('.uc-certificates')).toContainText('autodiscover.mine.example');
    await own.goto('about:blank'); // a new page load, as when a link is opened (not a same-page hash change)
    await own.goto(link);
    await expect(own.getByRole('group', { name: 'A shared plan' })).toContainText(
      'It differs from the one saved in this browser',
    );
    return { reader, own };
  }

  test('asks, and using the shared plan sets mine aside', async ({ browser }) => {
    const { reader, own } = await setUp(browser);
    await expect(own.getByLabel('Primary domain')).toHaveValue('mine.example');
    await own.getByRole('button', { name: 'Use the shared plan' }).click();
    await expect(own.getByLabel('Primary domain')).toHaveValue('shared.example');
    await own.goto('/your-plan/');
    await expect(own.getByText(/A plan is set aside \(mine\.example/)).toBeVisible();
    await own.getByRole('button', { name: 'Switch to it' }).click();
    await expect(own.getByLabel('Primary SMTP domain')).toHaveValue('mine.example');
    await reader.close();
  });

  test('asks, and keeping mine sets the shared plan aside', async ({ browser }) => {
    const { reader, own } = await setUp(browser);
    await own.getByRole('button', { name: 'Keep my plan' }).click();
    await hydrateAll(own);
    await expect(own.getByLabel('Primary domain')).toHaveValue('mine.example');
    const text = await islandText(own);
    expect(text).toContain('autodiscover.mine.example');
    expect(text).not.toContain('shared.example');
    await own.goto('/your-plan/');
    await expect(own.getByText(/A plan is set aside \(shared\.example/)).toBeVisible();
    await reader.close();
  });
});

test('a damaged link says why, and the saved plan stays', async ({ page }) => {
  await page.goto('/exchange/se/');
  await typeInto(page, 'Primary domain', 'proseware.com');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.proseware.com');
  await page.goto('about:blank');
  await page.goto('/exchange/se/#plan=v1.this-is-not-a-plan');
  await expect(page.getByRole('alert')).toContainText('This plan link could not be opened.');
  await expect(page.getByLabel('Primary domain')).toHaveValue('proseware.com');
});

test('a shared link to a page without plan tools opens on the plan page', async ({
  page,
  browser,
}) => {
  const link = await authorLink(browser, '/exchange/se/', 'fourthcoffee.com');
  await page.goto(`/about/${new URL(link).hash}`);
  await page.getByRole('button', { name: 'Use the shared plan' }).click();
  await expect(page).toHaveURL(/\/your-plan\/$/);
  await expect(page.getByLabel('Primary SMTP domain')).toHaveValue('fourthcoffee.com');
});

test('damaged stored data: a notice, the example plan, and the data kept aside', async ({
  page,
}) => {
  await page.goto('/exchange/se/');
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"domains": {"primary": "bad..name"'),
    PLAN_KEY,
  );
  await page.reload();
  await hydrateAll(page);
  await expect(page.getByRole('alert')).toContainText('Your saved plan is damaged');
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.contoso.com');
  expect(await page.evaluate(() => localStorage.getItem('uc-runbook:plan:v2:damaged'))).toBe(
    '{"domains": {"primary": "bad..name"',
  );

  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          domains: { primary: 'x..y' },
          exchange: { product: 'exchange-se', sites: [{ servers: [{ name: 'EX01' }] }] },
        }),
      ),
    PLAN_KEY,
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('domains.primary');
});

test('"Clear my data" removes everything this site stored', async ({ page }) => {
  await page.goto('/your-plan/');
  await typeInto(page, 'Primary SMTP domain', 'woodgrovebank.com');
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), PLAN_KEY))
    .toContain('woodgrovebank.com');
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your data was removed from this browser.' }),
  ).toBeVisible();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('uc-runbook:')),
    ),
  ).toEqual([]);
  await expect(page.getByLabel('Primary SMTP domain')).toHaveValue('contoso.com');
});

test('a plan saved by the v1 release is migrated on first read, its original kept aside, nothing shown as damaged', async ({
  page,
}) => {
  const v1 = {
    version: 1,
    organization: { name: 'Northwind Traders', country: 'GB', state: '', locality: 'Leeds' },
    domains: { primary: 'northwind.example', additional: [], internal: 'corp.northwind.example' },
    certificate: {
      authority: 'public',
      keySize: 2048,
      wildcard: false,
      issueDate: '2026-12-01',
      validityDays: 199,
      friendlyName: 'Northwind 2026',
      additionalNames: [],
    },
    exchange: {
      version: '2016',
      coexistWith: 'none',
      namespace: 'owa.northwind.example',
      autodiscover: 'host',
      legacy: { namespace: 'legacy.northwind.example', servers: [], publicIp: null },
      internalDns: 'split-brain',
      sites: [
        {
          name: 'Leeds',
          servers: [{ name: 'NW-EX1', ip: '10.5.0.11' }],
          publicIp: '198.51.100.77',
          internalVip: null,
          namespace: null,
        },
      ],
      services: { pop: false, imap: false, um: false, edge: false },
      edge: { fqdn: 'edge.northwind.example', servers: [], publicIp: null },
      certificateFolder: 'C:\\Certs',
    },
  };
  const original = JSON.stringify(v1);
  await page.goto('/about/');
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem('uc-runbook:plan:v1', text);
  }, original);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/exchange/2016/');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('owa.northwind.example');
  await expect(page.locator('.uc-runbook')).toContainText("-FriendlyName 'Northwind 2026'");
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The findings summary counts it as the reader's own plan: it hydrates for it.
  await expect(page.locator('.uc-findings-first')).toHaveAttribute('data-ready', '');

  const stored = await page.evaluate(() => ({
    v2: JSON.parse(localStorage.getItem('uc-runbook:plan:v2') ?? 'null'),
    v1: localStorage.getItem('uc-runbook:plan:v1'),
    original: localStorage.getItem('uc-runbook:plan:v1:original'),
    damaged: localStorage.getItem('uc-runbook:plan:v2:damaged'),
  }));
  expect(stored.v2).toMatchObject({
    version: 2,
    exchange: { product: 'exchange-2016', certificate: { friendlyName: 'Northwind 2026' } },
  });
  expect(stored.original).toBe(original);
  expect(stored.v1).toBeNull();
  expect(stored.damaged).toBeNull();

  // Reset to the example does not bring the old plan back from its v1 key.
  await page.goto('/your-plan/');
  await page.getByRole('button', { name: 'Reset to example' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await page.reload();
  await expect(page.getByLabel('Primary SMTP domain')).toHaveValue('contoso.com');
  expect(errors).toEqual([]);
});

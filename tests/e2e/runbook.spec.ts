/**
 * /runbook/: the example plan without JavaScript, the reader's saved plan, a shared link (offered,
 * not applied), the session plan `uc-runbook runbook` hands the page (shown, never stored, no
 * confirmation), only the families the plan runs loaded, and "Download PDF" opening the print
 * dialog. The PDF itself is checked in tests/artifacts/runbook-pdf.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { encodePlan } from '../../src/lib/permalink/codec.ts';
import { derive, EXAMPLE_PLAN, productsOf, type Plan } from '../../src/lib/planner/index.ts';
import { partLines } from '../../src/lib/render/parts.ts';
import { SESSION_GLOBAL } from '../../src/components/stores/session-plan.ts';
import { STORAGE_PREFIX } from '../../src/components/stores/storage.ts';
import { planWith } from '../support/scenarios.ts';
import { consoleErrors, foreignRequests, PLAN_KEY } from './support.ts';

const RUNBOOK = '/runbook/';

/** An Exchange 2016 plan of another organisation, without Lync. */
const FABRIKAM = planWith({
  organization: { name: 'Fabrikam Inc' },
  domains: { primary: 'fabrikam.com', internal: 'fabrikam.local' },
  exchange: {
    product: 'exchange-2016',
    namespace: 'mail.fabrikam.com',
    certificate: { friendlyName: 'mail.fabrikam.com 2026-12-01' },
  },
  lync: { enabled: false },
});

/** A Skype for Business 2019 plan without Exchange. */
const LYNC_ONLY = planWith({
  organization: { name: 'Woodgrove Bank' },
  exchange: { enabled: false },
  lync: { product: 'sfb-2019' },
});

/** The first command of every product's first step with PowerShell: the steps are all there. */
function firstCommands(plan: Plan): string[] {
  return productsOf(plan).map((product) => {
    const step = derive(plan, product).steps.find((candidate) =>
      candidate.parts.some((part) => part.kind === 'powershell'),
    )!;
    return partLines(step.parts.find((part) => part.kind === 'powershell')!)[0]!;
  });
}

/** Waits until the cover shows its permalink and every shown island has hydrated. */
async function rendered(page: Page): Promise<void> {
  await expect(page.locator('.uc-rb-cover')).toHaveAttribute('data-permalink-ready', '');
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('.uc-island')].every(
          (island) => island.hasAttribute('data-ready') || !island.checkVisibility(),
        ),
      ),
    )
    .toBe(true);
}

const lyncRuleScripts = (page: Page) => {
  const found: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (/\brule:\s*["'`]lync\./.test(body)) found.push(new URL(response.url()).pathname);
  });
  return found;
};

test('without JavaScript the page holds the whole example runbook', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(RUNBOOK);
  const text = (await page.locator('.uc-rb').textContent()) ?? '';
  expect(text).toContain('Runbook: Contoso Ltd');
  for (const product of productsOf(EXAMPLE_PLAN)) {
    const derived = derive(EXAMPLE_PLAN, product);
    expect(text).toContain(`Summary: ${derived.product.label}`);
    expect(text).toContain(`Steps: ${derived.product.label}`);
    expect(text).toContain(`Findings: ${derived.product.label}`);
    for (const step of derived.steps) expect(text).toContain(step.title);
  }
  const code = (await page.locator('.uc-rb-line').allTextContents()).join('\n');
  for (const command of firstCommands(EXAMPLE_PLAN)) expect(code).toContain(command);
  await context.close();
});

test('the session plan of uc-runbook runbook is shown, never stored, without a question', async ({
  page,
}) => {
  const lyncScripts = lyncRuleScripts(page);
  await page.addInitScript(
    ({ name, plan }) => Object.defineProperty(window, name, { value: Object.freeze({ plan }) }),
    { name: SESSION_GLOBAL, plan: JSON.stringify(FABRIKAM) },
  );
  await page.goto(RUNBOOK);
  await rendered(page);
  await expect(page.locator('.uc-rb-org')).toHaveText('Runbook: Fabrikam Inc');
  await expect(page.locator('.uc-rb-summary:visible h2')).toHaveText([
    'Summary: Exchange Server 2016',
  ]);
  const code = (await page.locator('.uc-rb-line:visible').allTextContents()).join('\n');
  for (const command of firstCommands(FABRIKAM)) expect(code).toContain(command);
  expect(code).not.toContain('contoso.com');
  await expect(page.getByRole('group', { name: 'A shared plan' })).toHaveCount(0);
  // Nothing of the plan was written: not the plan, not a set-aside copy, no key of this site's
  // (Starlight keeps its theme choice, which holds nothing of the plan).
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((key) => key.startsWith(STORAGE_PREFIX))).toEqual([]);
  expect(keys.filter((key) => key !== 'starlight-theme')).toEqual([]);
  expect(lyncScripts).toEqual([]);
});

test('a saved Lync-only plan shows its product and loads no Exchange section', async ({ page }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PLAN_KEY, JSON.stringify(LYNC_ONLY)],
  );
  await page.goto(RUNBOOK);
  await rendered(page);
  await expect(page.locator('.uc-rb-org')).toHaveText('Runbook: Woodgrove Bank');
  await expect(page.locator('.uc-rb-steps:visible h2')).toHaveText([
    'Steps: Skype for Business Server 2019',
  ]);
  await expect(page.locator('.uc-rb-section[data-family="exchange"]:visible')).toHaveCount(0);
  const code = (await page.locator('.uc-rb-line:visible').allTextContents()).join('\n');
  for (const command of firstCommands(LYNC_ONLY)) expect(code).toContain(command);
  // The cover's link is the reader's plan.
  await expect(page.locator('.uc-rb-link')).toHaveText(/\/your-plan\/#plan=v2\./);
});

test('a shared link is offered on the runbook page, not applied unasked', async ({ page }) => {
  await page.goto(`${RUNBOOK}#plan=${await encodePlan(FABRIKAM)}`);
  const offer = page.getByRole('group', { name: 'A shared plan' });
  await expect(offer).toContainText('fabrikam.com');
  await rendered(page);
  await expect(page.locator('.uc-rb-org')).toHaveText('Runbook: Contoso Ltd');
  await offer.getByRole('button', { name: 'Use the shared plan' }).click();
  await expect(page.locator('.uc-rb-org')).toHaveText('Runbook: Fabrikam Inc');
  await rendered(page);
  await expect(page.locator('.uc-rb-section[data-family="lync"]:visible')).toHaveCount(0);
});

test('"Download PDF" opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(RUNBOOK);
  await rendered(page);
  await page.getByRole('button', { name: 'Download PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('the runbook page passes axe, keeps to its origin and breaks no CSP rule', async ({
  page,
  baseURL,
}) => {
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const errors = consoleErrors(page);
  await page.goto(RUNBOOK);
  await rendered(page);
  await page.evaluate(() => {
    for (const part of document.querySelectorAll<HTMLElement>('.uc-card, .uc-dns > section'))
      part.style.contentVisibility = 'visible';
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('button[data-open-modal]')
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await page.screenshot({ path: 'test-results/runbook-page.png' });
});

/** axe on every page (WCAG 2.x A/AA), in both themes, and the editor driven by the keyboard alone. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { opensslFixtures } from '../support/openssl.ts';
import { hydrateAll, PAGES, typeInto } from './support.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Starlight's search button is named "Search" and shows its shortcut ("Ctrl K") next to the word,
 * exposing it through aria-keyshortcuts as ARIA recommends; axe's label-content-name-mismatch
 * counts the shortcut as label text. That one rule's finding is dropped for that one button only;
 * every other rule still checks it, and everything else gets every rule. One axe run per page
 * (filtering afterwards) rather than two: a guide is a large page and axe on it is the slowest
 * thing this suite does.
 */
const SEARCH_BUTTON = 'button[data-open-modal]';
const SEARCH_BUTTON_RULE = 'label-content-name-mismatch';

/**
 * Off-screen steps, cards and findings skip layout (content-visibility: auto in runbook.css) and
 * keep a placeholder height, so their overflowing children overlap the next part and axe reports
 * overlaps (target-size) and backgrounds (color-contrast) no reader ever sees: once scrolled to,
 * a part is laid out at its real size. axe checks every part laid out the way it will be seen.
 */
async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const part of document.querySelectorAll<HTMLElement>(
      '.uc-step, .uc-card, .uc-dns > section, .uc-finding',
    ))
      part.style.contentVisibility = 'visible';
  });
}

async function violations(page: Page): Promise<string[]> {
  await layOutEverything(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const isSearchButton = (target: string) =>
    page.evaluate(
      ({ selector, button }) => document.querySelector(selector)?.matches(button) ?? false,
      { selector: target, button: SEARCH_BUTTON },
    );
  const described: string[] = [];
  for (const violation of results.violations) {
    const targets: string[] = [];
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      if (
        violation.id === SEARCH_BUTTON_RULE &&
        node.target.length === 1 &&
        (await isSearchButton(target))
      )
        continue;
      targets.push(target);
    }
    if (targets.length > 0) described.push(`${violation.id}: ${targets.join(', ')}`);
  }
  return described;
}

// axe walks every node of a guide (thousands of code tokens) on a 2-core machine shared by two
// workers: give it room. This is a ceiling for a hung run, not a performance budget (npm run bench).
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of PAGES) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        await hydrateAll(page);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('axe finds no violations when fields show errors and notices are open', async ({ page }) => {
  await page.goto('/your-plan/');
  await typeInto(page, 'Primary SMTP domain', 'bad..name');
  await page.getByRole('button', { name: 'Add a domain' }).click();
  // The field's own message (the draft status at the top names it too).
  await expect(page.locator('#editor-domains-primary-error')).toContainText('has an empty label');
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violations in the certificate checker's report and its refusals", async ({
  page,
}) => {
  await page.goto('/tools/certificate-checker/');
  await hydrateAll(page);
  const field = page.getByLabel('Certificate, request or CA answer (PEM or base64)');
  await field.fill(readFileSync(opensslFixtures().path('bundle-reversed.pem'), 'utf8'));
  await expect(page.locator('.uc-cert-facts')).toHaveCount(3);
  await expect(page.locator('.uc-code pre span[style]').first()).toBeAttached();
  expect(await violations(page)).toEqual([]);
  await field.fill('not a certificate');
  await expect(page.locator('.uc-checker [role="alert"]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the plan editor works with the keyboard alone', async ({ page }) => {
  await page.goto('/your-plan/');
  await hydrateAll(page);
  const primary = page.getByLabel('Primary SMTP domain');
  await primary.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('keyboard.example');
  await expect(page.getByLabel('Client namespace', { exact: true })).toHaveValue(
    'mail.keyboard.example',
  );

  // From the domain field, Tab reaches "Add a domain"; Enter adds a row and puts the focus in it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a domain' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Additional SMTP domains, entry 1')).toBeFocused();
  await page.keyboard.type('second.example');

  // Add a server to site 1 by keyboard, name it, and check the plan took it.
  const addServer = page.getByRole('button', { name: 'Add a server to site 1' });
  await addServer.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Site 1 server 3 name')).toBeFocused();
  await page.keyboard.type('EX03');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Site 1 server 3 internal IPv4')).toBeFocused();
  await page.keyboard.type('10.0.0.13');

  // Choices work from the keyboard too.
  await page.getByLabel('Exchange version you are deploying').focus();
  await page.keyboard.press('Home'); // the oldest version the registry offers
  await expect(page.getByLabel('Exchange version you are deploying')).toHaveValue('exchange-2007');

  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('uc-runbook:plan:v2') ?? '{}'),
  );
  expect(stored.domains).toMatchObject({
    primary: 'keyboard.example',
    additional: ['second.example'],
  });
  expect(stored.exchange.sites[0].servers[2]).toEqual({ name: 'EX03', ip: '10.0.0.13' });
  expect(stored.exchange.product).toBe('exchange-2007');

  // Remove the server again with the keyboard.
  await page.getByRole('button', { name: 'Remove site 1 server 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Site 1 server 3 name')).toHaveCount(0);
});

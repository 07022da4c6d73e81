/**
 * Hostile links and damaged stored data in the browser (issue 8): each gives a clear notice and
 * leaves the reader's plan as it was; none raises an uncaught exception or an unhandled rejection.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { encodePlan } from '../../src/lib/permalink/codec.ts';
import { planWith } from '../support/scenarios.ts';
import { hydrateAll, PLAN_KEY, typeInto } from './support.ts';

const GUIDE = '/exchange/se/';
const DAMAGED_KEY = 'uc-runbook:plan:v2:damaged';

const v1Link = (json: string) => `v1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
function v2Link(json: string): string {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc32(Buffer.from(json)));
  return `v2.${Buffer.concat([head, deflateRawSync(Buffer.from(json))]).toString('base64url')}`;
}
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/**
 * Records uncaught exceptions (pageerror) and unhandled promise rejections, which Chromium does not
 * always report as page errors: a listener installed before any page script runs counts them.
 */
async function watchErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __rejections: string[] }).__rejections = seen;
    window.addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
  });
  return async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)),
  ];
}

test.describe('hostile links give a notice, never an error', () => {
  const LINKS: [string, () => Promise<string> | string, RegExp][] = [
    [
      'the probe link nested 2,500 deep',
      () => 'v1.7cExDQAwCAAwL8jAysKHCzLvqOBrO9GRDwAAAAA4VwAAAADAub8',
      /could not be opened.*invalid fields/,
    ],
    ['a v1 link nested 30,000 deep', () => v1Link(`{"d":${deep(30_000)}}`), /invalid fields/],
    ['a v2 link nested 30,000 deep', () => v2Link(`{"x":{"v":${deep(30_000)}}}`), /invalid fields/],
    [
      'an issue date whose toString is not a function',
      () => v2Link('{"d":{"p":"contoso.com"},"C":{"D":{"toString":1}}}'),
      /certificate\.issueDate: must be a date/,
    ],
    [
      'a locality with a right-to-left override',
      () => v2Link('{"o":{"l":"Wroc\\u202eław"},"d":{"p":"contoso.com"}}'),
      /bidirectional control character \(U\+202E\)/,
    ],
    [
      'a link damaged by one character',
      async () => {
        const link = await encodePlan(planWith({}));
        return `${link.slice(0, 20)}${link[20] === 'A' ? 'B' : 'A'}${link.slice(21)}`;
      },
      /damaged/,
    ],
    [
      'a decompression bomb',
      () => `v1.${deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64url')}`,
      /far more data than any plan/,
    ],
    ['an oversized link', () => `v2.${'A'.repeat(20_000)}`, /characters long/],
  ];

  for (const [what, make, notice] of LINKS) {
    test(what, async ({ page }) => {
      const errors = await watchErrors(page);
      await page.goto(`${GUIDE}#plan=${await make()}`);
      const alert = page
        .getByRole('alert')
        .filter({ hasText: 'This plan link could not be opened.' });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(notice);
      expect((await alert.textContent())!.length).toBeLessThan(2000);
      await hydrateAll(page);
      await expect(page.getByLabel('Primary domain')).toHaveValue('contoso.com');
      expect(await errors()).toEqual([]);
    });
  }

  test('a plan that sends certificate files to an outside share is shown, with a warning, before it is used', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    const plan = planWith({
      domains: { primary: 'fabrikam.com' },
      exchange: { certificateFolder: '\\\\attacker.example.net\\drop' },
    });
    await page.goto(`${GUIDE}#plan=${await encodePlan(plan)}`);
    const offer = page.getByRole('group', { name: 'A shared plan' });
    await expect(offer).toContainText('fabrikam.com');
    await expect(offer).toContainText('\\\\attacker.example.net\\drop');
    await expect(offer).toContainText('Warning: The certificate folder');
    // Nothing is applied before the reader chooses.
    await hydrateAll(page);
    await expect(page.getByLabel('Primary domain')).toHaveValue('contoso.com');
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBeNull();
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByLabel('Primary domain')).toHaveValue('contoso.com');
    expect(await errors()).toEqual([]);
  });

  test('a plan in the query string is ignored, removed from the address, and the reader told', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    const link = await encodePlan(planWith({ domains: { primary: 'fabrikam.com' } }));
    await page.goto(`${GUIDE}?utm=1&plan=${link}`);
    await expect(page.getByRole('alert')).toContainText('which was ignored');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?utm=1');
    await hydrateAll(page);
    await expect(page.getByLabel('Primary domain')).toHaveValue('contoso.com');
    await expect(page.getByRole('group', { name: 'A shared plan' })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), PLAN_KEY)).toBeNull();
    expect(await errors()).toEqual([]);
  });

  test('an international name in a link is checked with the IDNA tables, loaded for it', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    await page.goto(`${GUIDE}#plan=${v2Link('{"d":{"p":"bücher.de"},"C":{"D":"2026-12-01"}}')}`);
    const offer = page.getByRole('group', { name: 'A shared plan' });
    await expect(offer).toContainText('xn--bcher-kva.de');
    await offer.getByRole('button', { name: 'Use the shared plan' }).click();
    await hydrateAll(page);
    await expect(page.locator('.uc-certificates')).toContainText('autodiscover.xn--bcher-kva.de');
    expect(await errors()).toEqual([]);
  });
});

test('a fragment with a broken %-escape jumps nowhere and throws nothing', async ({ page }) => {
  const errors = await watchErrors(page);
  await page.goto(GUIDE);
  await hydrateAll(page);
  await page.evaluate(() => {
    location.hash = '#step-%E0%A4%A';
  });
  await page.locator('starlight-toc a[href="#step-verify"]').click();
  await expect(page.locator('#step-verify .uc-step-title')).toBeInViewport();
  expect(await errors()).toEqual([]);
});

test('an international name typed into the plan bar is checked once the IDNA tables arrive', async ({
  page,
}) => {
  const errors = await watchErrors(page);
  await page.goto(GUIDE);
  await typeInto(page, 'Primary domain', 'bücher.de');
  await hydrateAll(page);
  await expect(page.locator('.uc-certificates')).toContainText('autodiscover.xn--bcher-kva.de');
  await expect(page.getByLabel('Primary domain')).not.toHaveAttribute('aria-invalid', 'true');
  await typeInto(page, 'Primary domain', 'mail♥.de');
  await expect(page.getByLabel('Primary domain')).toHaveAttribute('aria-invalid', 'true');
  expect(await errors()).toEqual([]);
});

test.describe('damaged stored data gives a notice, never an error', () => {
  const STORED: [string, string, RegExp][] = [
    ['text that is not JSON', '{"domains": {"primary": "bad..name"', /not readable JSON/],
    ['a toString trap', '{"certificate":{"issueDate":{"toString":1}}}', /must be a date/],
    [
      'a list 200,000 deep',
      `{"domains":{"primary":"contoso.com"},"exchange":{"version":${deep(200_000)}}}`,
      /exchange\.product: must be one of/,
    ],
    [
      'a zero-width space in a name',
      JSON.stringify({ domains: { primary: 'con\u200btoso.com' } }),
      /invisible character \(U\+200B\)/,
    ],
  ];

  for (const [what, stored, notice] of STORED) {
    test(what, async ({ page }) => {
      const errors = await watchErrors(page);
      await page.goto('/about/');
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PLAN_KEY, stored]);
      await page.goto(GUIDE);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Your saved plan is damaged');
      await expect(alert).toContainText(notice);
      await expect(alert).toContainText('kept aside');
      expect((await alert.textContent())!.length).toBeLessThan(1500);
      await hydrateAll(page);
      await expect(page.locator('.uc-certificates')).toContainText('autodiscover.contoso.com');
      expect(await page.evaluate((key) => localStorage.getItem(key), DAMAGED_KEY)).toBe(stored);
      expect(await errors()).toEqual([]);
    });
  }

  test('a damaged value too large to copy is not said to be kept aside', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto('/about/');
    // The largest value storage takes: a second copy of it cannot fit.
    const stored = await page.evaluate((key) => {
      localStorage.clear();
      for (let size = 8_000_000; size > 100_000; size = Math.floor(size * 0.8)) {
        try {
          localStorage.setItem(key, `{${'x'.repeat(size)}`);
          return size;
        } catch {
          // over the quota: try a smaller value
        }
      }
      return 0;
    }, PLAN_KEY);
    expect(stored).toBeGreaterThan(100_000);
    await page.goto(GUIDE);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your saved plan is damaged');
    await expect(alert).toContainText('too large to keep a copy of');
    await expect(alert).not.toContainText('kept aside');
    expect(await page.evaluate((key) => localStorage.getItem(key), DAMAGED_KEY)).toBeNull();
    expect(await errors()).toEqual([]);
  });

  test('a saved plan with an international name opens without a notice', async ({ page }) => {
    const errors = await watchErrors(page);
    await page.goto('/about/');
    const plan = {
      domains: { primary: 'xn--bcher-kva.de' },
      certificate: { issueDate: '2026-12-01' },
    };
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [PLAN_KEY, JSON.stringify({ version: 2, ...plan })],
    );
    await page.goto(GUIDE);
    await hydrateAll(page);
    await expect(page.locator('.uc-certificates')).toContainText('autodiscover.xn--bcher-kva.de');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await errors()).toEqual([]);
  });
});

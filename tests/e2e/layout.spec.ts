/**
 * Layout with real names: the longest valid host names must wrap inside the page on a phone,
 * in tables and in command blocks, never push the page sideways.
 */
import { expect, test } from '@playwright/test';
import { GUIDES, hydrateAll, pasteInto, PLAN_KEY } from './support.ts';

/** 63-character labels: as long as DNS allows. */
const LONG_DOMAIN = `${'a'.repeat(63)}.${'b'.repeat(50)}.example.com`;

test.use({ viewport: { width: 390, height: 844 } });

for (const guide of GUIDES) {
  test(`long names wrap on a 390 px screen: ${guide}`, async ({ page }) => {
    await page.goto('/your-plan/');
    await pasteInto(page, 'Primary SMTP domain', LONG_DOMAIN);
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', PLAN_KEY))
      .toContain(LONG_DOMAIN);
    await page.goto(guide);
    await hydrateAll(page);
    await expect(page.locator('.uc-certificates')).toContainText(LONG_DOMAIN);
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [
        ...document.querySelectorAll(
          '.uc-island table, .uc-island pre, .uc-island tr, .uc-island .uc-card',
        ),
      ]
        .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
        .map((element) => `${element.tagName}.${element.className}`);
    });
    expect(wide).toEqual([]);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
  });
}

/**
 * Checklists on a guide: ticks survive a reload, belong to one plan, and a step whose commands
 * change is un-ticked while the others keep their ticks. On paper every box is empty.
 */
import { expect, test, type Page } from '@playwright/test';
import { guideHref } from '../../src/lib/planner/products.ts';
import { EXAMPLE_PLAN } from '../../src/lib/planner/plan/example.ts';
import { planWith } from '../support/scenarios.ts';
import { PLAN_KEY, typeInto } from './support.ts';

const GUIDE = guideHref('exchange-se');
const box = (page: Page, step: string) => page.locator(`.uc-step-check[data-step="${step}"]`);

async function openRunbook(page: Page) {
  const runbook = page.locator('.uc-runbook');
  await runbook.scrollIntoViewIfNeeded();
  await expect(runbook).toHaveAttribute('data-ready', '');
}

async function usePlan(page: Page, plan: unknown) {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PLAN_KEY, JSON.stringify(plan)],
  );
  await page.reload();
  await openRunbook(page);
}

test('ticks survive a reload, are per plan, and a changed command un-ticks its step', async ({
  page,
}) => {
  await page.goto(GUIDE);
  await usePlan(page, EXAMPLE_PLAN);
  const progress = page.locator('.uc-checklist-progress');
  const total = await page.locator('.uc-step-check').count();
  expect(total).toBeGreaterThan(10);
  await expect(progress).toContainText(`0 of ${total} steps done`);

  await box(page, 'enable-certificate').check();
  await box(page, 'dns-external').check();
  await expect(progress).toContainText(`2 of ${total} steps done`);
  await expect(progress.locator('progress')).toHaveAttribute('value', '2');

  await page.reload();
  await openRunbook(page);
  await expect(box(page, 'enable-certificate')).toBeChecked();
  await expect(box(page, 'dns-external')).toBeChecked();
  await expect(box(page, 'verify')).not.toBeChecked();

  // Another organisation's plan has its own (empty) checklist; the first one's comes back.
  await usePlan(page, planWith({ domains: { primary: 'fabrikam.com', additional: [] } }));
  await expect(page.locator('.uc-step-check:checked')).toHaveCount(0);
  await expect(progress).toContainText('0 of');
  await usePlan(page, EXAMPLE_PLAN);
  await expect(box(page, 'enable-certificate')).toBeChecked();

  // A new public address rewrites the public DNS commands only: that step is to do again.
  await usePlan(
    page,
    planWith({
      exchange: { sites: [{ ...EXAMPLE_PLAN.exchange.sites[0]!, publicIp: '198.51.100.99' }] },
    }),
  );
  await expect(page.locator('#step-dns-external')).toContainText('198.51.100.99');
  await expect(box(page, 'dns-external')).not.toBeChecked();
  await expect(box(page, 'enable-certificate')).toBeChecked();
  await expect(progress).toContainText(`1 of ${total} steps done`);
});

test('a step a live edit left as it was ticks into the edited plan', async ({ page }) => {
  await page.goto(GUIDE);
  await usePlan(page, EXAMPLE_PLAN);
  const total = await page.locator('.uc-step-check').count();
  // The new domain rewrites the public DNS step; enabling the certificate reads the same.
  await typeInto(page, 'Primary domain', 'fabrikam.com');
  await expect(page.locator('#step-dns-external')).toContainText('fabrikam.com');
  await box(page, 'enable-certificate').check();
  await expect(page.locator('.uc-checklist-progress')).toContainText(`1 of ${total} steps done`);

  await page.reload();
  await openRunbook(page);
  await expect(page.locator('#step-dns-external')).toContainText('fabrikam.com');
  await expect(box(page, 'enable-certificate')).toBeChecked();
  // The tick went to fabrikam.com's checklist, not to the plan the page had first.
  await usePlan(page, EXAMPLE_PLAN);
  await expect(page.locator('.uc-step-check:checked')).toHaveCount(0);
});

test('on paper the boxes are empty and the progress bar is gone', async ({ page }) => {
  await page.goto(GUIDE);
  await openRunbook(page);
  await box(page, 'verify').check();
  await page.emulateMedia({ media: 'print' });
  const style = await box(page, 'verify').evaluate((element) => {
    const computed = getComputedStyle(element);
    return { appearance: computed.appearance, background: computed.backgroundColor };
  });
  expect(style).toEqual({ appearance: 'none', background: 'rgb(255, 255, 255)' });
  await expect(page.locator('.uc-checklist-progress')).toBeHidden();
});

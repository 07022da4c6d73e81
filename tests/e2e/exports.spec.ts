/**
 * The downloads on a guide: each file is made in the browser when clicked (the iCalendar and CSV
 * writers load only then) and reads back with the parsers the unit tests use; the renewal choice
 * in the editor turns the guide into the renewal runbook.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { guideHref } from '../../src/lib/planner/products.ts';
import { hydrated, scriptRequests } from './support.ts';

const GUIDE = guideHref('exchange-se');

test('the renewal calendar and the names CSV download, their writers loaded on the click', async ({
  page,
}) => {
  const scripts = scriptRequests(page);
  await page.goto(GUIDE);
  const list = page.locator('.uc-exports-island');
  await list.scrollIntoViewIfNeeded();
  await expect(list).toHaveAttribute('data-ready', '');
  await expect(list.locator('code')).toContainText([
    'uc-runbook-contoso.com-exchange-se.ps1',
    'uc-runbook-contoso.com-exchange-se-names.csv',
    'uc-runbook-contoso.com-plan.json',
    'uc-runbook-contoso.com-renewals.ics',
  ]);
  expect(scripts.filter((path) => /\/(calendar|san-csv)\.[^/]+\.js$/.test(path))).toEqual([]);

  const [calendarFile] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: 'Renewal reminders (.ics)' }).click(),
  ]);
  expect(calendarFile.suggestedFilename()).toBe('uc-runbook-contoso.com-renewals.ics');
  const calendar = new ICAL.Component(
    ICAL.parse(await readFile((await calendarFile.path())!, 'utf8')),
  );
  const first = new ICAL.Event(calendar.getAllSubcomponents('vevent')[0]);
  expect(first.startDate.toString()).toBe('2027-05-19');
  expect(first.description).toContain('WARNING');
  expect(scripts.some((path) => /\/calendar\.[^/]+\.js$/.test(path))).toBe(true);

  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: /certificate names \(\.csv\)/ }).click(),
  ]);
  const bytes = await readFile((await csvFile.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((row) => row.name)).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);
});

test('choosing "renewal" in the editor gives the guide the renewal runbook', async ({ page }) => {
  await page.goto('/your-plan/');
  const choice = page.getByLabel('This change is');
  await hydrated(choice);
  await choice.selectOption('renewal');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('uc-runbook:plan:v2')))
    .toContain('"purpose":"renewal"');
  await page.goto(GUIDE);
  const runbook = page.locator('.uc-runbook');
  await runbook.scrollIntoViewIfNeeded();
  await expect(runbook).toHaveAttribute('data-ready', '');
  await expect(page.locator('#step-request-certificate h3')).toContainText(
    'Create the renewal request from the current certificate on EX01',
  );
  await expect(page.locator('#step-dns-external')).toHaveCount(0);
  await expect(page.locator('#step-hybrid-connectors')).toBeAttached();
});

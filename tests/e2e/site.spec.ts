import { expect, test } from '@playwright/test';
import { decodePlan } from '../../src/lib/permalink/codec.ts';
import { compactPlan } from '../../src/lib/permalink/compact.ts';
import { EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';

test('the site serves its start page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start here');
});

test('the build publishes the plan JSON Schema', async ({ request }) => {
  const response = await request.get('/schema/plan-v1.json');
  expect(response.ok()).toBe(true);
  const schema = await response.json();
  expect(schema.title).toBe('UC Runbook plan, version 1');
  expect(schema.properties.exchange.properties.version.enum).toEqual(
    expect.arrayContaining(['2013', '2016', '2019', 'se']),
  );
});

test('a link compressed by Chromium decodes with the v1 codec (deflate-raw is the same on both sides)', async ({
  page,
}) => {
  await page.goto('/');
  const json = JSON.stringify(compactPlan(EXAMPLE_PLAN));
  const link = await page.evaluate(async (text) => {
    const stream = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `v1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  }, json);
  expect(await decodePlan(link)).toEqual({ ok: true, plan: EXAMPLE_PLAN });
});

import { crc32 } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { decodePlan } from '../../src/lib/permalink/codec.ts';
import { EXAMPLE_PLAN } from '../../src/lib/planner/plan/example.ts';
import { compactPlan } from '../../src/lib/planner/plan/operations.ts';
import { hydrateAll } from './support.ts';

test('the site serves its start page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start here');
});

test('the build publishes the plan JSON Schema, v2 and the frozen v1', async ({ request }) => {
  const v2 = await (await request.get('/schema/plan-v2.json')).json();
  expect(v2.title).toBe('UC Runbook plan, version 2');
  expect(v2.properties.exchange.properties.product.enum).toEqual(
    expect.arrayContaining(['exchange-2013', 'exchange-2016', 'exchange-2019', 'exchange-se']),
  );
  expect(v2.properties.lync.properties.product.enum).toContain('sfb-2019');
  const v1 = await (await request.get('/schema/plan-v1.json')).json();
  expect(v1.title).toBe('UC Runbook plan, version 1');
  expect(v1.properties.exchange.properties.version.enum).toEqual(
    expect.arrayContaining(['2013', '2016', '2019', 'se']),
  );
});

test('a link compressed by Chromium decodes with the v2 codec (deflate-raw is the same on both sides)', async ({
  page,
}) => {
  await page.goto('/');
  const json = JSON.stringify(compactPlan(EXAMPLE_PLAN));
  const compressed = await page.evaluate(async (text) => {
    const stream = new Blob([new TextEncoder().encode(text)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    return [...new Uint8Array(await new Response(stream).arrayBuffer())];
  }, json);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(crc32(json));
  const link = `v2.${Buffer.concat([head, Buffer.from(compressed)]).toString('base64url')}`;
  expect(await decodePlan(link)).toEqual({ ok: true, plan: EXAMPLE_PLAN });
});

test('hydrating a guide changes none of the example plan text the server wrote', async ({
  browser,
}) => {
  // Each island's first client render must repeat the server's: a text Preact splits differently
  // from the server's HTML (adjacent text nodes) is kept and then added to ("4.." for "4.").
  for (const href of ['/exchange/se/', '/sfb/2019/']) {
    const islandTexts = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(href);
      if (javaScriptEnabled) await hydrateAll(page);
      const texts = await page.locator('.uc-island').allTextContents();
      await context.close();
      return texts;
    };
    const server = await islandTexts(false);
    expect(server.length).toBeGreaterThan(5);
    expect(await islandTexts(true)).toEqual(server);
  }
});

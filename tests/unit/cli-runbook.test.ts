/**
 * `uc-runbook runbook` before it starts a browser: its usage errors (exit 2, nothing written), the
 * header and footer it hands Chromium (the reader's text escaped), and when it rebuilds the site.
 * The PDF itself: tests/artifacts/runbook-pdf.test.ts.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { escapeHtml, templates } from '../../src/cli/pdf/render.ts';
import { staleReason } from '../../src/cli/pdf/site.ts';
import { cli } from '../support/cli.ts';
import { planWith } from '../support/scenarios.ts';

describe('uc-runbook runbook: usage', () => {
  it.each([
    [['--example'], 'give the PDF to write with -o'],
    [['--example', '-o', 'x.pdf', '--paper', 'a3'], '--paper must be a4 or letter'],
    [
      ['--example', '-o', 'x.pdf', '--product', 'exchange-2016'],
      '--product and --version do not apply',
    ],
    [['-o', 'x.pdf'], 'no plan given'],
  ])('%j → exit 2: %s', async (args, message) => {
    const { code, stdout, stderr } = await cli(['runbook', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('refuses a plan that runs no product', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'uc-runbook-cli-'));
    const file = join(folder, 'plan.json');
    writeFileSync(
      file,
      JSON.stringify(planWith({ exchange: { enabled: false }, lync: { enabled: false } })),
    );
    const { code, stderr } = await cli(['runbook', file, '-o', join(folder, 'x.pdf')]);
    expect(code).toBe(2);
    expect(stderr).toContain('the plan runs no product');
  });
});

describe('the header and footer templates', () => {
  it('name the organisation and the products, and number the pages', () => {
    const { headerTemplate, footerTemplate } = templates(
      EXAMPLE_PLAN,
      ['exchange-se', 'sfb-se'],
      '2026-11-30',
    );
    expect(headerTemplate).toContain('Runbook: Contoso Ltd');
    expect(headerTemplate).toContain(
      'Exchange Server SE, Skype for Business Server Subscription Edition',
    );
    expect(footerTemplate).toContain('printed 2026-11-30');
    expect(footerTemplate).toContain(
      '<span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('escape the reader’s text: an organisation name is never HTML', () => {
    const plan = planWith({ organization: { name: "<img src=x onerror=alert(1)> & Co's" } });
    const { headerTemplate } = templates(plan, ['exchange-se'], '2026-11-30');
    expect(headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; Co&#39;s');
    expect(headerTemplate).not.toContain('<img');
    expect(escapeHtml('"')).toBe('&quot;');
  });
});

describe('staleReason: when the CLI builds the site first', () => {
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'uc-runbook-site-'));
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    mkdirSync(join(root, 'dist', 'runbook'), { recursive: true });
    writeFileSync(join(root, 'src', 'page.ts'), '');
    writeFileSync(join(root, 'src', 'cli', 'main.ts'), '');
    writeFileSync(join(root, 'dist', 'runbook', 'index.html'), '');
    const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
    for (const path of ['src/page.ts', 'src/cli/main.ts', 'src/cli', 'src']) at(path, 1_000);
    at('dist/runbook/index.html', 2_000);
    return { root, at };
  }

  it('is undefined when dist/ is newer than every source', async () => {
    expect(await staleReason(project().root)).toBeUndefined();
  });

  it('rebuilds when a site source changed, not for the CLI’s own files', async () => {
    const { root, at } = project();
    at('src/cli/main.ts', 3_000);
    expect(await staleReason(root)).toBeUndefined();
    at('src/page.ts', 3_000);
    expect(await staleReason(root)).toBe('dist/ is older than the sources');
  });

  it('builds when there is no built runbook page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'uc-runbook-site-'));
    expect(await staleReason(root)).toBe('dist/ holds no built runbook page');
  });
});

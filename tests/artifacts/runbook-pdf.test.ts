/**
 * `uc-runbook runbook` run as a reader runs it (a real process, real Chromium), and the PDFs it
 * writes read back with poppler's tools: the plan's names and every command, INF line and wizard
 * click of every step are in the text; the outline lists every step; every page has its number;
 * A4 and Letter; and nothing is cut off at the right margin, for the example plan and the long
 * plan (ten domains, eight Exchange servers, Exchange and Skype for Business together).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { derive, EXAMPLE_PLAN, productsOf, type Plan } from '../../src/lib/planner/index.ts';
import { partLines, wizardActionText } from '../../src/lib/render/parts.ts';
import {
  inkRightOf,
  medianWordHeights,
  pageImages,
  pdfInfo,
  pdfOutline,
  pdfText,
  squeeze,
  type PageImage,
} from '../support/pdf.ts';
import { LONG_RUNBOOK_PLAN } from '../support/runbook-plans.ts';
import { KEEP_WHOLE_MAX } from '../../src/components/runbook/code-tokens.ts';

const BIN = fileURLToPath(new URL('../../bin/uc-runbook.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'uc-runbook-pdf-'));
/** The right page margin the CLI prints with (src/cli/pdf/render.ts), in millimetres. */
const RIGHT_MARGIN_MM = 14;
const DPI = 50;
// Reading a 100-page PDF with poppler's tools takes seconds on a busy host.
vi.setConfig({ testTimeout: 60_000 });

function runCli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'runbook', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
}

interface Printed {
  plan: Plan;
  file: string;
  text: string;
  pages: PageImage[];
}

const printed: Record<'example' | 'letter' | 'long', Printed> = {} as never;

function print(name: keyof typeof printed, plan: Plan, source: string[], paper: string) {
  const file = join(folder, `${name}.pdf`);
  const result = runCli([...source, '-o', file, '--paper', paper]);
  if (result.status !== 0) throw new Error(`runbook ${name} failed: ${result.stderr}`);
  printed[name] = { plan, file, text: pdfText(file), pages: pageImages(file, DPI) };
}

// The first run builds the site when dist/ is missing or stale (a minute on a busy host).
beforeAll(() => {
  const longFile = join(folder, 'long-plan.json');
  writeFileSync(longFile, JSON.stringify(LONG_RUNBOOK_PLAN));
  print('example', EXAMPLE_PLAN, ['--example'], 'a4');
  print('letter', EXAMPLE_PLAN, ['--example'], 'letter');
  print('long', LONG_RUNBOOK_PLAN, [longFile], 'a4');
}, 600_000);

const CASES = ['example', 'letter', 'long'] as const;

/** Every command, INF line and wizard click of every step of every product the plan runs. */
function stepLines(plan: Plan) {
  return productsOf(plan).flatMap((product) =>
    derive(plan, product).steps.flatMap((step) =>
      step.parts.flatMap((part) =>
        part.kind === 'wizard'
          ? part.actions.map((action) => ({ step, line: wizardActionText(action) }))
          : part.kind === 'instructions'
            ? part.items.map((line) => ({ step, line }))
            : partLines(part).map((line) => ({ step, line })),
      ),
    ),
  );
}

describe.each(CASES)('uc-runbook runbook: %s', (name) => {
  it('holds the plan’s names: organisation, domains, servers, every certificate name', () => {
    const { plan, text } = printed[name];
    const names = [
      plan.organization.name,
      plan.domains.primary,
      ...plan.domains.additional,
      ...productsOf(plan).flatMap((product) => {
        const derived = derive(plan, product);
        return [
          derived.product.label,
          ...derived.certificates.flatMap((certificate) => [
            ...certificate.servers,
            ...certificate.sans.map((san) => san.name),
          ]),
        ];
      }),
    ];
    const squeezed = squeeze(text);
    expect(names.filter((value) => !squeezed.includes(squeeze(value)))).toEqual([]);
  });

  it('holds every command, INF line and wizard click of every step', () => {
    const { plan, text } = printed[name];
    const lines = stepLines(plan);
    expect(lines.length).toBeGreaterThan(50);
    const squeezed = squeeze(text);
    const missing = lines.filter(({ line }) => !squeezed.includes(squeeze(line)));
    expect(missing.map(({ step, line }) => `${step.id}: ${line}`)).toEqual([]);
  });

  it('lists every step of every product in the outline', () => {
    const { plan, file } = printed[name];
    const outline = pdfOutline(file).map(squeeze);
    const titles = productsOf(plan).flatMap((product) => {
      const derived = derive(plan, product);
      return [
        `Steps: ${derived.product.label}`,
        `Findings: ${derived.product.label}`,
        ...derived.steps.map((step, index) => `${index + 1}. ${step.title}`),
      ];
    });
    expect(titles.filter((title) => !outline.includes(squeeze(title)))).toEqual([]);
  });

  it('numbers every page ("Page n of N") and is a tagged PDF', () => {
    const { file, text } = printed[name];
    const info = pdfInfo(file);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(10);
    expect(info.Tagged).toBe('yes');
    // pdftotext ends every page with a form feed.
    const texts = text.split('\f').slice(0, pages);
    expect(texts).toHaveLength(pages);
    const unnumbered = texts
      .map((page, index) => ({ page: index + 1, text: page }))
      .filter(({ page, text }) => !text.includes(`Page ${page} of ${pages}`));
    expect(unnumbered.map(({ page }) => page)).toEqual([]);
  });

  it('leaves the right margin blank on every page: no code or table runs off the paper', () => {
    const { pages, file } = printed[name];
    // Chromium shrinks a page whose content is wider than the paper (and clips the rest): the
    // words of every page keep the style sheet's sizes (8.5 pt code, 10 pt text: 9.9 pt and more).
    expect(Math.min(...medianWordHeights(file))).toBeGreaterThan(9);
    // 1.5 mm inside the margin line, to the edge of the paper.
    const from = ((RIGHT_MARGIN_MM - 1.5) / 25.4) * DPI;
    const inked = pages
      .map((page) => ({ page: page.page, ink: inkRightOf(page, page.width - from) }))
      .filter((page) => page.ink > 0);
    expect(inked).toEqual([]);
  });
});

describe('uc-runbook runbook: paper and wrapping', () => {
  it('prints on A4 and on Letter', () => {
    expect(pdfInfo(printed.example.file)['Page size']).toMatch(
      /595\.\d+ x 841\.\d+ pts \(A4\)|595\.\d+ x 842\.\d+ pts \(A4\)/,
    );
    expect(pdfInfo(printed.letter.file)['Page size']).toMatch(
      /612(\.\d+)? x 792(\.\d+)? pts \(letter\)/,
    );
  });

  it('wraps long commands between tokens, never inside one (the long plan)', () => {
    const { plan, text } = printed.long;
    // Tokens as a reader types them: split at white space and after list commas, and every quoted
    // literal whole. A token broken across two printed lines would hold a line break in the text,
    // and not be found whole.
    const tokens = stepLines(plan)
      .filter(({ step }) => step.parts.some((part) => part.kind === 'powershell'))
      .flatMap(({ line }) => [...line.split(/\s+|(?<=',)/), ...(line.match(/'[^']*'/g) ?? [])])
      .filter((token) => token.length > 0 && token.length <= KEEP_WHOLE_MAX);
    const broken = [...new Set(tokens)].filter((token) => !text.includes(token));
    expect(broken).toEqual([]);
  });

  it('fails with a clear message when no Chromium can be started', () => {
    const result = runCli(['--example', '-o', join(folder, 'none.pdf')], {
      CHROMIUM_PATH: join(folder, 'no-such-chromium'),
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no usable Chromium');
    expect(result.stderr).toContain('CHROMIUM_PATH');
  }, 60_000);
});

/**
 * Reading a PDF with poppler's tools (poppler-utils): its text, facts (pages, paper, tagged), its
 * outline (pdftohtml -xml writes it), and its pages as grey images to look for ink.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** The text of the whole PDF, or of one page (1-based). */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return tool('pdftotext', [...range, file, '-']);
}

/** pdfinfo's "Key: value" lines. */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The titles of the document outline (bookmarks), in order, all levels. */
export function pdfOutline(file: string): string[] {
  const xml = tool('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
  const outline = xml.slice(xml.indexOf('<outline>'));
  return [...outline.matchAll(/<item[^>]*>([\s\S]*?)<\/item>/g)].map((match) =>
    match[1]!.replace(/&(#\d+|\w+);/g, (_, entity: string) =>
      entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : ENTITIES[entity]!,
    ),
  );
}

/** Text with every white space removed: lines wrapped on paper compare with their source. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface PageImage {
  page: number;
  width: number;
  height: number;
  /** Grey levels, row by row, 0 black to 255 white. */
  pixels: Uint8Array;
}

/** Every page rendered as a grey image at `dpi` (pdftoppm -gray, PGM files). */
export function pageImages(file: string, dpi: number): PageImage[] {
  const folder = mkdtempSync(join(tmpdir(), 'uc-runbook-pages-'));
  tool('pdftoppm', ['-gray', '-r', String(dpi), file, join(folder, 'page')]);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name, index) => ({ page: index + 1, ...readPgm(readFileSync(join(folder, name))) }));
}

/** A binary PGM (P5, 8-bit). */
function readPgm(bytes: Buffer): Omit<PageImage, 'page'> {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [text, width, height] = [header[0], Number(header[1]), Number(header[2])];
  return { width, height, pixels: bytes.subarray(text.length, text.length + width * height) };
}

/** Dark pixels in the columns from `fromX` to the right edge: ink where the margin should be. */
export function inkRightOf(image: PageImage, fromX: number, threshold = 200): number {
  let ink = 0;
  for (let y = 0; y < image.height; y += 1)
    for (let x = Math.ceil(fromX); x < image.width; x += 1)
      if (image.pixels[y * image.width + x]! < threshold) ink += 1;
  return ink;
}

/**
 * The median height (pt) of the words on each page, from pdftotext -bbox. Chromium fits content
 * wider than the paper by shrinking the whole page, and clips what still does not fit: a page whose
 * words are much smaller than the style sheet's type has been shrunk to fit something too wide.
 */
export function medianWordHeights(file: string): number[] {
  const html = tool('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const heights = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((match) => Number(match[2]) - Number(match[1]))
        .sort((a, b) => a - b);
      return heights[Math.floor(heights.length / 2)] ?? 0;
    });
}

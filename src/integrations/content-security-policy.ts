/**
 * Writes a Content-Security-Policy <meta> into every built page, computed from the page itself:
 * everything must come from this site ('self'), and each inline script, <style> element and style
 * attribute the page really contains is allowed by its SHA-256 hash, and nothing else. Astro's own
 * CSP option hashes only the scripts it bundles, not Starlight's inline ones, so it cannot be used
 * here. Runs after the build (`astro:build:done`), so no page escapes it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(
        body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** The policy for one page's HTML. */
export function policyFor(html: string): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (!/\bsrc\s*=/.test(attrs) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs))
      scripts.add(hash(body));
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    styles.add(hash(body));
  for (const [, value = ''] of html.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi))
    attributes.add(hash(decodeAttribute(value)));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].join(' ')}`.trim(),
    `style-src 'self' ${[...styles].join(' ')}`.trim(),
    attributes.size > 0
      ? `style-src-attr 'unsafe-hashes' ${[...attributes].join(' ')}`
      : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Puts the policy first in <head>, before any script or style it governs. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'uc-runbook:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(
          files.map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))),
        );
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}

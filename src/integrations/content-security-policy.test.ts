import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from './content-security-policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<!doctype html><html><head><meta charset="utf-8"><script>var a=1;</script><script type="module" src="/_astro/x.js"></script>
<style>.a{color:red}</style><script type="application/ld+json">{"x":1}</script></head>
<body><div style="--x:&quot;1&quot;;color:red">x</div><astro-island></astro-island></body></html>`;

describe('the page CSP', () => {
  const policy = policyFor(page);

  it('allows only this site, plus the exact inline scripts and styles the page holds', () => {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('var a=1;')}`);
    expect(policy).toContain(`style-src 'self' ${sha('.a{color:red}')}`);
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('--x:"1";color:red')}`);
    expect(policy).not.toContain(sha('{"x":1}'));
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  });

  it('is the first thing in <head>, before anything it governs', () => {
    expect(withPolicy(page)).toMatch(
      /^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]+"><meta charset/,
    );
  });

  it('forbids style attributes entirely when the page has none', () => {
    expect(policyFor('<html><head></head><body></body></html>')).toContain("style-src-attr 'none'");
  });
});

/**
 * Syntax highlighting for personalised code, in the browser. shiki's core, the JavaScript regex
 * engine (no WASM), one grammar and two themes are imported on first use, behind one promise, so
 * none of it is in a page's initial JavaScript. The result is tokens, not HTML: the island renders
 * them through Preact, so text from the plan is always escaped.
 */
import type { HighlighterCore, ThemedToken } from 'shiki/core';

export type HighlightLanguage = 'powershell';
export type Line = ThemedToken[];

let highlighter: Promise<HighlighterCore> | undefined;

function load(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import('shiki/core'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighterCore({
      themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
      langs: [import('shiki/langs/powershell.mjs')],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return highlighter;
}

const cache = new Map<string, Line[]>();

/** Tokens with --shiki-light / --shiki-dark colours in `htmlStyle`; one line per input line. */
export async function highlight(code: string, lang: HighlightLanguage): Promise<Line[]> {
  const key = `${lang}\n${code}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const core = await load();
  const { tokens } = core.codeToTokens(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
  if (cache.size > 200) cache.clear();
  cache.set(key, tokens);
  return tokens;
}

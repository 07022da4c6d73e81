/**
 * Syntax highlighting for personalised PowerShell, in the browser. shiki's core, the JavaScript
 * regex engine (no WASM), the PowerShell grammar and two themes are imported on first use, so
 * none of it is in a page's initial JavaScript. Once loaded, lines are highlighted synchronously
 * from a cache keyed by their skeleton (lib/code-skeleton.ts), which typing does not change.
 * The result is plain data; islands render it through Preact, so text is always escaped.
 */
import type { HighlighterCore } from 'shiki/core';
import { fillTokens, skeletonOf } from './code-skeleton.ts';

export interface HighlightedToken {
  text: string;
  /** --shiki-light / --shiki-dark colours; the stylesheet picks one per theme. */
  style?: Record<string, string>;
}

export interface LineHighlighter {
  line(text: string): HighlightedToken[];
}

const MAX_CACHED_SKELETONS = 2000;

async function loadCore(): Promise<HighlighterCore> {
  const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
    import('shiki/core'),
    import('shiki/engine/javascript'),
  ]);
  return createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [import('shiki/langs/powershell.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
}

let loading: Promise<LineHighlighter> | undefined;

/** Loads shiki once (however many code blocks ask) and returns a synchronous line highlighter. */
export function loadLineHighlighter(): Promise<LineHighlighter> {
  loading ??= loadCore().then((core) => {
    const cache = new Map<string, { lengths: number[]; styles: (Record<string, string> | undefined)[] }>();
    return {
      line(text) {
        const skeleton = skeletonOf(text);
        let entry = cache.get(skeleton.text);
        if (!entry) {
          const tokens = core.codeToTokens(skeleton.text, {
            lang: 'powershell',
            themes: { light: 'github-light', dark: 'github-dark' },
            defaultColor: false,
          }).tokens[0] ?? [];
          entry = { lengths: tokens.map((token) => token.content.length), styles: tokens.map((token) => token.htmlStyle) };
          if (cache.size >= MAX_CACHED_SKELETONS) cache.clear();
          cache.set(skeleton.text, entry);
        }
        const styles = entry.styles;
        return fillTokens(skeleton, entry.lengths).map((part, index) => ({ text: part, style: styles[index] }));
      },
    };
  });
  return loading;
}

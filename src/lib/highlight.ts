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

interface CachedLine {
  lengths: number[];
  styles: (Record<string, string> | undefined)[];
}

/**
 * Fewer elements to build on every keystroke: neighbouring tokens of the same colour become one,
 * and text in the themes' default colours (the code block's own colour) gets no style at all.
 */
function mergeSameStyle(tokens: { length: number; style: Record<string, string> | undefined }[], plain: Record<string, string>): CachedLine {
  const merged: CachedLine = { lengths: [], styles: [] };
  let previous = '';
  for (const token of tokens) {
    const { length } = token;
    const style = token.style && Object.entries(plain).every(([name, colour]) => token.style?.[name]?.toLowerCase() === colour) ? undefined : token.style;
    const key = JSON.stringify(style ?? null);
    if (merged.lengths.length > 0 && key === previous) merged.lengths[merged.lengths.length - 1]! += length;
    else {
      merged.lengths.push(length);
      merged.styles.push(style);
    }
    previous = key;
  }
  return merged;
}

let loading: Promise<LineHighlighter> | undefined;

/** Loads shiki once (however many code blocks ask) and returns a synchronous line highlighter. */
export function loadLineHighlighter(): Promise<LineHighlighter> {
  loading ??= loadCore().then((core) => {
    const cache = new Map<string, CachedLine>();
    const plain = { '--shiki-light': core.getTheme('github-light').fg.toLowerCase(), '--shiki-dark': core.getTheme('github-dark').fg.toLowerCase() };
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
          entry = mergeSameStyle(tokens.map((token) => ({ length: token.content.length, style: token.htmlStyle })), plain);
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

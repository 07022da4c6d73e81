/**
 * Syntax highlighting for personalised PowerShell, in the browser. shiki's core, the JavaScript
 * regex engine (no WASM), the PowerShell grammar and two themes are imported on first use, so
 * none of it is in a page's initial JavaScript. Once loaded, lines are highlighted synchronously
 * from a cache keyed by their skeleton (code-skeleton.ts), which typing does not change.
 * The result is plain data; islands render it through Preact, so text is always escaped.
 */
import type { HighlighterCore } from 'shiki/core';
import { fillTokens, skeletonOf } from './code-skeleton.ts';

/** CSS properties of one token: --shiki-light / --shiki-dark colours, and white-space for parameters. */
type TokenStyle = Record<string, string>;

export interface HighlightedToken {
  text: string;
  /** Absent for text in the default colour; the stylesheet picks --shiki-light or --shiki-dark per theme. */
  style?: TokenStyle;
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

export interface CachedLine {
  lengths: number[];
  styles: (TokenStyle | undefined)[];
}

/** A parameter name right after its dash, as shiki splits `-Identity` into `-` and `Identity …`. */
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*/;

/**
 * Shapes shiki's tokens for rendering on every keystroke:
 * - a parameter (`-Identity`) becomes one token in the dash's colour that never wraps, as
 *   PowerShell's own console and ISE colour it, so a wrapped line never ends in a lone `-`;
 * - text in the themes' default colours (the code block's own colour) gets no style at all;
 * - neighbouring tokens of the same colour become one: fewer elements to build.
 */
export function simplifyTokens(
  tokens: readonly { content: string; style: TokenStyle | undefined }[],
  plain: TokenStyle,
): CachedLine {
  const glued: { length: number; style: TokenStyle | undefined }[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const { content, style } = tokens[index]!;
    const name =
      content === '-' && style
        ? PARAMETER_NAME.exec(tokens[index + 1]?.content ?? '')?.[0]
        : undefined;
    if (!name) {
      glued.push({ length: content.length, style });
      continue;
    }
    const next = tokens[index + 1]!;
    glued.push({ length: 1 + name.length, style: { ...style, whiteSpace: 'nowrap' } });
    if (next.content.length > name.length)
      glued.push({ length: next.content.length - name.length, style: next.style });
    index += 1;
  }
  const isPlain = (style: TokenStyle) =>
    Object.entries(plain).every(([name, colour]) => style[name]?.toLowerCase() === colour);
  const merged: CachedLine = { lengths: [], styles: [] };
  let previous = '';
  for (const token of glued) {
    const style = token.style && isPlain(token.style) ? undefined : token.style;
    const key = JSON.stringify(style ?? null);
    if (merged.lengths.length > 0 && key === previous)
      merged.lengths[merged.lengths.length - 1]! += token.length;
    else {
      merged.lengths.push(token.length);
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
    const plain = {
      '--shiki-light': core.getTheme('github-light').fg.toLowerCase(),
      '--shiki-dark': core.getTheme('github-dark').fg.toLowerCase(),
    };
    return {
      line(text) {
        const skeleton = skeletonOf(text);
        let entry = cache.get(skeleton.text);
        if (!entry) {
          const tokens =
            core.codeToTokens(skeleton.text, {
              lang: 'powershell',
              themes: { light: 'github-light', dark: 'github-dark' },
              defaultColor: false,
            }).tokens[0] ?? [];
          entry = simplifyTokens(
            tokens.map((token) => ({ content: token.content, style: token.htmlStyle })),
            plain,
          );
          if (cache.size >= MAX_CACHED_SKELETONS) cache.clear();
          cache.set(skeleton.text, entry);
        }
        const styles = entry.styles;
        return fillTokens(skeleton, entry.lengths).map((part, index) => ({
          text: part,
          style: styles[index],
        }));
      },
    };
  });
  return loading;
}

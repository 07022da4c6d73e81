import { describe, expect, it } from 'vitest';
import { loadLineHighlighter, simplifyTokens } from './highlight.ts';

const PLAIN = { '--shiki-light': '#24292e', '--shiki-dark': '#e1e4e8' };
const DASH = { '--shiki-light': '#D73A49', '--shiki-dark': '#F97583' };
const STRING = { '--shiki-light': '#032F62', '--shiki-dark': '#9ECBFF' };
const DEFAULT = { '--shiki-light': '#24292E', '--shiki-dark': '#E1E4E8' };

describe('shaping tokens for rendering', () => {
  it('makes a parameter one token in the dash colour that never wraps, and leaves the rest alone', () => {
    const line = simplifyTokens(
      [
        { content: '-', style: DASH },
        { content: 'Identity ', style: DEFAULT },
        { content: "'EX01'", style: STRING },
      ],
      PLAIN,
    );
    expect(line.lengths).toEqual([9, 1, 6]);
    expect(line.styles).toEqual([{ ...DASH, whiteSpace: 'nowrap' }, undefined, STRING]);
  });

  it('leaves a dash that starts no parameter name (a minus, a range) as it is', () => {
    const line = simplifyTokens(
      [
        { content: '-', style: DASH },
        { content: ' 1', style: DEFAULT },
      ],
      PLAIN,
    );
    expect(line.lengths).toEqual([1, 2]);
    expect(line.styles).toEqual([DASH, undefined]);
  });

  it('merges neighbours of the same colour and unstyles the default colour', () => {
    const line = simplifyTokens(
      [
        { content: 'a', style: DEFAULT },
        { content: 'b', style: undefined },
        { content: "'x'", style: STRING },
        { content: "'y'", style: STRING },
      ],
      PLAIN,
    );
    expect(line.lengths).toEqual([2, 6]);
    expect(line.styles).toEqual([undefined, STRING]);
  });
});

describe('the line highlighter (shiki core, JS regex engine, PowerShell)', () => {
  it('keeps every character of a real line and glues each parameter to its dash', async () => {
    const highlighter = await loadLineHighlighter();
    const line =
      "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl 'https://mail.contoso.com/owa'";
    const tokens = highlighter.line(line);
    expect(tokens.map((token) => token.text).join('')).toBe(line);
    const unbreakable = tokens
      .filter((token) => token.style?.whiteSpace === 'nowrap')
      .map((token) => token.text);
    expect(unbreakable).toEqual(['-Identity', '-InternalUrl']);
    expect(tokens.find((token) => token.text.includes('EX01'))?.style).toBeDefined();
  });
});

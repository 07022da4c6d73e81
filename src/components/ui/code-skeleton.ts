/**
 * Highlighting that survives typing. The reader's values only ever reach generated PowerShell as
 * single-quoted strings, and a single-quoted string never changes how the code around it
 * tokenizes. So a line is highlighted as its skeleton (each string's content replaced by one
 * placeholder character), cached by skeleton, and the real contents are put back when rendering.
 * While the reader types, skeletons stay the same: no re-tokenizing, and the rendered structure is
 * stable, so only text changes on the page.
 */

/** The quote marks PowerShell accepts for single-quoted strings (see render/powershell.ts). */
const QUOTE = /['\u2018\u2019\u201a\u201b]/;
export const PLACEHOLDER = 'x';

export interface Skeleton {
  /** The line with every single-quoted string's content replaced by PLACEHOLDER. */
  text: string;
  /** For each placeholder, in order: its offset in `text` and the real content it stands for. */
  holes: { at: number; content: string }[];
}

export function skeletonOf(line: string): Skeleton {
  let text = '';
  const holes: Skeleton['holes'] = [];
  let i = 0;
  while (i < line.length) {
    const char = line[i] ?? '';
    if (!QUOTE.test(char)) {
      text += char;
      i += 1;
      continue;
    }
    // A string: up to the next quote not followed by another quote (doubled quotes are escapes).
    let j = i + 1;
    while (j < line.length && !(QUOTE.test(line[j] ?? '') && !QUOTE.test(line[j + 1] ?? '')))
      j += QUOTE.test(line[j] ?? '') ? 2 : 1;
    const content = line.slice(i + 1, j);
    text += char;
    if (content.length > 0) {
      holes.push({ at: text.length, content });
      text += PLACEHOLDER;
    }
    if (j < line.length) text += line[j];
    i = j + 1;
  }
  return { text, holes };
}

/**
 * Splits the real line along the skeleton's token boundaries: each skeleton token of length n
 * becomes the real text it covers, with placeholders replaced by their content.
 */
export function fillTokens(skeleton: Skeleton, tokenLengths: readonly number[]): string[] {
  const out: string[] = [];
  let offset = 0;
  let hole = 0;
  for (const length of tokenLengths) {
    let text = '';
    for (let position = offset; position < offset + length; position += 1) {
      const next = skeleton.holes[hole];
      if (next && next.at === position) {
        text += next.content;
        hole += 1;
      } else {
        text += skeleton.text[position] ?? '';
      }
    }
    out.push(text);
    offset += length;
  }
  return out;
}

/**
 * Where a printed command may wrap. Paper cannot scroll, so a long command wraps, but only where
 * PowerShell already separates tokens: at white space outside string literals, and after the comma
 * between the items of a list ('a','b'). Browsers would also break after any hyphen
 * (Restart-|Service, -|Property) and inside a literal at its spaces ('Contoso |Ltd'): every word up
 * to KEEP_WHOLE_MAX characters is therefore kept on one line. Only a word longer than that (wider
 * than a printed line can hold with room to spare) may be cut where CSS must (overflow-wrap).
 */

/** A piece of a line: `keep` pieces must not wrap inside; `breakAfter` allows a wrap after it. */
export interface CodePiece {
  text: string;
  keep: boolean;
  breakAfter: boolean;
}

/**
 * Words up to this many characters are kept on one line: a printed code line holds about 95
 * (A4, 8.5 pt), 92 after the hanging indent; a certificate subject is often 60 to 80.
 */
export const KEEP_WHOLE_MAX = 80;

/** Single quotes as PowerShell reads them (it treats ‘ ’ ‚ ‛ like '). */
const SINGLE = /['\u2018\u2019\u201a\u201b]/;
const SPACE = /\s/;

/** Splits one line of code into pieces; joined, the pieces give the line back unchanged. */
export function codePieces(line: string): CodePiece[] {
  const pieces: CodePiece[] = [];
  let word = '';
  const endWord = (breakAfter: boolean) => {
    if (word !== '') pieces.push({ text: word, keep: word.length <= KEEP_WHOLE_MAX, breakAfter });
    word = '';
  };
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (SPACE.test(char)) {
      endWord(false);
      let end = index;
      while (end < line.length && SPACE.test(line[end]!)) end += 1;
      pieces.push({ text: line.slice(index, end), keep: false, breakAfter: false });
      index = end;
    } else if (SINGLE.test(char) || char === '"') {
      const end = literalEnd(line, index);
      word += line.slice(index, end);
      index = end;
    } else if (char === ',') {
      word += char;
      endWord(true);
      index += 1;
    } else {
      word += char;
      index += 1;
    }
  }
  endWord(false);
  return pieces;
}

/** The index after the literal that starts at `start` (its closing quote), or the line's end. */
function literalEnd(line: string, start: number): number {
  const double = line[start] === '"';
  let index = start + 1;
  while (index < line.length) {
    const char = line[index]!;
    if (double ? char === '"' : SINGLE.test(char)) {
      // A doubled quote is an escaped quote inside the literal.
      const next = line[index + 1];
      if (next !== undefined && (double ? next === '"' : SINGLE.test(next))) {
        index += 2;
        continue;
      }
      return index + 1;
    }
    // In a double-quoted string a backtick escapes the next character.
    index += double && char === '`' ? 2 : 1;
  }
  return line.length;
}

/**
 * Prose with names in it ("the reverse record 10.113.0.203.in-addr.arpa"): a browser would break
 * after the hyphen of a name, and on paper that reads as a hyphenated word. Words with a hyphen
 * are kept whole (up to KEEP_WHOLE_MAX characters); everything else wraps as prose does.
 */
export function proseWords(text: string): CodePiece[] {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => ({
      text: part,
      keep: part.includes('-') && part.length <= KEEP_WHOLE_MAX && !/\s/.test(part),
      breakAfter: false,
    }));
}

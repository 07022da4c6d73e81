/**
 * Where a printed command may wrap. Paper cannot scroll, so a long command wraps, but only where
 * PowerShell already separates tokens: at spaces outside string literals and after the comma
 * between the items of a list ('a','b'). A string literal short enough to fit on a line is kept
 * whole (its inner spaces do not break it); a longer one wraps at its spaces, and a run of
 * characters wider than the line is the only thing CSS may cut (overflow-wrap: anywhere).
 */

/** A piece of a line: `keep` pieces must not wrap inside; `breakAfter` allows a wrap after it. */
export interface CodePiece {
  text: string;
  keep: boolean;
  breakAfter: boolean;
}

/** Literals up to this many characters are kept on one line (a printed line holds about 90). */
export const KEEP_WHOLE_MAX = 60;

/** Single quotes as PowerShell reads them (it treats ‘ ’ ‚ ‛ like '), and the double quote. */
const SINGLE = /['\u2018\u2019\u201a\u201b]/;

/** Splits one line of code into pieces; joined, the pieces give the line back unchanged. */
export function codePieces(line: string): CodePiece[] {
  const pieces: CodePiece[] = [];
  let plain = '';
  const flush = (breakAfter = false) => {
    if (plain !== '' || breakAfter) pieces.push({ text: plain, keep: false, breakAfter });
    plain = '';
  };
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (SINGLE.test(char) || char === '"') {
      const end = literalEnd(line, index);
      flush();
      const text = line.slice(index, end);
      pieces.push({
        text,
        keep: text.length <= KEEP_WHOLE_MAX && /\s/.test(text),
        breakAfter: false,
      });
      index = end;
    } else if (char === ',') {
      plain += char;
      flush(true);
      index += 1;
    } else {
      plain += char;
      index += 1;
    }
  }
  flush();
  return pieces.filter((piece) => piece.text !== '' || piece.breakAfter);
}

/** The index after the literal that starts at `start` (its closing quote), or the line's end. */
function literalEnd(line: string, start: number): number {
  const double = line[start] === '"';
  let index = start + 1;
  while (index < line.length) {
    const char = line[index]!;
    const closes = double ? char === '"' : SINGLE.test(char);
    if (closes) {
      // A doubled quote is an escaped quote inside the literal.
      const next = line[index + 1];
      if (next !== undefined && (double ? next === '"' : SINGLE.test(next))) {
        index += 2;
        continue;
      }
      return index + 1;
    }
    if (double && char === '`') index += 1;
    index += 1;
  }
  return line.length;
}

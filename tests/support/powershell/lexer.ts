/**
 * A PowerShell tokenizer for the subset our generators emit, written independently of the
 * renderer so tests read the text the way PowerShell would. It follows PowerShell's quoting rules:
 * ' ‘ ’ ‚ ‛ all delimit single-quoted strings and two quote marks in a row stand for one.
 */

export type Token =
  | {
      kind:
        | 'newline'
        | 'semicolon'
        | 'pipe'
        | 'lparen'
        | 'rparen'
        | 'comma'
        | 'equals'
        | 'plus'
        | 'dcolon'
        | 'lbrace'
        | 'rbrace';
      line: number;
    }
  | { kind: 'string'; value: string; quote: 'single' | 'double'; line: number }
  | { kind: 'variable'; name: string; line: number }
  | { kind: 'number'; value: number; line: number }
  | { kind: 'type'; name: string; line: number }
  | { kind: 'member'; name: string; line: number }
  | { kind: 'parameter'; name: string; colonValue: boolean; line: number }
  | { kind: 'word'; text: string; line: number };

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const WORD_END = /[\s|;(),=+{}'"\u2018-\u201e]/;

export class LexError extends Error {}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const peek = (offset = 0) => source[i + offset] ?? '';
  const previous = () => tokens[tokens.length - 1];
  /** A sticky pattern matched at the current position (no copy of the rest of the text). */
  const at = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(source);
  };

  while (i < source.length) {
    const c = peek();
    if (c === '\n') {
      tokens.push({ kind: 'newline', line });
      line += 1;
      i += 1;
      continue;
    }
    if (c === '`' && (peek(1) === '\n' || (peek(1) === '\r' && peek(2) === '\n'))) {
      i += peek(1) === '\r' ? 3 : 2;
      line += 1;
      continue;
    }
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '#') {
      while (i < source.length && peek() !== '\n') i += 1;
      continue;
    }
    if (SINGLE_QUOTES.has(c)) {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw new LexError(`unterminated string on line ${line}`);
        const ch = peek();
        if (SINGLE_QUOTES.has(ch)) {
          if (SINGLE_QUOTES.has(peek(1))) {
            value += peek(1);
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (ch === '\n') line += 1;
        value += ch;
        i += 1;
      }
      tokens.push({ kind: 'string', value, quote: 'single', line });
      continue;
    }
    if (DOUBLE_QUOTES.has(c)) {
      let value = '';
      i += 1;
      while (i < source.length && !DOUBLE_QUOTES.has(peek())) {
        value += peek();
        i += 1;
      }
      if (i >= source.length) throw new LexError(`unterminated string on line ${line}`);
      i += 1;
      tokens.push({ kind: 'string', value, quote: 'double', line });
      continue;
    }
    if (c === '$') {
      const match = at(/\$([A-Za-z_][A-Za-z0-9_]*)/y);
      if (!match?.[1]) throw new LexError(`unexpected $ on line ${line}`);
      tokens.push({ kind: 'variable', name: match[1], line });
      i += match[0].length;
      continue;
    }
    if (c === '[') {
      const match = at(/\[([A-Za-z][A-Za-z0-9.]*)\]/y);
      if (!match?.[1]) throw new LexError(`unexpected [ on line ${line}`);
      tokens.push({ kind: 'type', name: match[1], line });
      i += match[0].length;
      continue;
    }
    if (c === ':' && peek(1) === ':') {
      tokens.push({ kind: 'dcolon', line });
      i += 2;
      continue;
    }
    if (
      c === '.' &&
      /[A-Za-z]/.test(peek(1)) &&
      previous() &&
      ['variable', 'rparen', 'member'].includes(previous()!.kind)
    ) {
      const match = at(/\.([A-Za-z][A-Za-z0-9]*)/y);
      tokens.push({ kind: 'member', name: match![1]!, line });
      i += match![0].length;
      continue;
    }
    const single: Record<string, Token['kind']> = {
      '|': 'pipe',
      ';': 'semicolon',
      '(': 'lparen',
      ')': 'rparen',
      ',': 'comma',
      '=': 'equals',
      '+': 'plus',
      '{': 'lbrace',
      '}': 'rbrace',
    };
    const kind = single[c];
    if (kind) {
      tokens.push({ kind, line } as Token);
      i += 1;
      continue;
    }
    if (c === '-' && /[A-Za-z]/.test(peek(1))) {
      const match = at(/-([A-Za-z][A-Za-z0-9]*)(:?)/y)!;
      tokens.push({ kind: 'parameter', name: match[1]!, colonValue: match[2] === ':', line });
      i += match[0].length;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const match = at(/[0-9]+(?![A-Za-z.:\\])/y);
      if (match) {
        tokens.push({ kind: 'number', value: Number(match[0]), line });
        i += match[0].length;
        continue;
      }
    }
    let text = '';
    while (i < source.length && !WORD_END.test(peek())) {
      text += peek();
      i += 1;
    }
    if (text === '') throw new LexError(`unexpected ${JSON.stringify(c)} on line ${line}`);
    tokens.push({ kind: 'word', text, line });
  }
  return tokens;
}

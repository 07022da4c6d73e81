import { describe, expect, it } from 'vitest';
import { codePieces, KEEP_WHOLE_MAX, proseWords } from './code-tokens.ts';

const kept = (line: string) =>
  codePieces(line)
    .filter((piece) => piece.keep)
    .map((piece) => piece.text);
const breaksAfter = (line: string) =>
  codePieces(line)
    .filter((piece) => piece.breakAfter)
    .map((piece) => piece.text);

describe('codePieces', () => {
  it.each([
    "Restart-Service -Name 'MSExchangeIMAP4','MSExchangeIMAP4BE'",
    "New-ExchangeCertificate -SubjectName 'C=US,O=Contoso Ltd,CN=mail.contoso.com' -KeySize 2048",
    "$x = 'it''s ‘quoted’' ; \"a `\" b\"",
    '  indented   twice ',
    "'unterminated literal, with a comma",
  ])('gives the line back unchanged: %s', (line) => {
    expect(
      codePieces(line)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(line);
  });

  it('keeps hyphenated words and parameters whole (no break at their hyphens)', () => {
    expect(kept('Get-Service -ComputerName EX01 | Restart-Service')).toEqual([
      'Get-Service',
      '-ComputerName',
      'EX01',
      '|',
      'Restart-Service',
    ]);
  });

  it('keeps a literal with spaces whole, and breaks only after list commas outside literals', () => {
    const line = "-SubjectName 'C=US,O=Contoso Ltd,CN=mail.contoso.com' -Name 'a b','c'";
    expect(kept(line)).toContain("'C=US,O=Contoso Ltd,CN=mail.contoso.com'");
    expect(breaksAfter(line)).toEqual(["'a b',"]);
  });

  it('reads doubled quotes and typographic quotes as part of the literal', () => {
    expect(kept("-FriendlyName 'O''Brien, Ltd' -X ‘a b’")).toEqual([
      '-FriendlyName',
      "'O''Brien, Ltd'",
      '-X',
      '‘a b’',
    ]);
  });

  it('lets a word longer than a printed line wrap where it must', () => {
    const long = `'${'a'.repeat(KEEP_WHOLE_MAX)}'`;
    const [piece] = codePieces(long);
    expect(piece).toEqual({ text: long, keep: false, breakAfter: false });
    expect(codePieces(`'${'a'.repeat(KEEP_WHOLE_MAX - 2)}'`)[0]!.keep).toBe(true);
  });
});

describe('proseWords', () => {
  it('keeps hyphenated words whole and gives the text back unchanged', () => {
    const text = 'Ask for the reverse record 10.113.0.203.in-addr.arpa PTR mail.contoso.com.';
    const pieces = proseWords(text);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.keep).map((piece) => piece.text)).toEqual([
      '10.113.0.203.in-addr.arpa',
    ]);
  });
});

/**
 * International names and hostile host names (issue 8, findings 5 and 10): IDNA 2008 through
 * UTS #46, lengths checked before any Unicode work, invisible and bidirectional characters refused.
 */
import fc from 'fast-check';
import * as tr46 from 'tr46';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../tests/support/runs.ts';
import { normalizeHostname } from './hostname.ts';
import { idnaReady, needsIdna } from './idna.ts';

const accepted = (raw: string) => {
  const result = normalizeHostname(raw);
  return result.ok ? result.value : `refused: ${result.message}`;
};

describe('international names follow IDNA 2008 (UTS #46, nontransitional)', () => {
  it('has its tables loaded in tests, as in the CLI', () => {
    expect(idnaReady()).toBe(true);
  });

  it.each([
    ['mail.bücher.de', 'mail.xn--bcher-kva.de'],
    ['MAIL.BÜCHER.DE', 'mail.xn--bcher-kva.de'],
    ['faß.de', 'xn--fa-hia.de'], // nontransitional: ß stays ß (IDNA 2003 made it "ss")
    ['ｃｏｎｔｏｓｏ.com', 'contoso.com'], // fullwidth letters are the ASCII letters (UTS #46 mapping)
    ['bücher。de', 'xn--bcher-kva.de'], // the ideographic full stop separates labels
    ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
    ['עברית.example', 'xn--5dbqzzl.example'], // right to left, as the bidi rule allows
    ['mail.xn--bcher-kva.de', 'mail.xn--bcher-kva.de'],
  ])('%s → %s', (raw, ascii) => {
    expect(accepted(raw)).toBe(ascii);
  });

  it.each([
    ['a zero-width space', 'con\u200Btoso.com', 'invisible character (U+200B)'],
    ['a zero-width joiner', 'con\u200Dtoso.com', 'invisible character (U+200D)'],
    ['a soft hyphen', 'con\u00ADtoso.com', 'invisible character (U+00AD)'],
    ['the right-to-left override', 'moc.\u202Eosotnoc', 'bidirectional control character (U+202E)'],
    ['a right-to-left mark', 'contoso\u200F.com', 'bidirectional control character (U+200F)'],
    ['a line separator', 'contoso\u2028.com', 'line separator (U+2028)'],
    ['a lone surrogate', 'contoso\uD800.com', 'lone surrogate'],
    ['a symbol', 'mail♥.com', 'contains "♥" (U+2665), a symbol or punctuation'],
    ['an emoji', 'xn--ls8h.la', 'contains "💩" (U+1F4A9), a symbol or punctuation'],
    ['a leading combining mark', '\u0301abc.com', 'is not a valid international name'],
    ['mixed directions in a label', 'aעברית.com', 'is not a valid international name'],
    ['an xn-- label that is not punycode', 'xn--zz-.com', 'is not a valid international name'],
    ['an xn-- label that decodes to ASCII', 'xn--abc-.com', 'is not a valid international name'],
    [
      'an xn-- label of a disallowed character',
      'xn--a-ecp.ru',
      'is not a valid international name',
    ],
    ['hyphens in the third and fourth places', 'ab--cd.com', 'third and fourth places'],
  ])('refuses %s', (_what, raw, message) => {
    expect(accepted(raw)).toContain(message);
  });

  it('names the label that is not valid', () => {
    expect(accepted('mail.bü♥cher.de')).toContain('the label "bü♥cher"');
    expect(accepted('mail.bü\u0378cher.de')).toContain('the label "bü\u0378cher"'); // unassigned
  });

  it('agrees with tr46 on every ASCII name it checks without the tables (property)', () => {
    const ascii = fc.stringMatching(/^[a-z0-9-]{1,12}(\.[a-zA-Z0-9-]{1,12}){1,3}$/);
    fc.assert(
      fc.property(ascii, (name) => {
        fc.pre(!needsIdna(name));
        const ours = normalizeHostname(name);
        const theirs = tr46.toASCII(name, {
          checkHyphens: true,
          checkBidi: true,
          checkJoiners: true,
          useSTD3ASCIIRules: true,
          transitionalProcessing: false,
          verifyDNSLength: true,
        });
        // We refuse more (numeric TLDs, IP addresses); never less.
        if (ours.ok) expect(ours.value).toBe(theirs);
        if (theirs === null) expect(ours.ok).toBe(false);
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('lengths are checked before any normalisation (finding 5)', () => {
  it('refuses 20,000 distinct CJK characters at once, naming the length', () => {
    const primary = `${Array.from({ length: 20_000 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('')}.com`;
    // The length counted is the typed one: nothing was mapped or converted before the check.
    expect(accepted(primary)).toContain('is 20004 characters long; a DNS name has at most 253');
  });

  it('accepts the longest international name that can be valid (the bench times it)', () => {
    const label = Array.from({ length: 18 }, (_, index) =>
      String.fromCodePoint(0x4e00 + index * 7),
    ).join('');
    expect(accepted(`${Array(4).fill(label).join('.')}.com`)).toMatch(/^(xn--[a-z0-9-]+\.){4}com$/);
  });

  it('quotes an excerpt of a long name, not the whole of it', () => {
    const message = accepted(`${'x'.repeat(900)} y.com`);
    expect(message).toContain('contains a space');
    expect(message.length).toBeLessThan(150);
  });
});

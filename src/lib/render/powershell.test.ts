import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../tests/support/runs.ts';
import { tokenize } from '../../../tests/support/powershell/lexer.ts';
import { cmd, list, run, str } from '../planner/powershell/ast.ts';
import { quote, renderStatement } from './powershell.ts';

/** Strings rich in the characters that matter to PowerShell's parser. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "'",
      '\u2018',
      '\u2019',
      '\u201a',
      '\u201b',
      '"',
      '\u201c',
      '$',
      '`',
      '(',
      ')',
      ';',
      '|',
      '&',
      '#',
      '<#',
      '#>',
      '\n',
      '\r',
      ' ',
      '-',
      '@',
      '{',
      '}',
    ),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('quote', () => {
  it('doubles every kind of single quote PowerShell recognises', () => {
    expect(quote("it's")).toBe("'it''s'");
    expect(quote('it\u2019s')).toBe("'it\u2019\u2019s'");
    expect(quote("x.com'; Remove-Item C:\\ -Recurse #")).toBe(
      "'x.com''; Remove-Item C:\\ -Recurse #'",
    );
  });

  it('always yields exactly one string token whose value is the input (property)', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const tokens = tokenize(quote(value)).filter((token) => token.kind !== 'newline');
        expect(tokens).toEqual([
          expect.objectContaining({ kind: 'string', quote: 'single', value }),
        ]);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('keeps any value inside its parameter: the command still has exactly its parameters (property)', () => {
    fc.assert(
      fc.property(hostile, hostile, (first, second) => {
        const text = renderStatement(
          run(
            cmd('Set-PopSettings', {
              Server: str(first),
              X509CertificateName: list([second, first]),
            }),
          ),
        );
        const tokens = tokenize(text);
        expect(
          tokens
            .filter((token) => token.kind === 'parameter')
            .map((token) => token.kind === 'parameter' && token.name),
        ).toEqual(['Server', 'X509CertificateName']);
        expect(
          tokens
            .filter((token) => token.kind === 'string')
            .map((token) => token.kind === 'string' && token.value),
        ).toEqual([first, second, first]);
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('renderStatement', () => {
  it('refuses names that are not PowerShell identifiers instead of emitting them', () => {
    expect(() => renderStatement(run(cmd('Remove-Item; Format-Volume', {})))).toThrow(
      /not a valid PowerShell command name/,
    );
    expect(() => renderStatement(run(cmd('Set-PopSettings', { 'Server; rm': str('x') })))).toThrow(
      /parameter name/,
    );
  });
});

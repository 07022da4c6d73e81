import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../tests/support/runs.ts';
import { tokenize } from '../../../tests/support/powershell/lexer.ts';
import {
  assign,
  bool,
  cmd,
  concat,
  evaluate,
  list,
  member,
  native,
  num,
  run,
  staticCall,
  str,
  sub,
  variable,
  type Expr,
  type Statement,
} from '../planner/powershell/ast.ts';
import { quote, renderExpr, renderStatement } from './powershell.ts';

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

describe('renderExpr and renderStatement write each node', () => {
  const certificate = variable('cert');
  it.each<[Expr, string]>([
    [str("O'Brien"), "'O''Brien'"],
    [num(443), '443'],
    [num(-1.5), '-1.5'],
    [bool(true), '$true'],
    [bool(false), '$false'],
    [list(['IIS', 'SMTP']), "'IIS','SMTP'"],
    [list([]), ''],
    [certificate, '$cert'],
    [variable('_'), '$_'],
    [member(certificate, 'Thumbprint'), '$cert.Thumbprint'],
    [member(certificate, 'Subject.Length'), '$cert.Subject.Length'],
    [
      sub(cmd('Get-Date'), cmd('Select-Object', { First: num(1) })),
      '(Get-Date | Select-Object -First 1)',
    ],
    [
      staticCall('System.IO.File', 'ReadAllBytes', str('C:\\a.pfx'), num(2)),
      "[System.IO.File]::ReadAllBytes('C:\\a.pfx', 2)",
    ],
    [staticCall('DateTime', 'Now'), '[DateTime]::Now()'],
    [concat(str('a'), certificate, num(1)), "('a' + $cert + 1)"],
  ])('%j → %s', (expr, text) => {
    expect(renderExpr(expr)).toBe(text);
  });

  it('refuses a number that is not finite', () => {
    expect(() => renderExpr(num(Number.NaN))).toThrow('numbers must be finite');
    expect(() => renderExpr(num(Infinity))).toThrow('numbers must be finite');
  });

  it.each<[Statement, string]>([
    [run(cmd('Get-Date')), 'Get-Date'],
    [
      run(cmd('Get-ExchangeCertificate', { Server: str('EX01') }), cmd('Format-List')),
      "Get-ExchangeCertificate -Server 'EX01' | Format-List",
    ],
    [
      assign(
        'cert',
        cmd('Import-ExchangeCertificate', {
          FileData: staticCall('System.IO.File', 'ReadAllBytes', str('C:\\a')),
          Force: true,
        }),
      ),
      "$cert = Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\a')) -Force",
    ],
    [
      run(
        cmd('Set-Item', {
          Value: sub(cmd('Get-Date')),
          Thumbprint: member(variable('cert'), 'Thumbprint'),
        }),
      ),
      'Set-Item -Value (Get-Date) -Thumbprint $cert.Thumbprint',
    ],
    [evaluate(member(variable('cert'), 'Thumbprint')), '$cert.Thumbprint'],
    [evaluate(str('x'), 'name'), "$name = 'x'"],
    [
      native(
        'certreq.exe',
        str('-submit'),
        str('/config'),
        str('ca01.contoso.local\\Contoso CA'),
        str('C:\\Certs\\edge.req'),
        str('EX01'),
        str('a.b-c'),
        str(''),
      ),
      "certreq.exe -submit /config 'ca01.contoso.local\\Contoso CA' 'C:\\Certs\\edge.req' EX01 a.b-c ''",
    ],
    [
      native('certutil.exe', bool(true), variable('file'), member(variable('a'), 'B')),
      'certutil.exe $true $file $a.B',
    ],
    [
      native('iisreset.exe', str('-x'), str('--x'), str('.x'), str('x y'), num(3)),
      "iisreset.exe -x '--x' '.x' 'x y' 3",
    ],
  ])('%j → %s', (statement, text) => {
    expect(renderStatement(statement)).toBe(text);
  });

  it.each<[string, Statement]>([
    ['command', run(cmd('GetDate'))],
    ['command', run(cmd('Get-Date!'))],
    ['command', run(cmd(' Get-Date'))],
    ['parameter', run(cmd('Get-Date', { '1st': str('x') }))],
    ['parameter', run(cmd('Get-Date', { 'Format ': str('x') }))],
    ['variable', evaluate(variable('a b'))],
    ['variable', evaluate(variable('1a'))],
    ['variable', evaluate(str('x'), 'a-b')],
    ['variable', assign('x;y', cmd('Get-Date'))],
    ['member', evaluate(member(variable('a'), 'b()'))],
    ['member', evaluate(member(variable('a'), 'b.'))],
    ['member', evaluate(member(variable('a'), 'x.y z'))],
    ['type', evaluate(staticCall('System.IO.File]::Delete', 'x'))],
    ['type', evaluate(staticCall('1System', 'x'))],
    ['member', evaluate(staticCall('System', 'x;y'))],
    ['program', native('certreq', str('-x'))],
    ['program', native('cert req.exe')],
    ['program', native('x.exe; calc.exe')],
  ])('refuses a bad %s name', (kind, statement) => {
    expect(() => renderStatement(statement)).toThrow(`not a valid PowerShell ${kind} name`);
  });
});

import { describe, expect, it } from 'vitest';
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
} from './ast.ts';

describe('the PowerShell syntax tree', () => {
  it('builds expressions as plain data', () => {
    expect(str('x')).toEqual({ kind: 'string', value: 'x' });
    expect(num(3)).toEqual({ kind: 'number', value: 3 });
    expect(bool(false)).toEqual({ kind: 'bool', value: false });
    expect(list(['a', 'b'])).toEqual({
      kind: 'list',
      items: [
        { kind: 'string', value: 'a' },
        { kind: 'string', value: 'b' },
      ],
    });
    expect(variable('cert')).toEqual({ kind: 'variable', name: 'cert' });
    expect(member(variable('cert'), 'Thumbprint')).toEqual({
      kind: 'member',
      target: { kind: 'variable', name: 'cert' },
      member: 'Thumbprint',
    });
    expect(sub(cmd('Get-Date'))).toEqual({
      kind: 'subexpression',
      pipeline: [{ name: 'Get-Date', parameters: [] }],
    });
    expect(staticCall('System.IO.File', 'ReadAllBytes', str('C:\\a'))).toEqual({
      kind: 'static-call',
      type: 'System.IO.File',
      member: 'ReadAllBytes',
      args: [{ kind: 'string', value: 'C:\\a' }],
    });
    expect(concat(str('a'), variable('b'))).toEqual({
      kind: 'concat',
      parts: [
        { kind: 'string', value: 'a' },
        { kind: 'variable', name: 'b' },
      ],
    });
  });

  it('turns true into a switch and leaves out false and undefined, keeping the order', () => {
    expect(
      cmd('Enable-ExchangeCertificate', {
        Thumbprint: str('AB'),
        Force: true,
        Server: undefined,
        DoNotRequireSsl: false,
        Services: str('IIS'),
      }),
    ).toEqual({
      name: 'Enable-ExchangeCertificate',
      parameters: [
        { name: 'Thumbprint', value: { kind: 'string', value: 'AB' } },
        { name: 'Force' },
        { name: 'Services', value: { kind: 'string', value: 'IIS' } },
      ],
    });
  });

  it('builds statements', () => {
    const date = cmd('Get-Date');
    expect(run(date)).toEqual({ kind: 'pipeline', pipeline: [date] });
    expect(assign('now', date)).toEqual({ kind: 'pipeline', assign: 'now', pipeline: [date] });
    expect(evaluate(num(1))).toEqual({ kind: 'expression', expr: num(1) });
    expect(evaluate(num(1))).not.toHaveProperty('assign');
    expect(evaluate(num(1), 'one')).toEqual({ kind: 'expression', expr: num(1), assign: 'one' });
    expect(native('certreq.exe', str('-submit'))).toEqual({
      kind: 'native',
      program: 'certreq.exe',
      args: [str('-submit')],
    });
  });
});

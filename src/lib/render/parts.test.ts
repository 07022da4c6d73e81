import { describe, expect, it } from 'vitest';
import type { Shell, Step, StepPart } from '../planner/derived.ts';
import { cmd, run, str } from '../planner/powershell/ast.ts';
import { partLines, SHELL_LABELS, stepShell, wizardActionText } from './parts.ts';

const powershell = (shell: Shell): StepPart => ({
  kind: 'powershell',
  shell,
  statements: [run(cmd('Get-ExchangeCertificate', { Server: str('EX01') })), run(cmd('Get-Date'))],
});
const step = (parts: StepPart[]): Step => ({
  id: 'test',
  title: 'Test',
  why: 'Because',
  runOn: 'EX01',
  parts,
  notes: [],
  sources: [],
});

describe('partLines', () => {
  it('writes PowerShell statements one per line', () => {
    expect(partLines(powershell('exchange'))).toEqual([
      "Get-ExchangeCertificate -Server 'EX01'",
      'Get-Date',
    ]);
  });

  it('splits an INF file into its lines, without a last empty one', () => {
    const lines = partLines({
      kind: 'inf',
      fileName: 'edge.inf',
      request: {
        subject: 'CN=sip.contoso.com',
        sans: [],
        keyLength: 2048,
        exportable: true,
        friendlyName: 'Edge',
      },
    });
    expect(lines[0]).toBe('; Edge: certreq -new <this file> <request file>');
    expect(lines[1]).toBe('[Version]');
    expect(lines.at(-1)).toBe('OID = 1.3.6.1.5.5.7.3.1');
    expect(lines.some((line) => line.includes('\r'))).toBe(false);
  });

  it('numbers wizard actions with their verbs', () => {
    expect(
      partLines({
        kind: 'wizard',
        tool: 'the Certificate Wizard',
        actions: [
          { action: 'open', target: 'Certificate' },
          { action: 'choose', target: 'Template', value: 'WebServer' },
          { action: 'enter', target: 'Friendly name', value: 'Edge external' },
          { action: 'check', target: 'Mark the key exportable' },
          { action: 'click', target: 'Next' },
        ],
      }),
    ).toEqual([
      'In the Certificate Wizard:',
      '1. Open Certificate',
      '2. Choose Template: WebServer',
      '3. Enter Friendly name: Edge external',
      '4. Tick Mark the key exportable',
      '5. Click Next',
    ]);
  });

  it('writes instructions as a list', () => {
    expect(partLines({ kind: 'instructions', items: ['One', 'Two'] })).toEqual(['- One', '- Two']);
  });
});

describe('stepShell', () => {
  it("is the shell of the step's first PowerShell part", () => {
    expect(
      stepShell(
        step([{ kind: 'instructions', items: [] }, powershell('windows'), powershell('exchange')]),
      ),
    ).toBe('windows');
  });

  it('is undefined for a step without PowerShell', () => {
    expect(stepShell(step([{ kind: 'instructions', items: ['x'] }]))).toBeUndefined();
  });
});

describe('wizardActionText', () => {
  it('writes a value after a colon, and nothing when there is none', () => {
    expect(wizardActionText({ action: 'enter', target: 'Name', value: '' })).toBe('Enter Name: ');
    expect(wizardActionText({ action: 'click', target: 'Finish' })).toBe('Click Finish');
  });
});

describe('SHELL_LABELS', () => {
  it('names every shell', () => {
    expect(SHELL_LABELS).toEqual({
      exchange: 'Exchange Management Shell',
      'exchange-edge': 'Exchange Management Shell on the Edge Transport server',
      'exchange-2007': 'Exchange 2007 Management Shell',
      lync: 'Lync Server / Skype for Business Server Management Shell',
      windows: 'Windows PowerShell (as administrator)',
      none: 'no shell: done outside PowerShell',
    });
  });
});

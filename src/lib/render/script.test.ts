import { describe, expect, it } from 'vitest';
import type { Derived, Step } from '../planner/derived.ts';
import { cmd, run, str } from '../planner/powershell/ast.ts';
import { renderScript, renderStep } from './script.ts';
import { renderWindowsDns } from './windows-dns.ts';

const RULE = `# ${'-'.repeat(76)}`;
const request: Step = {
  id: 'request-certificate',
  title: 'Request the certificate',
  why: 'The CA needs a request.\nIt takes time.',
  runOn: 'EX01',
  parts: [
    { kind: 'powershell', shell: 'exchange', statements: [run(cmd('Get-Date'))] },
    { kind: 'instructions', items: ['Send it to the CA.'] },
    {
      kind: 'powershell',
      shell: 'exchange',
      statements: [run(cmd('Get-Item', { Path: str('C:\\Certs') }))],
    },
  ],
  notes: ['Keep the request.', 'Line\r\nbreak'],
  sources: [],
};
const dns: Step = {
  id: 'dns-internal',
  title: 'Internal DNS',
  why: 'Clients inside.',
  runOn: 'a DNS server',
  parts: [{ kind: 'instructions', items: ['Add the records.'] }],
  notes: [],
  sources: [],
};
const derived = {
  product: { id: 'exchange-se', family: 'exchange', label: 'Exchange Server SE' },
  steps: [request, dns],
} as Derived;

describe('renderStep', () => {
  it('writes the header as comments, PowerShell as code and other parts as comments', () => {
    expect(renderStep(request, 2)).toBe(
      [
        RULE,
        '# Step 3: Request the certificate',
        '# Run on: EX01 (Exchange Management Shell)',
        '# Why: The CA needs a request. It takes time.',
        '# Note: Keep the request.',
        '# Note: Line break',
        RULE,
        'Get-Date',
        '# - Send it to the CA.',
        "Get-Item -Path 'C:\\Certs'",
      ].join('\n'),
    );
  });

  it('says when a step has no shell', () => {
    expect(renderStep(dns, 0).split('\n')[2]).toBe(
      '# Run on: a DNS server (no shell: done outside PowerShell)',
    );
  });
});

describe('renderScript', () => {
  it('starts with a title, the product and a return, then every step', () => {
    expect(renderScript(derived, 'contoso.com')).toBe(
      [
        '# UC Runbook: contoso.com',
        '# Exchange Server SE. Generated from your plan; nothing you typed left your browser.',
        '# This file holds every step, for several machines. Copy each step into the shell its header names.',
        'return',
        '',
        `${renderStep(request, 0)}\n`,
        `${renderStep(dns, 1)}\n`,
      ].join('\n'),
    );
  });
});

describe('renderWindowsDns', () => {
  it('is the dns-internal step alone, numbered as in the runbook', () => {
    expect(renderWindowsDns(derived)).toBe(`${renderStep(dns, 1)}\n`);
    expect(renderWindowsDns(derived)).toContain('# Step 2: Internal DNS');
  });

  it('is empty for a product without that step', () => {
    expect(renderWindowsDns({ ...derived, steps: [request] })).toBe('');
  });
});

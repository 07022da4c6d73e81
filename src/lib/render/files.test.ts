/**
 * Files as Windows tools read them (issue 8, finding 3): a .ps1 is read by Windows PowerShell 5.1,
 * which takes a file without a byte-order mark as Windows-1252; there, the bytes of "ł" hold a ‚
 * that ends a single-quoted string, and what follows it runs as code.
 */
import { describe, expect, it } from 'vitest';
import {
  literalProblems,
  readAsWindowsPowerShell51,
  runbookLiterals,
} from '../../../tests/support/powershell/windows-powershell.ts';
import { planWith } from '../../../tests/support/scenarios.ts';
import { derive } from '../planner/derive.ts';
import { availableProducts } from '../planner/products.ts';
import { encodeFile, encodingFor } from './files.ts';
import { renderScript } from './script.ts';
import { renderWindowsDns } from './windows-dns.ts';

const HOSTILE = planWith({
  organization: {
    name: 'Zakład ‘Wrocław’ ‚Sp.’',
    locality: 'Wrocław$(Start-Process calc)',
    state: 'ESPAÑA’; Start-Process calc; ‘',
  },
  exchange: { certificateFolder: 'C:\\Certyfikaty\\Łódź' },
});

describe('a .ps1 is UTF-8 with a byte-order mark', () => {
  it.each(availableProducts().map((product) => product.id))(
    'the runbook of %s reads back as written in Windows PowerShell 5.1',
    (product) => {
      const derived = derive(HOSTILE, product);
      const script = renderScript(derived, 'hostile');
      expect(script).toContain('Wrocław$(Start-Process calc)');
      const bytes = encodeFile('runbook.ps1', script);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(readAsWindowsPowerShell51(bytes)).toBe(script);
      expect(literalProblems(bytes, runbookLiterals(derived))).toEqual([]);
    },
  );

  it('the Windows DNS commands too', () => {
    const derived = derive(HOSTILE, 'exchange-se');
    const bytes = encodeFile('internal-dns.ps1', renderWindowsDns(derived));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('without the mark, 5.1 would read the value out of its literal (why the mark is there)', () => {
    const derived = derive(HOSTILE, 'exchange-se');
    const withoutMark = new TextEncoder().encode(renderScript(derived, 'hostile'));
    expect(literalProblems(withoutMark, runbookLiterals(derived))).not.toEqual([]);
  });
});

describe('other files', () => {
  it('an INF file is UTF-16 LE with a byte-order mark, as certreq reads non-ASCII INF files', () => {
    const bytes = encodeFile('request.inf', 'Subject = "L=Wrocław"\r\n');
    expect([...bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(bytes)).toBe('Subject = "L=Wrocław"\r\n');
  });

  it('zone files and JSON stay UTF-8 without a mark (BIND would read the mark as text)', () => {
    expect(encodingFor('contoso.com.external.zone')).toBe('utf-8');
    expect(encodingFor('plan.json')).toBe('utf-8');
    expect([...encodeFile('x.zone', '$ORIGIN x.')].slice(0, 1)).toEqual([0x24]);
    expect(encodingFor('RUNBOOK.PS1')).toBe('utf-8-bom');
    expect(encodingFor('renewals.ics')).toBe('utf-8');
  });

  it('a CSV file is UTF-8 with a mark, which Excel needs to read it as UTF-8', () => {
    const bytes = encodeFile('names.csv', 'reasons\r\nWrocław\r\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)).toBe(
      'reasons\r\nWrocław\r\n',
    );
  });
});

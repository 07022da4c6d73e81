/**
 * Every generated step of every scenario, for every Exchange version, read back as PowerShell text
 * and checked against the cmdlet catalog of that exact version (Microsoft's cmdlet reference).
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/planner/index.ts';
import { EXCHANGE_PROFILES } from '../../src/lib/planner/exchange/profiles/index.ts';
import type { ExchangeProductId } from '../../src/lib/planner/products.ts';
import { partLines } from '../../src/lib/render/parts.ts';
import { renderScript } from '../../src/lib/render/script.ts';
import { catalog, catalog2007, catalogForShell } from '../support/powershell/catalogs.ts';
import { checkScript } from '../support/powershell/check.ts';
import { SCENARIO_PRODUCTS } from '../support/scenarios.ts';

describe.each(SCENARIO_PRODUCTS)('commands: $name on $product', ({ plan, product }) => {
  const derived = derive(plan, product);
  const catalogKey = EXCHANGE_PROFILES[product]!.catalogKey;
  const parts = derived.steps.flatMap((step) =>
    step.parts.flatMap((part, index) =>
      part.kind === 'powershell' ? [[`${step.id} part ${index + 1}`, part] as const] : [],
    ),
  );
  it.each(parts)('%s uses only real cmdlets and parameters', (_id, part) => {
    // Parts for the older servers of a migration name their own product (and its shell).
    const key = part.product
      ? EXCHANGE_PROFILES[part.product as ExchangeProductId]!.catalogKey
      : catalogKey;
    const checker = catalogForShell(part.shell);
    const report = checkScript(partLines(part).join('\n'), checker, key);
    expect(report.errors).toEqual([]);
    // The independent parser found a command in every statement that runs one (none slipped through unread).
    const runsCommand = part.statements.filter(
      (statement) => statement.kind !== 'expression',
    ).length;
    expect(report.commands.length).toBeGreaterThanOrEqual(runsCommand);
  });

  it('renders a whole script that starts with a safety stop', () => {
    const script = renderScript(derived, 'test');
    expect(script.split('\n').find((line) => !line.startsWith('#'))).toBe('return');
  });
});

describe('the checker itself', () => {
  const check = (text: string, version = 'exchange-2019') =>
    checkScript(text, catalog, version).errors;

  it('accepts a correct command', () => {
    expect(
      check(
        "Set-ClientAccessService -Identity 'EX01' -AutoDiscoverServiceInternalUri 'https://a.contoso.com/Autodiscover/Autodiscover.xml'",
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "Set-ClientAccessService -Identity 'EX01'",
      'exchange-2013',
      'does not exist in exchange-2013',
    ],
    [
      "New-ExchangeCertificate -GenerateRequest -RequestFile 'C:\\a.req'",
      'exchange-2019',
      '-RequestFile does not exist in exchange-2019',
    ],
    [
      "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -InternalHostname 'mail.contoso.com'",
      'exchange-2010',
      '-InternalHostname does not exist in exchange-2010',
    ],
    ["Set-OwaVirtualDirectory -InternalUrl 'https://x'", 'exchange-2019', 'also needs -Identity'],
    ["Enable-ExchangeCertificate -Thumbprint 'AB'", 'exchange-2019', 'also needs -Services'],
    [
      "Export-ExchangeCertificate -Thumbprint 'AB' -Identity 'x'",
      'exchange-2019',
      'no parameter set accepts',
    ],
    [
      "Set-OwaVirtualDirectory -Identity 'x' -NoSuchParameter 1",
      'exchange-2019',
      'has no parameter -NoSuchParameter',
    ],
    ["Get-Nothing -Identity 'x'", 'exchange-2019', 'unknown command Get-Nothing'],
    [
      "Set-OwaVirtualDirectory 'EX01\\owa (Default Web Site)'",
      'exchange-2019',
      'positional argument',
    ],
    [
      'Set-OwaVirtualDirectory -Identity "EX01\\owa $env:COMPUTERNAME"',
      'exchange-2019',
      'double-quoted',
    ],
    [
      'Get-ExchangeCertificate | Where-Object { $_.Status }',
      'exchange-2019',
      'unknown command Where-Object',
    ],
    [
      "Enable-ExchangeCertificate -Thumbprint $thumb -Services 'IIS'",
      'exchange-2019',
      '$thumb is used before it is assigned',
    ],
    ["Set-OwaVirtualDirectory -Identity 'x' -Identity 'y'", 'exchange-2019', 'given twice'],
  ])('flags %s on %s', (text, version, message) => {
    expect(check(text, version).join('\n')).toContain(message);
  });

  it('lets pipeline input satisfy a required parameter', () => {
    expect(
      check("Get-Service -ComputerName 'EX01' -Name 'MSExchangePOP3' | Restart-Service"),
    ).toEqual([]);
    expect(check('Restart-Service')).toEqual([expect.stringContaining('also needs')]);
  });

  it('reads 2007 steps with the hand-kept 2007 list only', () => {
    const errors = checkScript(
      "Set-EcpVirtualDirectory -Identity 'EX2007\\ecp (Default Web Site)' -InternalUrl 'https://x'",
      catalog2007,
      'exchange-2007',
    ).errors;
    expect(errors.join()).toContain('unknown command Set-EcpVirtualDirectory');
  });
});

/**
 * Every PowerShell part of every Lync / Skype for Business scenario, read back as text and checked
 * against the cmdlet catalog of the exact version (Microsoft's cmdlet reference). Skype for
 * Business Server SE is checked as 2019: the reference lists no SE yet (its profile says so).
 * OCS 2007 R2 has no Management Shell: no part of its output may name a *-Cs* cmdlet.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/planner/index.ts';
import { LYNC_PROFILES } from '../../src/lib/planner/lync/profiles/index.ts';
import { partLines } from '../../src/lib/render/parts.ts';
import { renderScript } from '../../src/lib/render/script.ts';
import { planJson, planText } from '../../src/cli/text.ts';
import { Catalog } from '../support/powershell/catalog.ts';
import { checkScript } from '../support/powershell/check.ts';
import { LYNC_SCENARIO_PRODUCTS } from '../support/lync-scenarios.ts';

const catalog = Catalog.load(
  fileURLToPath(new URL('../fixtures/catalog/cmdlets.json', import.meta.url)),
);
/** A cmdlet of the Lync / Skype for Business Server modules: Verb-CsNoun. */
const CS_CMDLET = /\b[A-Z][a-z]+-Cs[A-Z][A-Za-z]+/;

const withShell = LYNC_SCENARIO_PRODUCTS.filter(({ product }) => LYNC_PROFILES[product]!.catalog);

describe.each(
  withShell.map((entry) => {
    const catalogEntry = LYNC_PROFILES[entry.product]!.catalog!;
    const checkedAs = catalogEntry.key === entry.product ? '' : ` (checked as ${catalogEntry.key})`;
    return { ...entry, key: catalogEntry.key, checkedAs };
  }),
)('commands: $name on $product$checkedAs', ({ plan, product, key }) => {
  const derived = derive(plan, product);
  const parts = derived.steps.flatMap((step) =>
    step.parts.flatMap((part, index) =>
      part.kind === 'powershell' ? [[`${step.id} part ${index + 1}`, part] as const] : [],
    ),
  );

  it.each(parts)('%s uses only real cmdlets and parameters', (_id, part) => {
    const report = checkScript(partLines(part).join('\n'), catalog, key);
    expect(report.errors).toEqual([]);
    const runsCommand = part.statements.filter((statement) => statement.kind !== 'expression');
    expect(report.commands.length).toBeGreaterThanOrEqual(runsCommand.length);
  });

  it('has Management Shell parts, checked above', () => {
    expect(parts.some(([, part]) => part.shell === 'lync')).toBe(true);
  });
});

describe('Subscription Edition', () => {
  it('is checked as Skype for Business Server 2019, and its profile says why', () => {
    expect(LYNC_PROFILES['sfb-se']!.catalog).toEqual({
      key: 'sfb-2019',
      note: expect.stringContaining('checked against Skype for Business Server 2019'),
    });
  });
});

describe.each(LYNC_SCENARIO_PRODUCTS.filter(({ product }) => product === 'ocs-2007r2'))(
  'OCS 2007 R2 output: $name',
  ({ plan, product }) => {
    const derived = derive(plan, product);

    it('names no *-Cs* cmdlet anywhere: script, report, JSON', () => {
      expect(renderScript(derived, 'test')).not.toMatch(CS_CMDLET);
      expect(planText(plan, derived)).not.toMatch(CS_CMDLET);
      expect(JSON.stringify(planJson(plan, derived))).not.toMatch(CS_CMDLET);
    });

    it('runs no Management Shell part; its PowerShell is Windows (DNS, certreq) and checks out', () => {
      for (const step of derived.steps) {
        for (const part of step.parts) {
          if (part.kind !== 'powershell') continue;
          expect(part.shell).toBe('windows');
          expect(checkScript(partLines(part).join('\n'), catalog, 'sfb-2019').errors).toEqual([]);
        }
      }
    });
  },
);

describe('the catalog check itself, on Lync commands', () => {
  it.each([
    [
      "Set-CsCertificate -Identity 'Global' -Type 'OAuthTokenIssuer' -Thumbprint 'AB'",
      'lync-2010',
      '-Identity does not exist in lync-2010',
    ],
    [
      "Request-CsCertificate -New -Type 'Default' -AllSipDomain",
      'lync-2010',
      '-AllSipDomain does not exist in lync-2010',
    ],
    [
      "Remove-CsCertificate -Type 'OAuthTokenIssuer' -Previous",
      'lync-2010',
      '-Previous does not exist in lync-2010',
    ],
    ["Import-CsCertificate -Type 'Internal'", 'sfb-2019', 'also needs'],
  ])('flags %s on %s', (text, version, message) => {
    expect(checkScript(text, catalog, version).errors.join('\n')).toContain(message);
  });
});

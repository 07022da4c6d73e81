/**
 * The certificate checker's commands, read back as PowerShell and checked against the cmdlet
 * catalog of the product they are for: the enable command of every planned certificate of every
 * product (with a real-looking thumbprint), Set-CsCertificate for each Lync and Skype for Business
 * version, and the clock commands of the not-yet-valid finding.
 */
import { describe, expect, it } from 'vitest';
import { activationFor } from '../../src/lib/planner/compare/activation.ts';
import { EXCHANGE_PROFILES } from '../../src/lib/planner/exchange/profiles/index.ts';
import { availableProducts, derive, type Derived } from '../../src/lib/planner/index.ts';
import { LYNC_PROFILES } from '../../src/lib/planner/lync/profiles/index.ts';
import type {
  ExchangeProductId,
  LyncProductId,
  ProductId,
} from '../../src/lib/planner/products.ts';
import { partLines } from '../../src/lib/render/parts.ts';
import { validityRules } from '../../src/lib/planner/compare/validity.ts';
import { certificateFacts, fileOf } from '../support/certificate-facts.ts';
import { planned } from '../support/planned-certificate.ts';
import { catalog, catalogForShell } from '../support/powershell/catalogs.ts';
import { checkScript } from '../support/powershell/check.ts';
import { LARGEST_PLAN, planWith } from '../support/scenarios.ts';

const THUMBPRINT = 'A9F6C5D2E1B0A9F6C5D2E1B0A9F6C5D2E1B0A9F6';

/**
 * The catalog's name for a product, from its profile (Skype for Business SE is read as 2019), or
 * null for a product whose runbook has no shell (OCS 2007 R2).
 */
const catalogKey = (product: ProductId): string | null =>
  EXCHANGE_PROFILES[product as ExchangeProductId]?.catalogKey ??
  LYNC_PROFILES[product as LyncProductId]?.catalog?.key ??
  null;

const PLANS = {
  largest: LARGEST_PLAN,
  'with UM': planWith({ exchange: { services: { um: true } } }),
};

describe.each(availableProducts())('enable commands for $id', ({ id }) => {
  const cases = Object.entries(PLANS).flatMap(([name, plan]) =>
    derive(plan, id).certificates.map(
      (certificate) => [`${name}: ${certificate.id}`, derive(plan, id), certificate] as const,
    ),
  );

  it.each(cases)('%s uses only real cmdlets and parameters', (_name, derived, certificate) => {
    const activation = activationFor({ derived, certificate }, THUMBPRINT);
    const key = catalogKey(id);
    if (!activation) {
      if (key !== null) expect(certificate.replace && certificate.servers.length > 0).toBe(false);
      return;
    }
    expect(key).not.toBeNull();
    const checker = catalogForShell(activation.part.shell);
    const report = checkScript(partLines(activation.part).join('\n'), checker, key!);
    expect(report.errors).toEqual([]);
    expect(report.commands.length).toBe(activation.part.statements.length);
    expect(report.strings).toContain(THUMBPRINT);
  });
});

describe.each(['lync-2013', 'sfb-2015', 'sfb-2019'])('Set-CsCertificate on %s', (key) => {
  it('is a real cmdlet with real parameters there', () => {
    const derived = {
      ...derive(LARGEST_PLAN, availableProducts()[0]!.id),
      product: { id: 'sfb-2019', family: 'lync', label: 'Skype for Business Server 2019' },
      steps: [
        {
          id: 'lync',
          title: '',
          why: '',
          runOn: '',
          notes: [],
          sources: [],
          parts: [{ kind: 'powershell', shell: 'lync', statements: [] }],
        },
      ],
    } satisfies Derived;
    const certificate = planned(['pool01.contoso.com'], {
      usages: ['Default', 'WebServicesInternal', 'WebServicesExternal'],
    });
    const activation = activationFor({ derived, certificate }, THUMBPRINT)!;
    const report = checkScript(partLines(activation.part).join('\n'), catalog, key);
    expect(report.errors).toEqual([]);
    expect(report.commands.map((command) => command.name)).toEqual(['Set-CsCertificate']);
  });
});

it('the clock commands of a certificate not valid yet are the Windows programs they name', () => {
  const subject = certificateFacts({
    validity: { notBefore: '2026-12-10T15:00:00.000Z', notAfter: '2027-06-01T00:00:00.000Z' },
  });
  const [finding] = validityRules({
    file: fileOf([subject]),
    subject,
    planned: null,
    authority: 'public',
    now: new Date('2026-12-10T12:00:00Z'),
  });
  const report = checkScript(partLines(finding!.commands!).join('\n'), catalog, 'exchange-se');
  expect(report.errors).toEqual([]);
  expect(report.commands.map((command) => [command.name, command.native])).toEqual([
    ['w32tm.exe', true],
    ['tzutil.exe', true],
  ]);
});

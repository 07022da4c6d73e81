import { describe, expect, it } from 'vitest';
import { planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import type { Severity } from '../derived.ts';
import { deriveExchange } from './derive.ts';

const findings = (plan: Plan, version?: ExchangeProductId) =>
  deriveExchange(plan, version).findings;
const ids = (plan: Plan, version?: ExchangeProductId) =>
  findings(plan, version).map((finding) => finding.id);
const severityOf = (plan: Plan, id: string, version?: ExchangeProductId): Severity | undefined =>
  findings(plan, version).find((finding) => finding.id === id)?.severity;

describe('CA/Browser Forum validity (SC-081v3)', () => {
  it.each([
    ['2026-03-14', 398, 'validity-at-limit', 'warning'],
    ['2026-03-14', 399, 'validity-exceeds-limit', 'error'],
    ['2026-03-15', 201, 'validity-exceeds-limit', 'error'],
    ['2026-12-01', 200, 'validity-at-limit', 'warning'],
    ['2027-03-15', 101, 'validity-exceeds-limit', 'error'],
    ['2029-03-15', 48, 'validity-exceeds-limit', 'error'],
    ['2029-03-15', 47, 'validity-at-limit', 'warning'],
  ] as const)('issued %s for %i days → %s', (issueDate, validityDays, id, severity) => {
    expect(severityOf(planWith({ certificate: { issueDate, validityDays } }), id)).toBe(severity);
  });

  it.each([
    ['2026-03-14', 397],
    ['2026-12-01', 199],
    ['2027-03-15', 99],
    ['2029-03-15', 46],
  ])('accepts %s for %i days', (issueDate, validityDays) => {
    const found = ids(planWith({ certificate: { issueDate, validityDays } }));
    expect(found).not.toContain('validity-exceeds-limit');
    expect(found).not.toContain('validity-at-limit');
  });

  it('does not apply public limits to an enterprise CA, but still gives the renewal date', () => {
    const found = findings(
      planWith({
        certificate: { authority: 'enterprise', issueDate: '2026-12-01', validityDays: 730 },
      }),
    );
    expect(found.map((finding) => finding.id)).not.toContain('validity-exceeds-limit');
    expect(found.find((finding) => finding.id === 'renewal-reminder')?.message).toContain(
      'expires on 2028-11-30',
    );
  });
});

describe('names', () => {
  it('refuses internal names on a public certificate, not on an enterprise one', () => {
    const internalNamespace = { exchange: { namespace: 'mail.contoso.local' } };
    expect(severityOf(planWith(internalNamespace), 'internal-name-on-public-certificate')).toBe(
      'error',
    );
    expect(
      ids(planWith({ ...internalNamespace, certificate: { authority: 'enterprise' } })),
    ).not.toContain('internal-name-on-public-certificate');
  });

  it('warns about -IncludeAutoDiscover when the AD domain is internal (.local)', () => {
    expect(severityOf(SCENARIOS.example!, 'internal-ad-domain-include-switches')).toBe('warning');
    expect(ids(SCENARIOS['enterprise CA, AD domain is public']!)).not.toContain(
      'internal-ad-domain-include-switches',
    );
  });

  it.each([
    ['EX01', 'server-name-on-certificate'],
    ['ex02.contoso.local', 'server-name-on-certificate'],
    ['contoso.com', 'root-domain-on-certificate'],
    ['www.contoso.com', 'www-on-certificate'],
  ])('flags %s as %s', (name, id) => {
    const plan = planWith({
      certificate: { authority: 'enterprise' },
      exchange: { certificate: { additionalNames: [name] } },
    });
    expect(severityOf(plan, id)).toBe('warning');
  });

  it('accepts a name Exchange really serves (owa.contoso.com) without comment', () => {
    const found = ids(
      planWith({ exchange: { certificate: { additionalNames: ['owa.contoso.com'] } } }),
    );
    expect(found.filter((id) => id.endsWith('-on-certificate'))).toEqual([]);
  });

  it('warns that a wildcard is not enabled for POP/IMAP', () => {
    expect(severityOf(SCENARIOS['wildcard with POP and IMAP']!, 'wildcard-pop-imap')).toBe(
      'warning',
    );
    expect(ids(planWith({ exchange: { services: { pop: true } } }))).not.toContain(
      'wildcard-pop-imap',
    );
  });
});

describe('coexistence (EX-SysReq, EX13-SysReq)', () => {
  it.each([
    ['exchange-2013', '2007', 'coexistence-requirements'],
    ['exchange-2013', '2010', 'coexistence-requirements'],
    ['exchange-2013', '2016', 'coexistence-unsupported'],
    ['exchange-2016', '2007', 'coexistence-unsupported'],
    ['exchange-2016', '2010', 'coexistence-requirements'],
    ['exchange-2016', '2013', 'coexistence-requirements'],
    ['exchange-2019', '2010', 'coexistence-unsupported'],
    ['exchange-2019', '2013', 'coexistence-caveat'],
    ['exchange-2019', '2016', 'coexistence-requirements'],
    ['exchange-se', '2013', 'coexistence-unsupported'],
    ['exchange-se', '2016', 'coexistence-requirements'],
    ['exchange-se', '2019', 'coexistence-requirements'],
  ] as const)('%s with %s → %s', (product, coexistWith, id) => {
    expect(ids(planWith({ exchange: { product, coexistWith } }))).toContain(id);
  });

  it('makes unsupported pairs errors', () => {
    expect(
      severityOf(
        planWith({ exchange: { product: 'exchange-2016', coexistWith: '2007' } }),
        'coexistence-unsupported',
      ),
    ).toBe('error');
  });

  it('reminds that 2010 must publish Outlook Anywhere with NTLM', () => {
    expect(
      ids(planWith({ exchange: { product: 'exchange-2016', coexistWith: '2010' } })),
    ).toContain('coexistence-2010-outlook-anywhere');
  });
});

describe('support lifecycle (Microsoft Lifecycle: extended support ends)', () => {
  it.each([
    ['exchange-2013', '2023-04-10', false],
    ['exchange-2013', '2023-04-11', true],
    ['exchange-2016', '2025-10-13', false],
    ['exchange-2016', '2025-10-14', true],
    ['exchange-2019', '2025-10-13', false],
    ['exchange-2019', '2026-12-01', true],
    ['exchange-se', '2040-01-01', false],
  ] as const)(
    '%s, certificate planned for %s → out of support: %s',
    (product, issueDate, expected) => {
      const plan = planWith({
        exchange: { product },
        certificate: { issueDate, authority: 'enterprise' },
      });
      expect(ids(plan, product).includes('version-out-of-support')).toBe(expected);
    },
  );

  it('warns, and points to the lifecycle page of that version', () => {
    const found = findings(
      planWith({
        exchange: { product: 'exchange-2016' },
        certificate: { issueDate: '2026-12-01' },
      }),
      'exchange-2016',
    ).find((finding) => finding.id === 'version-out-of-support');
    expect(found?.severity).toBe('warning');
    expect(found?.source).toBe('LC-2016');
    expect(found?.message).toContain('2025-10-14');
  });
});

describe('other findings', () => {
  it.each([
    [{ certificate: { keySize: 1024 } }, 'rsa-key-too-small', 'error'],
    [{ certificate: { keySize: 1024, authority: 'enterprise' } }, 'rsa-key-too-small', 'warning'],
    [
      { exchange: { product: 'exchange-2019', services: { um: true } } },
      'um-not-available',
      'error',
    ],
    [{ exchange: { product: 'exchange-se', services: { um: true } } }, 'um-not-available', 'error'],
    [{ organization: { country: '' } }, 'country-missing', 'warning'],
    [
      {
        exchange: {
          sites: [
            { name: 'HQ', publicIp: '10.0.0.5', servers: [{ name: 'EX01', ip: '10.0.0.11' }] },
          ],
        },
      },
      'public-address-not-public',
      'warning',
    ],
    [
      { exchange: { sites: [{ name: 'HQ', servers: [{ name: 'EX01', ip: '10.0.0.11' }] }] } },
      'ip-missing',
      'warning',
    ],
    [{ certificate: { authority: 'enterprise' } }, 'enterprise-ca-external-clients', 'warning'],
    [{ exchange: { product: 'exchange-2013' } }, 'mapi-http-off', 'info'],
  ] as const)('%j → %s (%s)', (patch, id, severity) => {
    expect(severityOf(planWith(patch), id)).toBe(severity);
  });

  it('lets Unified Messaging through on 2013 and 2016', () => {
    expect(ids(SCENARIOS['Unified Messaging']!, 'exchange-2016')).not.toContain('um-not-available');
  });

  it('lists errors first, then warnings, then information', () => {
    const severities = findings(
      planWith({ certificate: { keySize: 1024 }, organization: { country: '' } }),
    ).map((finding) => finding.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('error');
  });

  it('gives every finding a fix and a known source', () => {
    for (const finding of findings(SCENARIOS.largest!)) {
      expect(finding.fix.length).toBeGreaterThan(10);
      expect(finding.source).toBeTruthy();
    }
  });
});

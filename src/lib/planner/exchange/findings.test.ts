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

/** The one finding with `id`, which must exist. */
const only = (plan: Plan, id: string, version?: ExchangeProductId) => {
  const matching = findings(plan, version).filter((finding) => finding.id === id);
  expect(matching, id).toHaveLength(1);
  return matching[0]!;
};

describe('findings no test named before', () => {
  it('documentation-address: an RFC 5737 address, as information', () => {
    const finding = only(SCENARIOS.example!, 'documentation-address');
    expect(finding).toMatchObject({ severity: 'info', path: 'exchange.sites[0].publicIp' });
    expect(finding.message).toBe(
      '203.0.113.10 is a documentation address (RFC 5737), as used in examples.',
    );
  });

  it('legacy-servers-missing: a migration without the older servers, as a warning', () => {
    const finding = only(
      planWith({ exchange: { product: 'exchange-2016', coexistWith: '2010' } }),
      'legacy-servers-missing',
    );
    expect(finding.severity).toBe('warning');
    expect(finding.message).toBe(
      'The plan lists no Exchange 2010 Client Access servers, so the runbook cannot write their commands (certificate, URLs, Autodiscover SCP, Outlook Anywhere) or their DNS records.',
    );
    expect(
      ids(planWith({ exchange: { product: 'exchange-2016', coexistWith: '2013' } })),
    ).toContain('legacy-servers-missing');
    expect(ids(SCENARIOS['coexistence with 2010']!, 'exchange-2016')).not.toContain(
      'legacy-servers-missing',
    );
  });

  it('split-brain-copy-records: split-brain kept for a zone the AD domain does not hold, as a warning', () => {
    const finding = only(
      SCENARIOS['split-brain kept outside the AD domain']!,
      'split-brain-copy-records',
    );
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('creates an internal contoso.com zone');
    expect(ids(planWith({ domains: { internal: 'contoso.com' } }))).not.toContain(
      'split-brain-copy-records',
    );
  });

  it('wildcard-other-domains: names a wildcard cannot cover, as information', () => {
    const finding = only(
      planWith({
        domains: { additional: ['fabrikam.com'] },
        exchange: { certificate: { wildcard: true } },
      }),
      'wildcard-other-domains',
    );
    expect(finding).toMatchObject({ severity: 'info', path: 'exchange.autodiscover' });
    expect(finding.message).toBe(
      '*.contoso.com does not cover autodiscover.fabrikam.com; those names are added to the request separately.',
    );
  });

  it('wildcard-um: UM never uses the wildcard, as information', () => {
    const finding = only(
      planWith({ exchange: { certificate: { wildcard: true }, services: { um: true } } }),
      'wildcard-um',
      'exchange-2016',
    );
    expect(finding.severity).toBe('info');
    expect(finding.message).toContain('needs the server FQDN in the subject');
  });
});

describe('internal DNS: pin-point by default outside the AD domain', () => {
  it('says why the names outside the AD domain get pin-point zones', () => {
    const finding = only(SCENARIOS.example!, 'pin-point-outside-ad');
    expect(finding).toMatchObject({ severity: 'info', path: 'exchange.internalDns' });
    expect(finding.message).toContain(
      'mail.contoso.com, autodiscover.contoso.com are outside the Active Directory domain contoso.local',
    );
  });

  it('says nothing when the names are in the AD zone or pin-point was chosen', () => {
    for (const plan of [
      planWith({ domains: { internal: 'contoso.com' } }),
      SCENARIOS['pin-point DNS']!,
      SCENARIOS['SBS 2008']!,
    ]) {
      const found = ids(plan, 'exchange-2007');
      expect(found).not.toContain('pin-point-outside-ad');
      expect(found).not.toContain('split-brain-copy-records');
    }
  });
});

describe('migrations: every pair, supported or not (EX-SysReq, EX13-SysReq, E10-Trans, SE-Roadmap)', () => {
  it.each([
    ['exchange-2007', '2010', 'Check the versions in the plan'],
    ['exchange-2010', '2013', 'Check the versions in the plan'],
    ['exchange-2016', '2007', 'Move through Exchange 2010 or Exchange 2013 first'],
    ['exchange-2019', '2007', 'Move through Exchange 2013 first'],
    ['exchange-2019', '2010', 'Move through Exchange 2013 or Exchange 2016 first'],
    ['exchange-se', '2007', 'Retire Exchange 2007 before installing'],
    ['exchange-se', '2010', 'Move through Exchange 2016 first'],
    ['exchange-se', '2013', 'Move through Exchange 2016 or Exchange 2019 first'],
  ] as const)('%s with %s is an error with the way through', (product, coexistWith, fix) => {
    const finding = only(
      planWith({ exchange: { product, coexistWith } }),
      'coexistence-unsupported',
    );
    expect(finding.severity).toBe('error');
    expect(finding.fix).toContain(fix);
  });

  it.each([
    ['exchange-2010', '2007', 'Exchange 2007 SP2 or later on every Exchange 2007 server'],
    ['exchange-2013', '2007', 'Exchange 2007 SP3 with Update Rollup 10 or later'],
    ['exchange-2013', '2010', 'Exchange 2010 SP3'],
    ['exchange-2016', '2010', 'Exchange 2010 SP3 with Update Rollup 11 or later'],
    ['exchange-2016', '2013', 'Exchange 2013 CU10 or later'],
    ['exchange-2019', '2016', 'Exchange 2016 (any supported CU)'],
    ['exchange-se', '2016', 'Exchange 2016 CU23 (its last update)'],
    ['exchange-se', '2019', 'Exchange 2019 CU14 or CU15'],
  ] as const)('%s with %s needs %s', (product, coexistWith, requires) => {
    expect(
      only(planWith({ exchange: { product, coexistWith } }), 'coexistence-requirements').message,
    ).toBe(`Coexistence with Exchange ${coexistWith} needs ${requires}.`);
  });

  it('2019 with 2013 warns that CU15 refuses to install, with the way through', () => {
    const finding = only(
      planWith({ exchange: { product: 'exchange-2019', coexistWith: '2013' } }),
      'coexistence-caveat',
    );
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('CU15');
    expect(finding.fix).toContain('install 2019 CU14');
  });

  it.each([
    ['exchange-2013', '2007', 'E13-Coex'],
    ['exchange-2013', '2010', 'E13-Coex'],
    ['exchange-2016', '2010', 'E16-Coex10'],
  ] as const)(
    '%s proxies Outlook Anywhere to %s: NTLM there, citing %s',
    (product, coexistWith, source) => {
      const finding = only(
        planWith({ exchange: { product, coexistWith } }),
        `coexistence-${coexistWith}-outlook-anywhere`,
      );
      expect(finding).toMatchObject({ severity: 'info', source });
      expect(finding.message).toContain('with NTLM among its IIS authentication methods');
    },
  );

  it('2010 with 2007 needs no Outlook Anywhere on 2007', () => {
    expect(
      ids(planWith({ exchange: { product: 'exchange-2010', coexistWith: '2007' } })),
    ).not.toContain('coexistence-2007-outlook-anywhere');
  });
});

describe('mail flow, Edge, SRV, site resilience and SBS findings', () => {
  it('edge-enterprise-ca: internet senders will not trust an enterprise CA on the Edge', () => {
    const finding = only(
      planWith({
        certificate: { authority: 'enterprise' },
        exchange: {
          services: { edge: true },
          edge: { servers: [{ name: 'EDGE01', ip: '172.16.0.11' }], publicIp: '198.51.100.30' },
        },
      }),
      'edge-enterprise-ca',
    );
    expect(finding.severity).toBe('warning');
    expect(finding.message).toContain('internet mail servers do not trust');
    expect(ids(SCENARIOS.largest!)).not.toContain('edge-enterprise-ca');
  });

  it('autodiscover-srv-caveats: the redirect prompt and devices that ignore SRV', () => {
    const finding = only(SCENARIOS['additional domains by SRV']!, 'autodiscover-srv-caveats');
    expect(finding).toMatchObject({ severity: 'info', source: 'KB940881' });
    expect(finding.message).toContain('Outlook asks the user before it follows the redirect');
    expect(finding.message).toContain('never look up SRV records');
    expect(ids(SCENARIOS['additional domains by host']!)).not.toContain('autodiscover-srv-caveats');
    expect(ids(SCENARIOS['SBS 2008']!, 'exchange-2007')).toContain('autodiscover-srv-caveats');
  });

  it('2010 needs a namespace per datacenter; 2013 and later accept one namespace (unbound)', () => {
    const plan = SCENARIOS['unbound model, two datacenters']!;
    const finding = only(plan, 'namespace-per-datacenter', 'exchange-2010');
    expect(finding).toMatchObject({ severity: 'warning', path: 'exchange.sites[1].namespace' });
    expect(ids(plan, 'exchange-2013')).not.toContain('namespace-per-datacenter');
  });

  it('failback names and RPC arrays are 2010 only; later versions say they are left out', () => {
    const plan = SCENARIOS['site resilience, two datacenters (2010 names)']!;
    expect(ids(plan, 'exchange-2010')).not.toContain('failback-not-used');
    expect(
      findings(plan, 'exchange-2016').filter((finding) => finding.id === 'failback-not-used'),
    ).toHaveLength(2);
    expect(
      findings(plan, 'exchange-2016').filter((finding) => finding.id === 'cas-array-not-used'),
    ).toHaveLength(2);
  });

  it('2010: suggests an RPC array for several servers, warns about one named like an HTTPS name, flags it on the certificate', () => {
    expect(only(SCENARIOS.example!, 'cas-array-missing', 'exchange-2010').severity).toBe('info');
    const clash = planWith({
      exchange: {
        sites: [
          {
            name: 'HQ',
            publicIp: '198.51.100.10',
            clientAccessArray: 'mail.contoso.com',
            servers: [{ name: 'EX01', ip: '10.0.0.11' }],
          },
        ],
      },
    });
    const shared = only(clash, 'cas-array-is-namespace', 'exchange-2010');
    expect(shared.severity).toBe('warning');
    expect(shared.message).toContain('reached over RPC only');
    expect(shared.fix).toContain('outlook.contoso.local');
    const onCertificate = planWith({
      exchange: {
        sites: [
          {
            name: 'HQ',
            publicIp: '198.51.100.10',
            clientAccessArray: 'outlook.contoso.com',
            servers: [{ name: 'EX01', ip: '10.0.0.11' }],
          },
        ],
        certificate: { additionalNames: ['outlook.contoso.com'] },
      },
    });
    expect(only(onCertificate, 'cas-array-on-certificate', 'exchange-2010').severity).toBe(
      'warning',
    );
  });

  it('SBS: only with 2007, on the remote name, on one server', () => {
    expect(only(SCENARIOS['SBS 2008']!, 'sbs-not-available', 'exchange-2010').severity).toBe(
      'error',
    );
    const sbs = ids(SCENARIOS['SBS 2008']!, 'exchange-2007');
    expect(sbs).not.toContain('sbs-not-available');
    expect(sbs).not.toContain('sbs-namespace');
    expect(sbs).not.toContain('sbs-single-server');
    const wrong = planWith({ exchange: { sbs: true, product: 'exchange-2007' } });
    expect(only(wrong, 'sbs-namespace', 'exchange-2007').severity).toBe('info');
    expect(only(wrong, 'sbs-single-server', 'exchange-2007').severity).toBe('warning');
  });

  it('wildcard-principal-name on 2007 and 2010 only', () => {
    const plan = SCENARIOS['wildcard with POP and IMAP']!;
    expect(only(plan, 'wildcard-principal-name', 'exchange-2007').message).toContain(
      'msstd:*.contoso.com',
    );
    expect(ids(plan, 'exchange-2010')).toContain('wildcard-principal-name');
    expect(ids(plan, 'exchange-2013')).not.toContain('wildcard-principal-name');
  });

  it('mapi-http-off tells how to check the setting, and never fires on 2007 or 2010', () => {
    expect(only(SCENARIOS.example!, 'mapi-http-off', 'exchange-2013').message).toContain(
      'Get-OrganizationConfig | Format-List MapiHttpEnabled',
    );
    expect(ids(SCENARIOS['coexistence with 2013']!, 'exchange-2016')).toContain('mapi-http-off');
    expect(ids(SCENARIOS.example!, 'exchange-2016')).not.toContain('mapi-http-off');
    for (const version of ['exchange-2007', 'exchange-2010'] as const)
      expect(ids(SCENARIOS.example!, version)).not.toContain('mapi-http-off');
  });

  it('um-not-available on 2019 and SE only', () => {
    for (const version of [
      'exchange-2007',
      'exchange-2010',
      'exchange-2013',
      'exchange-2016',
    ] as const)
      expect(ids(SCENARIOS['Unified Messaging']!, version)).not.toContain('um-not-available');
  });

  it('out of support: 2007 and 2010 warn too', () => {
    expect(only(SCENARIOS.example!, 'version-out-of-support', 'exchange-2007').source).toBe(
      'LC-2007',
    );
    expect(only(SCENARIOS.example!, 'version-out-of-support', 'exchange-2010').message).toContain(
      '2020-10-13',
    );
  });
});

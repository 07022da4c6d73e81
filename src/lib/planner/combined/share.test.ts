/**
 * One certificate for Exchange and Lync/Skype for Business, for every pair the registry and the
 * pair table make available. Expected names are written out from the reference files, not taken
 * from the code: reference/lync.md §12 R-EXT (Edge external: Access name as subject, Web
 * Conferencing name, sip.<domain>), R-RP (reverse proxy: external web services, meet, dialin,
 * lyncdiscover), §2.1 (OCS: Access Edge, external web farm FQDN; no simple URLs, no mobility);
 * exchange.md §1.3 (namespace and autodiscover). The seed calculator's names (sip, webcon, avconf)
 * and its catches (444, 5062, ISA 2006 SP1) are checked at the end.
 */
import { describe, expect, it } from 'vitest';
import { planWith } from '../../../../tests/support/scenarios.ts';
import { partLines } from '../../render/parts.ts';
import { derive } from '../derive.ts';
import type { Derived, Step } from '../derived.ts';
import { deriveExchange } from '../exchange/derive.ts';
import { deriveLync } from '../lync/derive.ts';
import { LYNC_PROFILES } from '../lync/profiles/index.ts';
import {
  availableProducts,
  type ExchangeProductId,
  type LyncProductId,
  type ProductId,
} from '../products.ts';
import { SOURCES } from '../sources.ts';
import { sideBySideDns } from './dns.ts';
import { sharingFor } from './index.ts';
import { pairSupported } from './pairs.ts';
import { COMBINED_CERTIFICATE_ID } from './sharing.ts';

const EXCHANGE = availableProducts('exchange').map((product) => product.id as ExchangeProductId);
const LYNC = availableProducts('lync').map((product) => product.id as LyncProductId);
const PAIRS = EXCHANGE.flatMap((exchange) => LYNC.map((lync) => ({ exchange, lync })));
const SUPPORTED = PAIRS.filter(({ exchange, lync }) => pairSupported(exchange, lync));
const UNSUPPORTED = PAIRS.filter(({ exchange, lync }) => !pairSupported(exchange, lync));

type Layout = 'separate-ips' | 'single-ip';
const sharedPlan = (
  exchange: ExchangeProductId,
  lync: LyncProductId,
  layout: Layout = 'single-ip',
) =>
  planWith({
    exchange: { product: exchange },
    lync: { product: lync, shareWithExchange: true, edge: { layout } },
  });

const combinedOf = (derived: Derived) =>
  derived.certificates.find((cert) => cert.id === COMBINED_CERTIFICATE_ID);
const namesOf = (derived: Derived) => combinedOf(derived)?.sans.map((san) => san.name) ?? [];
const ids = (derived: Derived) => derived.certificates.map((cert) => cert.id);
const wizard = (lync: LyncProductId) => LYNC_PROFILES[lync]!.tooling === 'wizard';
const stepText = (derived: Derived, id: string) =>
  (derived.steps.find((step) => step.id === id) as Step).parts.flatMap(partLines).join('\n');

/** What the reference files say the shared certificate carries for the example plan's names. */
function expectedNames(lync: LyncProductId, layout: Layout): string[] {
  const exchange = ['mail.contoso.com', 'autodiscover.contoso.com'];
  if (wizard(lync)) return ['sip.contoso.com', ...exchange, 'webext.contoso.com'];
  const edge =
    layout === 'single-ip' ? ['sip.contoso.com'] : ['sip.contoso.com', 'webcon.contoso.com'];
  const proxy = [
    'webext.contoso.com',
    'meet.contoso.com',
    'dialin.contoso.com',
    'lyncdiscover.contoso.com',
  ];
  return [...edge, ...exchange, ...proxy];
}

describe.each(SUPPORTED)('$exchange with $lync', ({ exchange, lync }) => {
  it.each<Layout>(['single-ip', 'separate-ips'])(
    'carries the union of both products’ public names (%s)',
    (layout) => {
      const derived = derive(sharedPlan(exchange, lync, layout), exchange);
      expect([...namesOf(derived)].sort()).toEqual(expectedNames(lync, layout).sort());
      const cert = combinedOf(derived)!;
      expect(cert.commonName).toBe('sip.contoso.com');
      expect(cert.sans[0]?.name).toBe('sip.contoso.com');
      expect(cert).toMatchObject({ exportable: true, wildcard: false, authority: 'public' });
    },
  );

  it('is the same certificate in both products’ output', () => {
    const plan = sharedPlan(exchange, lync);
    const fromExchange = combinedOf(derive(plan, exchange));
    const fromLync = combinedOf(derive(plan, lync));
    expect(fromExchange).toBeDefined();
    expect({ ...fromLync, usages: [] }).toEqual({ ...fromExchange, usages: [] });
    // Each product lists what its own commands assign.
    expect(fromExchange?.usages).toEqual(expect.arrayContaining(['IIS', 'SMTP']));
    expect(fromExchange?.usages.some((usage) => /Edge|proxy/.test(usage))).toBe(false);
    expect(fromLync?.usages).not.toContain('IIS');
    expect(fromLync?.usages).toContain('Reverse proxy HTTPS listener');
  });

  it('gives every name the reasons of each product that needs it', () => {
    const derived = derive(sharedPlan(exchange, lync), lync);
    const reasons = (name: string) =>
      combinedOf(derived)!.sans.find((san) => san.name === name)?.reasons ?? [];
    expect(reasons('mail.contoso.com').map((r) => r.rule)).toContain('exchange.san.namespace');
    expect(reasons('webext.contoso.com').map((r) => r.rule)).toContain('lync.san.rp-external-web');
    for (const san of combinedOf(derived)!.sans) {
      expect(san.reasons.length, san.name).toBeGreaterThan(0);
      for (const reason of san.reasons) {
        expect(reason.text).toMatch(/^(Exchange Server|Office Communications|Lync|Skype)/);
        expect(SOURCES[reason.source], reason.source).toBeDefined();
      }
    }
  });

  it('replaces the shareable certificates and keeps the others apart', () => {
    const plan = sharedPlan(exchange, lync, 'separate-ips');
    const exchangeIds = ids(derive(plan, exchange));
    const lyncIds = ids(derive(plan, lync));
    expect(exchangeIds).not.toContain('exchange-client-access');
    expect(lyncIds).not.toContain('lync-reverse-proxy');
    expect(lyncIds).not.toContain('lync-edge-external');
    expect(lyncIds).not.toContain('lync-access-edge');
    expect(lyncIds).toContain('lync-edge-internal');
    // A/V authentication always has a certificate of its own (OCS-EDGECERT; kept apart from 2010 on).
    expect(lyncIds).toContain('lync-av-authentication');
    const av = derive(plan, lync).certificates.find((c) => c.id === 'lync-av-authentication')!;
    expect(av.usages).not.toContain('AccessEdgeExternal');
    // OCS with its own address for Web Conferencing keeps that certificate on 443 (C-BUSBAR).
    expect(lyncIds.includes('lync-web-conferencing-edge')).toBe(wizard(lync));
    const edgeInternal = derive(plan, lync).certificates.find((c) => c.id === 'lync-edge-internal');
    expect(namesOf(derive(plan, lync))).not.toContain(edgeInternal?.commonName);
  });

  it('decides every certificate of both products once, with a reason and a source', () => {
    const sharing = sharingFor(sharedPlan(exchange, lync, 'separate-ips'))!;
    const shared = sharing.decisions.filter((decision) => decision.shared);
    expect(shared.map((decision) => decision.certificateId).sort()).toEqual(
      [
        'exchange-client-access',
        'lync-reverse-proxy',
        wizard(lync) ? 'lync-access-edge' : 'lync-edge-external',
      ].sort(),
    );
    const separate = sharing.decisions.filter((decision) => !decision.shared);
    expect(separate.map((decision) => decision.reason.rule)).toEqual(
      expect.arrayContaining([
        'combined.separate.edge-internal',
        'combined.separate.av-authentication',
      ]),
    );
    for (const decision of sharing.decisions) {
      expect(decision.reason.rule).toMatch(/^combined\.(share|separate)\./);
      expect(SOURCES[decision.reason.source], decision.reason.source).toBeDefined();
    }
  });

  it('requests once on the plan’s Exchange server and imports it on the Edge and the proxy', () => {
    const plan = sharedPlan(exchange, lync);
    const exchangeSteps = derive(plan, exchange).steps.map((step) => step.id);
    const lyncSteps = derive(plan, lync).steps.map((step) => step.id);
    expect(exchangeSteps).toEqual(
      expect.arrayContaining(['request-certificate', 'copy-certificate']),
    );
    expect(exchangeSteps).toContain('shared-certificate-handover');
    expect(lyncSteps).toEqual(
      expect.arrayContaining(['shared-certificate-edge', 'shared-certificate-reverse-proxy']),
    );
    expect(lyncSteps).not.toContain('reverse-proxy-request');
    expect(lyncSteps.indexOf('shared-certificate-edge')).toBeGreaterThanOrEqual(0);
    const request = derive(plan, exchange).steps.find((step) => step.id === 'request-certificate');
    expect(request?.runOn).toBe('EX01');
  });

  it('turns off cleanly: without the option both products derive as before', () => {
    const plan = planWith({ exchange: { product: exchange }, lync: { product: lync } });
    expect(derive(plan, exchange)).toEqual(deriveExchange(plan, exchange));
    expect(derive(plan, lync)).toEqual(deriveLync(plan, lync));
    expect(sharingFor(plan)).toBeUndefined();
  });
});

describe('the commands around the shared certificate', () => {
  const management = LYNC.filter((lync) => !wizard(lync));

  it.each(management)(
    '%s: the Edge assigns Access and Data, A/V authentication its own',
    (lync) => {
      const derived = derive(sharedPlan('exchange-2016', lync, 'separate-ips'), lync);
      const text = stepText(derived, 'shared-certificate-edge');
      expect(text).toContain(
        "Import-CsCertificate -Path 'C:\\Certs\\sip.contoso.com.pfx' -Password $pfxPassword -PrivateKeyExportable $true",
      );
      expect(text).toContain(
        "Set-CsCertificate -Type 'AccessEdgeExternal','DataEdgeExternal' -Thumbprint $thumbprint",
      );
      expect(text).not.toContain('AudioVideoAuthentication');
      const request = stepText(derived, 'edge-request');
      expect(request).toContain("-Type 'AudioVideoAuthentication'");
      expect(request).not.toContain('AccessEdgeExternal');
    },
  );

  it.each(['exchange-2007', 'exchange-2010'] as const)(
    '%s sets the Outlook Anywhere principal name to the Access Edge subject',
    (exchange) => {
      const derived = derive(sharedPlan(exchange, 'ocs-2007r2'), exchange);
      expect(derived.findings.map((f) => f.id)).toContain('combined-principal-name');
      expect(stepText(derived, 'outlook-provider')).toContain(
        "Set-OutlookProvider -Identity 'EXPR' -CertPrincipalName 'msstd:sip.contoso.com'",
      );
    },
  );
});

describe("Microsoft's Edge and reverse proxy example, with Exchange", () => {
  // Names of the Lync 2013 / SfB Edge and reverse proxy certificate summaries (lync.md §4.2, §5.1:
  // L13-EDGE1, L13-RPCERT, SFB-EDGE-ENV), which L13-RPREQ suggests combining into one certificate.
  it.each(['lync-2013', 'sfb-2015', 'sfb-2019'] as const)('%s', (lync) => {
    const plan = planWith({
      domains: { additional: [] },
      exchange: { product: 'exchange-2016' },
      lync: {
        product: lync,
        shareWithExchange: true,
        sipDomains: ['contoso.com', 'fabrikam.com'],
        director: {
          enabled: true,
          servers: [{ name: 'DIR01', ip: '10.0.0.31' }],
          externalWeb: 'webdirext.contoso.com',
        },
      },
    });
    expect([...namesOf(derive(plan, lync))].sort()).toEqual(
      [
        'sip.contoso.com',
        'webcon.contoso.com',
        'sip.fabrikam.com',
        'webext.contoso.com',
        'webdirext.contoso.com',
        'meet.contoso.com',
        'meet.fabrikam.com',
        'dialin.contoso.com',
        'lyncdiscover.contoso.com',
        'lyncdiscover.fabrikam.com',
        'mail.contoso.com',
        'autodiscover.contoso.com',
      ].sort(),
    );
  });
});

describe('pairs this guide does not share', () => {
  it.each(UNSUPPORTED)('$exchange with $lync: a finding, and separate certificates', (pair) => {
    const plan = sharedPlan(pair.exchange, pair.lync);
    for (const product of [pair.exchange, pair.lync] as ProductId[]) {
      const derived = derive(plan, product);
      expect(combinedOf(derived)).toBeUndefined();
      const finding = derived.findings.find((f) => f.id === 'combined-pair-unsupported');
      expect(finding).toMatchObject({ severity: 'warning', path: 'lync.shareWithExchange' });
    }
  });

  it('has at least one of each, from the registry', () => {
    expect(SUPPORTED.length).toBeGreaterThan(0);
    expect(UNSUPPORTED).toContainEqual({ exchange: 'exchange-2013', lync: 'ocs-2007r2' });
    expect(UNSUPPORTED).toContainEqual({ exchange: 'exchange-2007', lync: 'sfb-se' });
  });
});

describe('findings where the combination costs something', () => {
  const findingIds = (plan: ReturnType<typeof planWith>, product: ProductId) =>
    derive(plan, product).findings.map((finding) => finding.id);

  it('lists every name instead of a wildcard, which the Edge refuses', () => {
    const plan = planWith({
      exchange: { product: 'exchange-2016', certificate: { wildcard: true } },
      lync: { shareWithExchange: true },
    });
    const derived = derive(plan, 'exchange-2016');
    expect(combinedOf(derived)?.wildcard).toBe(false);
    expect(namesOf(derived)).not.toContain('*.contoso.com');
    expect(findingIds(plan, 'sfb-se')).toContain('combined-wildcard-refused');
  });

  it('refuses ISA Server 2006 without SP1 for a certificate with several names', () => {
    const plan = planWith({
      exchange: { product: 'exchange-2010' },
      lync: {
        product: 'ocs-2007r2',
        shareWithExchange: true,
        reverseProxy: { product: 'isa-2006' },
      },
    });
    const finding = derive(plan, 'exchange-2010').findings.find(
      (f) => f.id === 'combined-isa-2006',
    );
    expect(finding).toMatchObject({ severity: 'error', source: 'ISA-BLOG' });
    const sp1 = planWith({
      exchange: { product: 'exchange-2010' },
      lync: {
        product: 'ocs-2007r2',
        shareWithExchange: true,
        reverseProxy: { product: 'isa-2006-sp1' },
      },
    });
    expect(findingIds(sp1, 'exchange-2010')).not.toContain('combined-isa-2006');
  });

  it('says the key must be exportable and travel', () => {
    const finding = derive(sharedPlan('exchange-se', 'sfb-se'), 'sfb-se').findings.find(
      (f) => f.id === 'combined-exportable-key',
    );
    expect(finding?.message).toContain('LSEDGE01');
    expect(finding?.fix).toContain('-PrivateKeyExportable $true');
  });

  it('warns about an enterprise CA for a certificate the internet sees', () => {
    const plan = planWith({
      certificate: { authority: 'enterprise', validityDays: 730 },
      lync: { shareWithExchange: true },
    });
    expect(findingIds(plan, 'sfb-se')).toContain('combined-public-ca');
  });

  it('says there is nothing to share without an Edge', () => {
    const plan = planWith({ lync: { shareWithExchange: true, edge: { enabled: false } } });
    expect(findingIds(plan, 'exchange-se')).toContain('combined-nothing-to-share');
    expect(ids(derive(plan, 'exchange-se'))).toContain('exchange-client-access');
  });
});

describe("the seed calculator's layout (OCS 2007 R2 with Exchange 2007/2010)", () => {
  const seedPlan = (layout: Layout) =>
    planWith({
      exchange: { product: 'exchange-2007' },
      lync: {
        product: 'ocs-2007r2',
        shareWithExchange: true,
        edge: {
          layout,
          accessFqdn: 'sip.contoso.com',
          webConferencingFqdn: 'webcon.contoso.com',
          avFqdn: 'avconf.contoso.com',
        },
      },
    });

  it('shares sip for Access and Web Conferencing, on 444, and warns about the firewall', () => {
    const derived = derive(seedPlan('single-ip'), 'ocs-2007r2');
    expect(namesOf(derived)).toContain('sip.contoso.com');
    expect(namesOf(derived)).not.toContain('webcon.contoso.com');
    const finding = derived.findings.find((f) => f.id === 'combined-ocs-port-444');
    expect(finding).toMatchObject({ severity: 'warning', source: 'C-BUSBAR' });
    expect(finding?.message).toContain('444');
  });

  it('keeps Web Conferencing on 443 with its own certificate as the alternative', () => {
    const derived = derive(seedPlan('separate-ips'), 'ocs-2007r2');
    const webcon = derived.certificates.find((c) => c.id === 'lync-web-conferencing-edge');
    expect(webcon?.commonName).toBe('webcon.contoso.com');
    expect(namesOf(derived)).not.toContain('webcon.contoso.com');
    expect(derived.findings.map((f) => f.id)).toContain('combined-ocs-web-conferencing-separate');
  });

  it('never puts the A/V Edge name on it; A/V authentication is on 5062', () => {
    const derived = derive(seedPlan('single-ip'), 'ocs-2007r2');
    expect(namesOf(derived)).not.toContain('avconf.contoso.com');
    const sharing = sharingFor(seedPlan('single-ip'))!;
    const av = sharing.decisions.find(
      (d) => d.reason.rule === 'combined.separate.av-authentication',
    );
    expect(av?.reason.text).toContain('5062');
    expect(av?.reason.text).toContain('never on 443');
  });
});

describe('DNS side by side', () => {
  const record = (name: string, value: string) => ({
    view: 'external' as const,
    zone: 'contoso.com',
    name,
    type: 'A' as const,
    value,
    ttl: 3600,
    reason: { rule: 'test', text: 'test', source: 'RFC1035' as const },
  });
  const exchange = { product: { id: 'exchange-se' as const, label: 'Exchange SE' } };
  const lync = { product: { id: 'sfb-se' as const, label: 'SfB SE' } };

  it('lists a record both products need once, naming both', () => {
    const result = sideBySideDns(
      { ...exchange, dns: [record('mail.contoso.com', '203.0.113.10')] } as never,
      { ...lync, dns: [record('mail.contoso.com', '203.0.113.10')] } as never,
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.products).toEqual(['exchange-se', 'sfb-se']);
    expect(result.findings).toEqual([]);
  });

  it('flags one name the two products want at different addresses', () => {
    const result = sideBySideDns(
      { ...exchange, dns: [record('web.contoso.com', '203.0.113.10')] } as never,
      { ...lync, dns: [record('web.contoso.com', '203.0.113.20')] } as never,
    );
    expect(result.records).toHaveLength(2);
    expect(result.findings.map((f) => f.id)).toEqual(['combined-dns-conflict']);
  });

  it('joins the example plan’s records of both products without repeating one', () => {
    const sharing = sharingFor(sharedPlan('exchange-se', 'sfb-se'))!;
    const keys = sharing.dns.map((entry) => JSON.stringify({ ...entry.record, reason: null }));
    expect(new Set(keys).size).toBe(keys.length);
    expect(sharing.dns.some((entry) => entry.products.includes('exchange-se'))).toBe(true);
    expect(sharing.dns.some((entry) => entry.products.includes('sfb-se'))).toBe(true);
  });
});

/** Findings per version (reference/lync.md §1–§11): ids, severities, paths and sources. */
import { describe, expect, it } from 'vitest';
import {
  LYNC_PRODUCTS,
  LYNC_SCENARIOS,
  lyncPlan,
} from '../../../../tests/support/lync-scenarios.ts';
import type { DnsRecord, Finding, PlannedCertificate } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import { PRODUCTS, type LyncProductId } from '../products.ts';
import { deriveLync } from './derive.ts';
import {
  sipNamesMissing,
  srvTargetsOutsideDomain,
  unsupportedWildcards,
  wildcardSubjects,
} from './findings/guards.ts';
import { LYNC_PROFILES } from './profiles/index.ts';

const findings = (plan: Plan, product: LyncProductId) => deriveLync(plan, product).findings;
const ids = (plan: Plan, product: LyncProductId) => findings(plan, product).map((f) => f.id);
const only = (plan: Plan, product: LyncProductId, id: string): Finding[] =>
  findings(plan, product).filter((finding) => finding.id === id);

describe.each(LYNC_PRODUCTS)('%s findings', (product) => {
  const profile = LYNC_PROFILES[product]!;
  const support = PRODUCTS[product].supportEnds;

  it('warns when the plan is dated past the end of support, with the Lifecycle source', () => {
    const late = only(LYNC_SCENARIOS.example!, product, 'version-out-of-support');
    if (!support) {
      expect(late).toEqual([]);
      return;
    }
    expect(late).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'lync.product',
        source: support.source,
      }),
    ]);
    expect(late[0]!.message).toContain(support.date);
    const before = lyncPlan({}, { certificate: { issueDate: '2010-01-01', validityDays: 365 } });
    expect(ids(before, product)).not.toContain('version-out-of-support');
    const onTheDay = lyncPlan({}, { certificate: { issueDate: support.date, validityDays: 100 } });
    expect(ids(onTheDay, product)).toContain('version-out-of-support');
  });

  it('warns when certificate files would go to a share outside the organisation', () => {
    const outside = lyncPlan({ certificateFolder: '\\\\files.example.net\\certs' });
    expect(only(outside, product, 'certificate-share-outside-organisation')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'lync.certificateFolder',
        source: 'PS-REQ',
      }),
    ]);
    const own = lyncPlan({ certificateFolder: '\\\\fs01.contoso.com\\certs' });
    expect(ids(own, product)).not.toContain('certificate-share-outside-organisation');
  });

  it("is silent on the runbook's own names: no wildcard, SRV or sip.<domain> error", () => {
    for (const plan of Object.values(LYNC_SCENARIOS)) {
      const errors = findings(plan, product).filter((finding) =>
        [
          'wildcard-subject',
          'wildcard-not-supported',
          'wildcard-on-edge-external',
          'srv-target-outside-domain',
          'sip-domain-without-sip-name',
        ].includes(finding.id),
      );
      expect(errors).toEqual([]);
    }
  });

  it('asks for the internal zone when the AD domain is not a SIP domain, warning when it is internal', () => {
    expect(only(LYNC_SCENARIOS.example!, product, 'sip-domain-needs-internal-zone')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'domains.internal',
        source: 'SFB-ADVDNS',
      }),
    ]);
    const routable = lyncPlan({}, { domains: { internal: 'corp.contoso.com' } });
    expect(only(routable, product, 'sip-domain-needs-internal-zone')).toEqual([]);
    const other = lyncPlan({}, { domains: { internal: 'corp.fabrikam.com' } });
    expect(only(other, product, 'sip-domain-needs-internal-zone')[0]?.severity).toBe('info');
  });

  it('flags missing, documentation and private public addresses by field', () => {
    const missing = only(LYNC_SCENARIOS['addresses not known']!, product, 'ip-missing');
    expect(missing.map((finding) => finding.path)).toEqual([
      'lync.edge.accessIp',
      'lync.edge.webConferencingIp',
      'lync.edge.avIp',
      'lync.reverseProxy.publicIp',
      'lync.edge.servers[0].ip',
    ]);
    const example = only(LYNC_SCENARIOS.example!, product, 'documentation-address');
    expect(example.map((finding) => finding.path)).toEqual([
      'lync.edge.accessIp',
      'lync.edge.webConferencingIp',
      'lync.edge.avIp',
      'lync.reverseProxy.publicIp',
    ]);
    const inside = lyncPlan({ edge: { accessIp: '10.1.1.1' } });
    expect(only(inside, product, 'public-address-not-public')[0]).toMatchObject({
      severity: 'warning',
      path: 'lync.edge.accessIp',
    });
    const single = only(LYNC_SCENARIOS['single address Edge']!, product, 'documentation-address');
    expect(single.map((finding) => finding.path)).toEqual([
      'lync.edge.accessIp',
      ...(profile.edge.singleAddress.av === null ? ['lync.edge.avIp'] : []),
      'lync.reverseProxy.publicIp',
    ]);
  });

  it('rejects a Standard Edition "pool" of two servers', () => {
    const plan = lyncPlan({
      pools: [
        {
          fqdn: 'se01.contoso.com',
          edition: 'standard',
          frontEnds: [
            { name: 'SE01', ip: '10.0.0.1' },
            { name: 'SE02', ip: '10.0.0.2' },
          ],
        },
      ],
    });
    expect(only(plan, product, 'standard-edition-one-server')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'lync.pools[0].frontEnds' }),
    ]);
    expect(
      only(LYNC_SCENARIOS['Standard Edition']!, product, 'standard-edition-one-server'),
    ).toEqual([]);
  });

  it('checks web load balancing of an Enterprise pool the way the version balances it', () => {
    const pool = (extra: Record<string, unknown>) =>
      lyncPlan({
        pools: [
          {
            fqdn: 'pool01.contoso.com',
            frontEnds: [
              { name: 'FE01', ip: '10.0.0.21' },
              { name: 'FE02', ip: '10.0.0.22' },
            ],
            ...extra,
          },
        ],
      });
    const bare = ids(pool({}), product);
    if (profile.dnsLoadBalancing) {
      expect(bare).toEqual(
        expect.arrayContaining(['internal-web-same-as-pool', 'web-load-balancer-missing']),
      );
      expect(bare).not.toContain('pool-needs-hardware-load-balancer');
      const fixed = ids(pool({ internalWeb: 'webint.contoso.com', webVip: '10.0.0.20' }), product);
      expect(fixed).not.toContain('internal-web-same-as-pool');
      expect(fixed).not.toContain('web-load-balancer-missing');
    } else {
      expect(bare).toContain('pool-needs-hardware-load-balancer');
      expect(bare).not.toContain('internal-web-same-as-pool');
      expect(ids(pool({ webVip: '10.0.0.20' }), product)).not.toContain(
        'pool-needs-hardware-load-balancer',
      );
    }
    expect(ids(LYNC_SCENARIOS.example!, product)).not.toContain('web-load-balancer-missing');
  });

  it('wants a distinct external web FQDN per pool and for the Director', () => {
    const twoPools = lyncPlan({
      pools: [
        { fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01', ip: '10.0.0.21' }] },
        { fqdn: 'pool02.contoso.com', frontEnds: [{ name: 'FE02', ip: '10.0.0.22' }] },
      ],
    });
    expect(only(twoPools, product, 'external-web-duplicate')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'lync.pools[1].externalWeb' }),
    ]);
    const director = lyncPlan({
      director: {
        enabled: true,
        servers: [{ name: 'DIR01', ip: '10.0.0.31' }],
        externalWeb: 'webext.contoso.com',
      },
    });
    expect(only(director, product, 'director-web-same-as-pool')).toHaveLength(
      profile.directorExternalWeb ? 1 : 0,
    );
  });

  it('asks for Director servers when the plan has a Director without any', () => {
    const plan = lyncPlan({ director: { enabled: true, servers: [] } });
    expect(only(plan, product, 'director-without-servers')[0]?.path).toBe('lync.director.servers');
    expect(ids(LYNC_SCENARIOS.largest!, product)).not.toContain('director-without-servers');
    expect(only(LYNC_SCENARIOS.largest!, product, 'director-web-load-balancer')).toEqual([
      expect.objectContaining({ severity: 'info', path: 'lync.director.servers' }),
    ]);
    const one = lyncPlan({ director: { enabled: true, servers: [{ name: 'DIR01', ip: null }] } });
    expect(ids(one, product)).not.toContain('director-web-load-balancer');
    expect(ids(LYNC_SCENARIOS.example!, product)).not.toContain('director-web-load-balancer');
  });

  it('wants every simple URL unique, where the version has them', () => {
    const plan = lyncPlan({ simpleUrls: { dialin: 'meet.contoso.com' } });
    expect(only(plan, product, 'simple-url-duplicate')).toHaveLength(profile.simpleUrls ? 1 : 0);
    const admin = lyncPlan({ simpleUrls: { admin: 'dialin.contoso.com' } });
    expect(only(admin, product, 'simple-url-duplicate').map((f) => f.path)).toEqual(
      profile.simpleUrls ? ['lync.simpleUrls.admin'] : [],
    );
  });

  it('explains XMPP: the names decided on 2013/2015, not available elsewhere', () => {
    const xmpp = findings(LYNC_SCENARIOS['XMPP federation']!, product);
    if (profile.xmpp === 'integrated') {
      expect(xmpp.find((f) => f.id === 'xmpp-names')).toMatchObject({
        severity: 'info',
        source: 'L13-FEDXMPP',
      });
      expect(xmpp.map((f) => f.id)).not.toContain('xmpp-not-available');
    } else {
      expect(xmpp.find((f) => f.id === 'xmpp-not-available')).toMatchObject({
        severity: 'warning',
        source: profile.xmpp === 'removed' ? 'SFB19-DEPR' : 'L13-EDGECHG',
      });
    }
    expect(ids(LYNC_SCENARIOS.example!, product).filter((id) => id.startsWith('xmpp'))).toEqual([]);
  });

  it('says what the version removed or cannot do', () => {
    const all = ids(LYNC_SCENARIOS.example!, product);
    expect(all.includes('persistent-chat-removed')).toBe(profile.persistentChat === 'removed');
    expect(all.includes('cng-not-supported')).toBe(profile.cngUnsupported);
    expect(all.includes('mobility-needs-update')).toBe(profile.mobility.requires !== undefined);
    expect(ids(LYNC_SCENARIOS['no mobility, no federation']!, product)).not.toContain(
      'mobility-needs-update',
    );
  });

  it('always mentions the "valid from in the future" clock trap', () => {
    expect(only(LYNC_SCENARIOS.example!, product, 'valid-from-in-the-future')).toEqual([
      expect.objectContaining({ severity: 'info', source: 'RFC5280' }),
    ]);
  });

  it('warns when the Edge and reverse proxy certificates would come from the enterprise CA', () => {
    expect(
      only(LYNC_SCENARIOS['online enterprise CA']!, product, 'edge-certificate-not-public'),
    ).toEqual([expect.objectContaining({ severity: 'warning', path: 'certificate.authority' })]);
    expect(ids(LYNC_SCENARIOS.example!, product)).not.toContain('edge-certificate-not-public');
    const noEdge = lyncPlan(
      { edge: { enabled: false } },
      { certificate: { authority: 'enterprise' } },
    );
    expect(ids(noEdge, product)).not.toContain('edge-certificate-not-public');
  });

  it('flags internal names asked of a public CA', () => {
    const plan = lyncPlan({ edge: { accessFqdn: 'sip.contoso.local' } });
    expect(
      only(plan, product, 'internal-name-on-public-certificate').map((f) => f.severity),
    ).toEqual(['error']);
  });

  it('explains the single address layout and the Edge without one', () => {
    expect(
      only(LYNC_SCENARIOS['single address Edge']!, product, 'edge-single-address')[0],
    ).toMatchObject({
      severity: 'info',
      source: profile.edge.singleAddress.source,
    });
    expect(only(LYNC_SCENARIOS['no Edge']!, product, 'no-edge')).toHaveLength(1);
    expect(ids(LYNC_SCENARIOS.example!, product)).not.toContain('no-edge');
    expect(ids(LYNC_SCENARIOS['no Edge']!, product)).not.toContain('ip-missing');
  });

  it("reads the Edge pool addresses as a load balancer's", () => {
    expect(only(LYNC_SCENARIOS.largest!, product, 'edge-pool-addresses')).toHaveLength(1);
    expect(only(LYNC_SCENARIOS.example!, product, 'edge-pool-addresses')).toHaveLength(0);
  });

  it('checks the reverse proxy product against the version', () => {
    const chosen = (name: string) => lyncPlan({ reverseProxy: { product: name } });
    for (const name of ['iis-arr', 'tmg-2010', 'isa-2006-sp1', 'isa-2006'] as const)
      expect(ids(chosen(name), product).includes('reverse-proxy-not-named')).toBe(
        !profile.reverseProxies.includes(name),
      );
    expect(ids(chosen('other'), product)).not.toContain('reverse-proxy-not-named');
    const isa = only(
      LYNC_SCENARIOS['ISA Server 2006 without SP1']!,
      product,
      'reverse-proxy-san-unsupported',
    );
    expect(isa).toHaveLength(profile.simpleUrls ? 1 : 0);
  });

  it('sorts errors first, then warnings, then information', () => {
    const order = findings(LYNC_SCENARIOS['addresses not known']!, product).map((f) => f.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect([...order].sort((a, b) => rank[a] - rank[b])).toEqual(order);
  });
});

describe('guards on derived output', () => {
  const certificate = (
    id: string,
    role: string,
    commonName: string,
    sans: string[],
  ): PlannedCertificate => ({
    id,
    role,
    purpose: `${role} certificate`,
    subject: `CN=${commonName}`,
    commonName,
    sans: sans.map((name) => ({ name, reasons: [] })),
    usages: [],
    extendedKeyUsage: ['serverAuth'],
    authority: 'public',
    exportable: true,
    servers: [],
    keySize: 2048,
    wildcard: false,
    replace: true,
    notes: [],
  });

  it('rejects a wildcard subject on any role', () => {
    const found = wildcardSubjects([certificate('x', 'front-end', '*.contoso.com', [])]);
    expect(found).toEqual([expect.objectContaining({ id: 'wildcard-subject', severity: 'error' })]);
    expect(wildcardSubjects([certificate('x', 'front-end', 'pool.contoso.com', [])])).toEqual([]);
  });

  it('rejects wildcard names on OCS at all and on the Edge external certificate', () => {
    const web = certificate('x', 'front-end', 'pool.contoso.com', [
      'pool.contoso.com',
      '*.contoso.com',
    ]);
    const edge = certificate('y', 'edge-external', 'sip.contoso.com', [
      'sip.contoso.com',
      '*.contoso.com',
    ]);
    expect(unsupportedWildcards([web], LYNC_PROFILES['ocs-2007r2']!).map((f) => f.id)).toEqual([
      'wildcard-not-supported',
    ]);
    expect(unsupportedWildcards([web], LYNC_PROFILES['sfb-2019']!)).toEqual([]);
    expect(unsupportedWildcards([edge], LYNC_PROFILES['sfb-2019']!).map((f) => f.id)).toEqual([
      'wildcard-on-edge-external',
    ]);
    expect(
      unsupportedWildcards(
        [certificate('z', 'access-edge', 'a.contoso.com', ['*.contoso.com'])],
        LYNC_PROFILES['lync-2013']!,
      ),
    ).toHaveLength(1);
  });

  it('rejects an SRV record that points into another domain', () => {
    const record = (value: string): DnsRecord => ({
      view: 'internal',
      zone: 'fabrikam.com',
      name: '_sipinternaltls._tcp.fabrikam.com',
      type: 'SRV',
      value,
      ttl: 3600,
      reason: { rule: 'test', text: 'test', source: 'L13-DNSREQ' },
    });
    expect(srvTargetsOutsideDomain([record('pool01.contoso.com')])).toEqual([
      expect.objectContaining({
        id: 'srv-target-outside-domain',
        severity: 'error',
        fix: expect.stringContaining('sip.fabrikam.com'),
      }),
    ]);
    expect(srvTargetsOutsideDomain([record('sip.fabrikam.com')])).toEqual([]);
    expect(srvTargetsOutsideDomain([{ ...record('x'), type: 'A', value: '10.0.0.1' }])).toEqual([]);
  });

  it('asks for sip.<domain> on the certificates that serve each SIP domain', () => {
    const edge = certificate('lync-edge-external', 'edge-external', 'sip.contoso.com', [
      'sip.contoso.com',
    ]);
    const other = certificate('other', 'front-end', 'x.contoso.com', []);
    const found = sipNamesMissing(
      [edge, other],
      ['contoso.com', 'fabrikam.com'],
      ['lync-edge-external'],
    );
    expect(found).toEqual([
      expect.objectContaining({ id: 'sip-domain-without-sip-name', severity: 'error' }),
    ]);
    expect(found[0]!.message).toContain('sip.fabrikam.com');
  });
});

/**
 * Certificates per role and version, against Microsoft's certificate tables (reference/lync.md
 * §2.1, §3.1, §4.1–4.3, §5.1) and the decisions on the documented conflicts (§11).
 */
import { describe, expect, it } from 'vitest';
import {
  LYNC_PRODUCTS,
  LYNC_SCENARIOS,
  lyncPlan,
} from '../../../../tests/support/lync-scenarios.ts';
import type { Derived, PlannedCertificate } from '../derived.ts';
import type { LyncProductId } from '../products.ts';
import { deriveLync } from './derive.ts';
import { LYNC_PROFILES } from './profiles/index.ts';

const SHELL = LYNC_PRODUCTS.filter((id) => LYNC_PROFILES[id]!.tooling === 'management-shell');
const OAUTH = LYNC_PRODUCTS.filter((id) => LYNC_PROFILES[id]!.oauth);
const XMPP = LYNC_PRODUCTS.filter((id) => LYNC_PROFILES[id]!.xmpp === 'integrated');

const derive = (scenario: string, product: LyncProductId) =>
  deriveLync(LYNC_SCENARIOS[scenario]!, product);
const byId = (derived: Derived, id: string): PlannedCertificate => {
  const found = derived.certificates.find((certificate) => certificate.id === id);
  if (!found) throw new Error(`no certificate ${id}: ${derived.certificates.map((c) => c.id)}`);
  return found;
};
const names = (certificate: PlannedCertificate) => certificate.sans.map((san) => san.name);
const rules = (certificate: PlannedCertificate, name: string) =>
  certificate.sans.find((san) => san.name === name)?.reasons.map((reason) => reason.rule);

describe.each(SHELL)('%s: Front End and Director certificates', (product) => {
  it('gives each Front End one certificate for Default and both web services, pool FQDN as subject', () => {
    const derived = derive('largest', product);
    const fe2 = byId(derived, 'lync-front-end-fe02');
    expect(fe2).toMatchObject({
      role: 'front-end',
      commonName: 'pool01.contoso.com',
      subject: 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=pool01.contoso.com',
      usages: ['Default', 'WebServicesInternal', 'WebServicesExternal'],
      extendedKeyUsage: ['serverAuth'],
      authority: 'enterprise',
      exportable: false,
      servers: ['FE02'],
      wildcard: false,
    });
    const mobility = LYNC_PROFILES[product]!.mobility.available;
    expect(names(fe2)).toEqual([
      'pool01.contoso.com',
      'fe02.contoso.local',
      'webint.contoso.com',
      'webext.contoso.com',
      'sip.contoso.com',
      'sip.fabrikam.com',
      'meet.contoso.com',
      'meet.fabrikam.com',
      'dialin.contoso.com',
      'admin.contoso.com',
      ...(mobility
        ? [
            'lyncdiscoverinternal.contoso.com',
            'lyncdiscover.contoso.com',
            'lyncdiscoverinternal.fabrikam.com',
            'lyncdiscover.fabrikam.com',
          ]
        : []),
    ]);
    expect(derived.certificates.filter((c) => c.role === 'front-end')).toHaveLength(4);
  });

  it('matches Microsoft example: SN=eepool, SAN=eepool, the server, sip.<domain> of both SIP domains', () => {
    const ee01 = byId(derive('Microsoft example, two SIP domains', product), 'lync-front-end-ee01');
    expect(names(ee01).slice(0, 2)).toEqual(['eepool.contoso.com', 'ee01.contoso.net']);
    expect(names(ee01)).toEqual(expect.arrayContaining(['sip.contoso.com', 'sip.fabrikam.com']));
    expect(names(ee01)).not.toContain('eepool.contoso.com.');
  });

  it('keeps the Admin URL off the external side: only the internal web services carry it (§11.1)', () => {
    const derived = derive('largest', product);
    expect(rules(byId(derived, 'lync-front-end-fe01'), 'admin.contoso.com')).toEqual([
      'lync.san.admin',
    ]);
    expect(names(byId(derived, 'lync-reverse-proxy'))).not.toContain('admin.contoso.com');
    expect(
      byId(derived, 'lync-front-end-fe01').sans.find((san) => san.name === 'admin.contoso.com')
        ?.reasons[0]?.text,
    ).toMatch(/internal web services only/);
  });

  it('puts sip.<domain> only on the pool that signs users in, with the strict matching reason', () => {
    const derived = derive('largest', product);
    expect(rules(byId(derived, 'lync-front-end-fe01'), 'sip.fabrikam.com')).toEqual([
      'lync.san.sip-domain',
    ]);
    expect(names(byId(derived, 'lync-director-dir01'))).not.toContain('sip.contoso.com');
  });

  it('gives Directors their own certificate: Director pool subject, its external web FQDN', () => {
    const dir = byId(derive('largest', product), 'lync-director-dir02');
    expect(dir).toMatchObject({
      role: 'director',
      commonName: 'dirpool.contoso.com',
      servers: ['DIR02'],
      usages: ['Default', 'WebServicesInternal', 'WebServicesExternal'],
    });
    expect(names(dir).slice(0, 3)).toEqual([
      'dirpool.contoso.com',
      'dir02.contoso.local',
      'webdir.contoso.com',
    ]);
    expect(dir.purpose).toMatch(/^Director DIR02/);
  });

  it('uses the pool FQDN as the server name on a Standard Edition server, once', () => {
    const se = byId(derive('Standard Edition', product), 'lync-front-end-lyncse01');
    expect(names(se).filter((name) => name === 'lyncse01.contoso.com')).toHaveLength(1);
    expect(se.purpose).toMatch(/^Standard Edition server LYNCSE01/);
    expect(names(se)).not.toContain('lyncse01.contoso.local');
  });

  it('leaves out mobility names when the plan turns mobility off', () => {
    const fe = byId(derive('no mobility, no federation', product), 'lync-front-end-fe01');
    expect(names(fe).some((name) => name.startsWith('lyncdiscover'))).toBe(false);
  });

  it('has a pool FQDN reason and a server reason that say why', () => {
    const fe = byId(derive('largest', product), 'lync-front-end-fe01');
    expect(fe.sans[0]?.reasons[0]).toMatchObject({
      rule: 'lync.san.pool',
      source: expect.any(String),
    });
    expect(fe.sans[0]?.reasons[0]?.text).toMatch(/subject, so the subject is repeated/);
    expect(fe.sans[1]?.reasons[0]?.text).toMatch(/^FE01's own FQDN/);
    expect(fe.notes.map((note) => note.rule)).toEqual(['lync.ca.internal']);
  });
});

describe.each(OAUTH)('%s: OAuthTokenIssuer', (product) => {
  it('is one global certificate: SIP domain subject, at least 2048 bits, exportable (§11.6)', () => {
    const oauth = byId(
      deriveLync(lyncPlan({}, { certificate: { keySize: 1024 } }), product),
      'lync-oauth',
    );
    expect(oauth).toMatchObject({
      role: 'oauth',
      commonName: 'contoso.com',
      usages: ['OAuthTokenIssuer'],
      authority: 'enterprise',
      exportable: true,
      keySize: 2048,
      servers: ['FE01'],
    });
    expect(names(oauth)).toEqual(['contoso.com']);
    expect(oauth.notes.map((note) => note.rule)).toEqual([
      'lync.oauth.global',
      'lync.oauth.key-size',
      'lync.oauth.roll',
    ]);
  });

  it('keeps a larger key when the plan asks for one', () => {
    const oauth = byId(
      deriveLync(lyncPlan({}, { certificate: { keySize: 4096 } }), product),
      'lync-oauth',
    );
    expect(oauth.keySize).toBe(4096);
  });
});

describe.each(LYNC_PRODUCTS.filter((id) => !LYNC_PROFILES[id]!.oauth))(
  '%s: no OAuth certificate',
  (product) => {
    it('has none', () => {
      expect(derive('largest', product).certificates.map((c) => c.role)).not.toContain('oauth');
    });
  },
);

describe.each(SHELL)('%s: Edge certificates', (product) => {
  it('matches Microsoft table: SN sip.contoso.com; SAN sip, webcon, sip.fabrikam.com; public; exportable', () => {
    const external = byId(
      derive('Microsoft example, two SIP domains', product),
      'lync-edge-external',
    );
    expect(external).toMatchObject({
      role: 'edge-external',
      commonName: 'sip.contoso.com',
      usages: ['AccessEdgeExternal', 'DataEdgeExternal', 'AudioVideoAuthentication'],
      authority: 'public',
      exportable: true,
      extendedKeyUsage: ['serverAuth'],
      servers: ['SFBEDGE'],
    });
    expect(names(external)).toEqual(['sip.contoso.com', 'webcon.contoso.com', 'sip.fabrikam.com']);
  });

  it('never names the A/V Edge, and says why (§11.3); A/V authentication uses it (§11.5)', () => {
    const external = byId(derive('largest', product), 'lync-edge-external');
    expect(names(external)).not.toContain('av.contoso.com');
    expect(external.notes.map((note) => note.rule)).toEqual([
      'lync.edge.public-ca',
      'lync.edge.av-name',
      'lync.edge.av-authentication',
      'lync.edge.client-eku',
      'lync.edge.same-certificate',
    ]);
  });

  it('has the internal FQDN as the one name of the internal certificate, exportable only for a pool', () => {
    const pool = byId(derive('largest', product), 'lync-edge-internal');
    expect(pool).toMatchObject({
      commonName: 'lsedge.contoso.local',
      usages: ['Internal'],
      authority: 'enterprise',
      exportable: true,
      servers: ['LSEDGE01', 'LSEDGE02'],
    });
    expect(names(pool)).toEqual(['lsedge.contoso.local']);
    const single = byId(derive('example', product), 'lync-edge-internal');
    expect(single.exportable).toBe(false);
    expect(single.notes.map((note) => note.rule)).toEqual(['lync.ca.edge-internal']);
  });

  it('uses one name for all three services with one address', () => {
    const external = byId(derive('single address Edge', product), 'lync-edge-external');
    expect(names(external)).toEqual(['sip.contoso.com']);
  });

  it('follows the plan: an enterprise CA is asked for the external certificates too (a finding warns)', () => {
    const derived = derive('online enterprise CA', product);
    expect(byId(derived, 'lync-edge-external').authority).toBe('enterprise');
    expect(byId(derived, 'lync-reverse-proxy').authority).toBe('enterprise');
  });
});

describe.each(XMPP)('%s: XMPP federation (§11.4)', (product) => {
  it('adds xmpp.<domain> and the bare domain, never a wildcard', () => {
    const external = byId(derive('XMPP federation', product), 'lync-edge-external');
    expect(names(external)).toEqual([
      'sip.contoso.com',
      'webcon.contoso.com',
      'xmpp.contoso.com',
      'contoso.com',
    ]);
    expect(rules(external, 'contoso.com')).toEqual(['lync.san.xmpp-domain']);
    expect(names(external).some((name) => name.startsWith('*'))).toBe(false);
  });
});

describe.each(LYNC_PRODUCTS.filter((id) => LYNC_PROFILES[id]!.xmpp !== 'integrated'))(
  '%s: no XMPP names',
  (product) => {
    it('adds none even when the plan asks for XMPP', () => {
      const certificates = derive('XMPP federation', product).certificates;
      expect(certificates.flatMap(names).some((name) => name.startsWith('xmpp.'))).toBe(false);
    });
  },
);

describe.each(LYNC_PRODUCTS)('%s: reverse proxy certificate', (product) => {
  const profile = LYNC_PROFILES[product]!;

  it('carries the external web FQDN as subject and first name, and what the version publishes', () => {
    const rp = byId(derive('largest', product), 'lync-reverse-proxy');
    expect(rp).toMatchObject({
      role: 'reverse-proxy',
      commonName: 'webext.contoso.com',
      authority: 'public',
      exportable: true,
      servers: [],
    });
    const expected = profile.simpleUrls
      ? [
          'webext.contoso.com',
          'webdir.contoso.com',
          'meet.contoso.com',
          'meet.fabrikam.com',
          'dialin.contoso.com',
          'lyncdiscover.contoso.com',
          'lyncdiscover.fabrikam.com',
        ]
      : ['webext.contoso.com'];
    expect(names(rp)).toEqual(expected);
  });

  it('is left out without an Edge, like the Edge certificates', () => {
    const roles = derive('no Edge', product).certificates.map((certificate) => certificate.role);
    expect(roles).not.toContain('reverse-proxy');
    expect(roles.filter((role) => role.includes('edge'))).toEqual([]);
  });

  it('gives every name a reason with a lync rule and a source', () => {
    for (const certificate of derive('largest', product).certificates) {
      for (const san of certificate.sans) {
        expect(san.reasons.length).toBeGreaterThan(0);
        for (const reason of san.reasons) {
          expect(reason.rule).toMatch(/^lync\./);
          expect(reason.text.length).toBeGreaterThan(20);
        }
      }
    }
  });
});

describe('OCS 2007 R2', () => {
  const ocs = (scenario: string) => derive(scenario, 'ocs-2007r2');

  it('has one pool certificate, copied to every Front End, also for the Web Components', () => {
    const pool = byId(ocs('largest'), 'lync-pool-1');
    expect(pool).toMatchObject({
      role: 'front-end',
      commonName: 'pool01.contoso.com',
      usages: ['Front End (SIP over MTLS and TLS)', 'Web Components (IIS)'],
      exportable: true,
      servers: ['FE01', 'FE02', 'FE03', 'FE04'],
      authority: 'enterprise',
    });
    expect(names(pool)).toEqual([
      'pool01.contoso.com',
      'webint.contoso.com',
      'sip.contoso.com',
      'sip.fabrikam.com',
    ]);
    expect(pool.notes.map((note) => note.rule)).toEqual([
      'lync.ca.internal',
      'lync.ocs.web-components',
      'lync.ocs.pool-copy',
    ]);
    expect(byId(ocs('example'), 'lync-pool-1').exportable).toBe(false);
  });

  it('has separate Access, Web Conferencing and A/V authentication certificates', () => {
    const derived = ocs('largest');
    expect(derived.certificates.map((certificate) => certificate.id)).toEqual([
      'lync-pool-1',
      'lync-director-pool',
      'lync-edge-internal',
      'lync-access-edge',
      'lync-web-conferencing-edge',
      'lync-av-authentication',
      'lync-reverse-proxy',
    ]);
    expect(names(byId(derived, 'lync-access-edge'))).toEqual([
      'sip.contoso.com',
      'sip.fabrikam.com',
    ]);
    expect(names(byId(derived, 'lync-web-conferencing-edge'))).toEqual(['webcon.contoso.com']);
    expect(byId(derived, 'lync-av-authentication')).toMatchObject({
      commonName: 'lsedge.contoso.local',
      authority: 'enterprise',
      exportable: true,
      usages: ['A/V Authentication'],
    });
  });

  it('shares one certificate between Access and Web Conferencing in the 444 layout', () => {
    const derived = ocs('single address Edge');
    expect(derived.certificates.map((certificate) => certificate.id)).not.toContain(
      'lync-web-conferencing-edge',
    );
    const access = byId(derived, 'lync-access-edge');
    expect(access.usages).toEqual([
      'Access Edge external interface',
      'Web Conferencing Edge external interface',
    ]);
    expect(access.notes.map((note) => note.rule)).toContain('lync.ocs.shared-name');
  });

  it('has no simple URL, mobility or web services names anywhere', () => {
    const all = ocs('largest').certificates.flatMap(names);
    expect(all.filter((name) => /^(meet|dialin|admin|lyncdiscover|webdir)/.test(name))).toEqual([]);
  });
});

describe.each(LYNC_PRODUCTS)('%s: every certificate of the largest plan at a glance', (product) => {
  const profile = LYNC_PROFILES[product]!;
  const row = (certificate: PlannedCertificate) => [
    certificate.id,
    certificate.role,
    certificate.usages.join(','),
    certificate.authority,
    certificate.exportable,
    certificate.servers.join(','),
    certificate.keySize,
    certificate.wildcard,
    certificate.replace,
    certificate.extendedKeyUsage.join(','),
    certificate.notes.map((note) => note.rule).join(','),
  ];
  const edges = 'LSEDGE01,LSEDGE02';
  const shellRows = [
    ...[1, 2, 3, 4].map((n) => [
      `lync-front-end-fe0${n}`,
      'front-end',
      'Default,WebServicesInternal,WebServicesExternal',
      'enterprise',
      false,
      `FE0${n}`,
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.internal',
    ]),
    ...[1, 2].map((n) => [
      `lync-director-dir0${n}`,
      'director',
      'Default,WebServicesInternal,WebServicesExternal',
      'enterprise',
      false,
      `DIR0${n}`,
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.internal',
    ]),
    ...(profile.oauth
      ? [
          [
            'lync-oauth',
            'oauth',
            'OAuthTokenIssuer',
            'enterprise',
            true,
            'FE01',
            2048,
            false,
            true,
            'serverAuth',
            'lync.oauth.global,lync.oauth.key-size,lync.oauth.roll',
          ],
        ]
      : []),
    [
      'lync-edge-internal',
      'edge-internal',
      'Internal',
      'enterprise',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.edge-internal,lync.edge.same-certificate',
    ],
    [
      'lync-edge-external',
      'edge-external',
      'AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication',
      'public',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.edge.public-ca,lync.edge.av-name,lync.edge.av-authentication,lync.edge.client-eku,lync.edge.same-certificate',
    ],
  ];
  const ocsRows = [
    [
      'lync-pool-1',
      'front-end',
      'Front End (SIP over MTLS and TLS),Web Components (IIS)',
      'enterprise',
      true,
      'FE01,FE02,FE03,FE04',
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.internal,lync.ocs.web-components,lync.ocs.pool-copy',
    ],
    [
      'lync-director-pool',
      'director',
      'Front End (SIP over MTLS and TLS),Web Components (IIS)',
      'enterprise',
      true,
      'DIR01,DIR02',
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.internal,lync.ocs.web-components,lync.ocs.pool-copy',
    ],
    [
      'lync-edge-internal',
      'edge-internal',
      'Edge internal interface',
      'enterprise',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.ca.edge-internal,lync.edge.same-certificate',
    ],
    [
      'lync-access-edge',
      'access-edge',
      'Access Edge external interface',
      'public',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.edge.public-ca,lync.edge.same-certificate',
    ],
    [
      'lync-web-conferencing-edge',
      'web-conferencing-edge',
      'Web Conferencing Edge external interface',
      'public',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.edge.same-certificate',
    ],
    [
      'lync-av-authentication',
      'av-authentication',
      'A/V Authentication',
      'enterprise',
      true,
      edges,
      2048,
      false,
      true,
      'serverAuth',
      'lync.ocs.av-separate',
    ],
  ];
  const proxyRow = [
    'lync-reverse-proxy',
    'reverse-proxy',
    'Reverse proxy HTTPS listener',
    'public',
    true,
    '',
    2048,
    false,
    true,
    'serverAuth',
    'lync.rp.public-ca',
  ];

  it('has exactly these certificates, roles, uses, issuers, keys, servers and notes', () => {
    expect(derive('largest', product).certificates.map(row)).toEqual([
      ...(profile.tooling === 'wizard' ? ocsRows : shellRows),
      proxyRow,
    ]);
  });

  it("follows the plan's key size on every certificate but OAuth", () => {
    const derived = deriveLync(lyncPlan({}, { certificate: { keySize: 4096 } }), product);
    expect(new Set(derived.certificates.map((certificate) => certificate.keySize))).toEqual(
      new Set([4096]),
    );
  });
});

describe('certificate details that are easy to get wrong', () => {
  const reason = (certificate: PlannedCertificate, name: string) =>
    certificate.sans.find((san) => san.name === name)?.reasons.map((entry) => entry.text);

  it("lists the example plan's certificates and nothing else: no Director without one", () => {
    expect(derive('example', 'sfb-se').certificates.map((c) => c.id)).toEqual([
      'lync-front-end-fe01',
      'lync-oauth',
      'lync-edge-internal',
      'lync-edge-external',
      'lync-reverse-proxy',
    ]);
  });

  it('gives a name its reasons once: the pool FQDN that is also the web FQDN and the server', () => {
    const fe = byId(derive('example', 'sfb-se'), 'lync-front-end-fe01');
    expect(fe.purpose).toBe('Front End FE01: Default, WebServicesInternal and WebServicesExternal');
    expect(rules(fe, 'pool01.contoso.com')).toEqual(['lync.san.pool']);
    const se = byId(derive('Standard Edition', 'sfb-se'), 'lync-front-end-lyncse01');
    expect(rules(se, 'lyncse01.contoso.com')).toEqual(['lync.san.pool']);
  });

  it('explains the pool, the Director pool and their web names in their own words', () => {
    const derived = derive('largest', 'sfb-2019');
    const fe = byId(derived, 'lync-front-end-fe01');
    expect(reason(fe, 'pool01.contoso.com')).toEqual([
      "The pool FQDN, which is also the subject: servers and clients check the names in this list, not the subject, so the subject is repeated here. Request-CsCertificate makes the pool FQDN the subject of every member's certificate; one Microsoft example shows the server's own name instead.",
    ]);
    expect(
      reason(
        byId(derive('Standard Edition', 'sfb-se'), 'lync-front-end-lyncse01'),
        'lyncse01.contoso.com',
      )?.[0],
    ).toMatch(/so the subject is repeated here\.$/);
    expect(reason(fe, 'webext.contoso.com')).toEqual([
      'The external web services FQDN (WebServicesExternal): the reverse proxy forwards requests for it to this pool and checks that the certificate carries it.',
    ]);
    expect(reason(fe, 'webint.contoso.com')).toEqual([
      'The internal web services FQDN (WebServicesInternal): clients inside download the address book, meeting content and updates here.',
    ]);
    expect(reason(fe, 'meet.fabrikam.com')).toEqual([
      'Meet simple URL of fabrikam.com (https://meet.fabrikam.com), served by the web services (WebServicesInternal and WebServicesExternal); each SIP domain has its own Meet URL.',
    ]);
    expect(reason(fe, 'lyncdiscoverinternal.fabrikam.com')?.[0]).toMatch(
      /^Mobile and desktop clients inside look up the Autodiscover service of fabrikam\.com .* one autodiscover summary writes the internal domain instead\.$/,
    );
    const dir = byId(derived, 'lync-director-dir01');
    expect(reason(dir, 'dirpool.contoso.com')?.[0]).toMatch(
      /^The Director pool FQDN, which is also/,
    );
    expect(reason(dir, 'webdir.contoso.com')?.[0]).toMatch(
      /forwards requests for it to this Director and/,
    );
    const rp = byId(derived, 'lync-reverse-proxy');
    expect(reason(rp, 'dialin.contoso.com')).toEqual([
      'Dial-in simple URL (https://dialin.contoso.com), the dial-in conferencing page, served by the web services (WebServicesExternal).',
    ]);
    const ocs = byId(derive('largest', 'ocs-2007r2'), 'lync-pool-1');
    expect(reason(ocs, 'webint.contoso.com')?.[0]).toMatch(
      /^The internal web farm FQDN of the Web Components/,
    );
  });

  it('names a single Director and Edge by the pool FQDN, a larger one by each server too', () => {
    const single = byId(
      deriveLync(
        lyncPlan({ director: { enabled: true, servers: [{ name: 'DIR01', ip: '10.0.0.31' }] } }),
        'sfb-se',
      ),
      'lync-director-dir01',
    );
    expect(names(single)).not.toContain('dir01.contoso.local');
    expect(names(byId(derive('largest', 'sfb-se'), 'lync-director-dir01'))).toContain(
      'dir01.contoso.local',
    );
  });

  it('gives only the first pool the sign-in names', () => {
    const derived = deriveLync(
      lyncPlan({
        pools: [
          { fqdn: 'pool01.contoso.com', frontEnds: [{ name: 'FE01', ip: null }] },
          {
            fqdn: 'pool02.contoso.com',
            frontEnds: [{ name: 'FE02', ip: null }],
            externalWeb: 'webext2.contoso.com',
          },
        ],
      }),
      'sfb-se',
    );
    expect(names(byId(derived, 'lync-front-end-fe01'))).toContain('sip.contoso.com');
    expect(names(byId(derived, 'lync-front-end-fe02'))).not.toContain('sip.contoso.com');
    expect(names(byId(derived, 'lync-reverse-proxy')).slice(0, 2)).toEqual([
      'webext.contoso.com',
      'webext2.contoso.com',
    ]);
  });

  it('names the OCS A/V authentication certificate after the Edge, for every Edge of the array', () => {
    const av = byId(derive('largest', 'ocs-2007r2'), 'lync-av-authentication');
    expect(names(av)).toEqual(['lsedge.contoso.local']);
    expect(av.purpose).toBe('A/V authentication: the key that signs media relay credentials');
  });

  it('says how many Edge servers share the certificate', () => {
    const external = byId(derive('largest', 'sfb-se'), 'lync-edge-external');
    expect(external.notes.at(-1)?.text).toMatch(
      /^All 2 Edge servers of the pool need this exact certificate/,
    );
    const internal = byId(derive('largest', 'sfb-se'), 'lync-edge-internal');
    expect(internal.sans[0]?.reasons[0]?.text).toMatch(/^The Edge pool's internal FQDN/);
    expect(
      byId(derive('example', 'sfb-se'), 'lync-edge-internal').sans[0]?.reasons[0]?.text,
    ).toMatch(/^The Edge server's internal FQDN/);
  });
});

import { describe, expect, it } from 'vitest';
import { isPlanV1, migrateV1 } from './migrate.ts';
import { withV1Defaults } from './v1/defaults.ts';

describe('isPlanV1', () => {
  it.each([
    [{ version: 1 }, true],
    [{ version: 1, lync: {} }, true],
    [{ version: 2, exchange: { version: '2016' } }, false],
    [{ version: '1', exchange: { version: '2016' } }, false],
    [{ exchange: { version: '2016' } }, true],
    [{ exchange: { legacyNamespace: 'legacy.contoso.com' } }, true],
    [{ certificate: { wildcard: true } }, true],
    [{ certificate: { friendlyName: 'x' } }, true],
    [{ certificate: { additionalNames: [] } }, true],
    [{ certificate: { keySize: 2048 }, domains: { primary: 'contoso.com' } }, false],
    [{ exchange: { version: '2016', product: 'exchange-2016' } }, false],
    [{ exchange: { version: '2016', enabled: true } }, false],
    [{ exchange: { version: '2016', certificate: {} } }, false],
    [{ exchange: { version: '2016' }, lync: {} }, false],
    [{ exchange: 'x', certificate: 'y' }, false],
    [{}, false],
    [[], false],
    [null, false],
    ['v1', false],
  ])('%j → %s', (input, v1) => {
    expect(isPlanV1(input)).toBe(v1);
  });
});

describe("v1's frozen defaults", () => {
  it('fill a minimal v1 plan the way v1 did', () => {
    expect(
      withV1Defaults({
        domains: { primary: 'Contoso.COM' },
        certificate: { issueDate: '2026-12-01' },
        exchange: { version: '2016', sites: [{ servers: [{ name: 'EX01' }] }] },
      }),
    ).toEqual({
      organization: { name: '', country: '', state: '', locality: '' },
      domains: { primary: 'Contoso.COM', additional: [], internal: 'contoso.com' },
      certificate: {
        issueDate: '2026-12-01',
        authority: 'public',
        keySize: 2048,
        wildcard: false,
        additionalNames: [],
        validityDays: 199,
        friendlyName: 'mail.contoso.com 2026-12-01',
      },
      exchange: {
        version: '2016',
        sites: [
          {
            name: 'Default-First-Site-Name',
            servers: [{ name: 'EX01', ip: null }],
            publicIp: null,
            internalVip: null,
            namespace: null,
          },
        ],
        coexistWith: 'none',
        namespace: 'mail.contoso.com',
        autodiscover: 'host',
        internalDns: 'split-brain',
        services: { pop: false, imap: false, um: false, edge: false },
        legacy: { namespace: 'legacy.contoso.com', servers: [], publicIp: null },
        edge: { fqdn: 'edge.contoso.com', servers: [], publicIp: null },
        certificateFolder: 'C:\\Certs',
      },
    });
  });

  it('never change the input, and keep what the plan gives', () => {
    const input = {
      organization: { name: 'Contoso', country: 'GB' },
      domains: {
        primary: 'contoso.com',
        additional: ['fabrikam.com'],
        internal: 'corp.contoso.com',
      },
      certificate: {
        issueDate: '2026-12-01',
        authority: 'enterprise',
        keySize: 4096,
        wildcard: true,
        additionalNames: ['x.contoso.com'],
        validityDays: 365,
        friendlyName: 'Mine',
      },
      exchange: {
        namespace: 'OWA.contoso.com',
        coexistWith: '2010',
        autodiscover: 'srv',
        internalDns: 'pin-point',
        certificateFolder: 'D:\\Certs',
        services: { pop: true },
        legacy: {
          namespace: 'old.contoso.com',
          servers: [{ name: 'EX2010' }],
          publicIp: '203.0.113.9',
        },
        edge: { fqdn: 'smtp.contoso.com', servers: [{ name: 'EDGE01' }], publicIp: '203.0.113.8' },
        sites: [
          {
            name: 'Redmond',
            servers: [],
            publicIp: '203.0.113.1',
            internalVip: '10.0.0.1',
            namespace: 'r.contoso.com',
          },
        ],
      },
    };
    const copy = structuredClone(input);
    const filled = withV1Defaults(input);
    expect(input).toEqual(copy);
    expect(filled).toEqual({
      ...copy,
      organization: { name: 'Contoso', country: 'GB', state: '', locality: '' },
      exchange: {
        ...copy.exchange,
        services: { pop: true, imap: false, um: false, edge: false },
        legacy: { ...copy.exchange.legacy, servers: [{ name: 'EX2010', ip: null }] },
        edge: { ...copy.exchange.edge, servers: [{ name: 'EDGE01', ip: null }] },
      },
    });
  });

  it.each([
    ['2026-03-14', 'public', 397],
    ['2026-03-15', 'public', 199],
    ['2027-03-14', 'public', 199],
    ['2027-03-15', 'public', 99],
    ['2029-03-15', 'public', 46],
    ['2019-01-01', 'public', 397],
    [' 2026-12-01 ', 'public', 199],
    ['2026-12-01', 'enterprise', 730],
  ])(
    'default the validity of a certificate issued %j by a %s CA to %i days',
    (issueDate, authority, days) => {
      const filled = withV1Defaults({
        domains: { primary: 'contoso.com' },
        certificate: { issueDate, authority },
      });
      expect(filled.certificate).toMatchObject({
        validityDays: days,
        friendlyName: `mail.contoso.com ${issueDate.trim()}`,
      });
    },
  );

  it('leave validity and FriendlyName to v2 when the issue date is missing or not a date', () => {
    for (const certificate of [{}, { issueDate: 'soon' }, { issueDate: 20261201 }]) {
      const filled = withV1Defaults({ domains: { primary: 'contoso.com' }, certificate });
      expect(filled.certificate).not.toHaveProperty('validityDays');
      expect(filled.certificate).not.toHaveProperty('friendlyName');
    }
  });

  it('write a FriendlyName for an empty one, under 64 characters', () => {
    const long = `${'a'.repeat(60)}.com`;
    const filled = withV1Defaults({
      domains: { primary: 'contoso.com' },
      certificate: { issueDate: '2026-12-01', friendlyName: '' },
      exchange: { namespace: long },
    });
    expect(filled.certificate).toMatchObject({ friendlyName: `${long} 2026-12-01`.slice(0, 63) });
    expect((filled.certificate as { friendlyName: string }).friendlyName).toHaveLength(63);
  });

  it('build no names from an invalid primary domain, and no FriendlyName without a namespace', () => {
    const filled = withV1Defaults({
      domains: { primary: 'bad..name' },
      certificate: { issueDate: '2026-12-01' },
    });
    expect(filled.domains).toEqual({ primary: 'bad..name', additional: [] });
    expect(filled.exchange).not.toHaveProperty('namespace');
    expect(filled.exchange).toMatchObject({
      legacy: { servers: [], publicIp: null },
      edge: { servers: [], publicIp: null },
    });
    expect((filled.exchange as { legacy: object }).legacy).not.toHaveProperty('namespace');
    expect((filled.exchange as { edge: object }).edge).not.toHaveProperty('fqdn');
    expect(filled.certificate).not.toHaveProperty('friendlyName');
  });

  it('keep an invalid namespace for v2 to report, and build no name from it', () => {
    const filled = withV1Defaults({
      domains: { primary: 'contoso.com' },
      certificate: { issueDate: '2026-12-01' },
      exchange: { namespace: 'bad..name' },
    });
    expect(filled.exchange).toMatchObject({ namespace: 'bad..name' });
    expect(filled.certificate).not.toHaveProperty('friendlyName');
  });

  it('move the flat legacyNamespace of the first v1 drafts, unless legacy.namespace is given', () => {
    const moved = withV1Defaults({
      domains: { primary: 'contoso.com' },
      exchange: { legacyNamespace: 'old.contoso.com' },
    });
    expect(moved.exchange).toMatchObject({ legacy: { namespace: 'old.contoso.com' } });
    expect(moved.exchange).not.toHaveProperty('legacyNamespace');
    const kept = withV1Defaults({
      domains: { primary: 'contoso.com' },
      exchange: { legacyNamespace: 'old.contoso.com', legacy: { namespace: 'given.contoso.com' } },
    });
    expect(kept.exchange).toMatchObject({ legacy: { namespace: 'given.contoso.com' } });
    const absent = withV1Defaults({
      domains: { primary: 'contoso.com' },
      exchange: { legacyNamespace: null },
    });
    expect(absent.exchange).toMatchObject({ legacy: { namespace: 'legacy.contoso.com' } });
  });

  it('leave parts that are not objects for v2 to report', () => {
    const filled = withV1Defaults({
      organization: 'x',
      domains: 5,
      certificate: [],
      exchange: { sites: 'x', legacy: 'y', edge: { servers: 'z' }, services: null },
    });
    expect(filled).toEqual({
      organization: 'x',
      domains: 5,
      certificate: [],
      exchange: {
        sites: 'x',
        legacy: 'y',
        edge: { servers: 'z', publicIp: null },
        services: { pop: false, imap: false, um: false, edge: false },
        coexistWith: 'none',
        autodiscover: 'host',
        internalDns: 'split-brain',
        certificateFolder: 'C:\\Certs',
      },
    });
  });

  it('fill sites and servers that are objects, and leave the rest', () => {
    const filled = withV1Defaults({
      exchange: {
        sites: [{ servers: [{ name: 'EX01', ip: '10.0.0.1' }, 'EX02'] }, 'site', { servers: 'x' }],
      },
    });
    expect((filled.exchange as { sites: unknown }).sites).toEqual([
      {
        name: 'Default-First-Site-Name',
        servers: [{ name: 'EX01', ip: '10.0.0.1' }, 'EX02'],
        publicIp: null,
        internalVip: null,
        namespace: null,
      },
      'site',
      {
        name: 'Default-First-Site-Name',
        servers: 'x',
        publicIp: null,
        internalVip: null,
        namespace: null,
      },
    ]);
  });
});

describe('migrateV1', () => {
  it('moves the client certificate fields under exchange and names the product', () => {
    const v2 = migrateV1({
      version: 1,
      domains: { primary: 'contoso.com' },
      certificate: {
        issueDate: '2026-12-01',
        wildcard: true,
        friendlyName: 'F',
        additionalNames: ['a.contoso.com'],
      },
      exchange: { version: ' SE ' },
    });
    expect(v2.version).toBe(2);
    expect(v2.certificate).toEqual({
      issueDate: '2026-12-01',
      authority: 'public',
      keySize: 2048,
      validityDays: 199,
    });
    expect(v2.exchange).toMatchObject({
      enabled: true,
      product: 'exchange-se',
      certificate: { wildcard: true, friendlyName: 'F', additionalNames: ['a.contoso.com'] },
    });
    expect(v2.exchange).not.toHaveProperty('version');
    expect(v2).not.toHaveProperty('lync');
  });

  it.each([
    ['2013', 'exchange-2013'],
    [2016, 'exchange-2016'],
    ['2019', 'exchange-2019'],
    ['se', 'exchange-se'],
    ['2010', '2010'],
    [true, true],
  ])('turns the v1 version %j into the product %j', (version, product) => {
    expect(migrateV1({ exchange: { version } }).exchange).toMatchObject({ product });
  });

  it('leaves the product out when v1 had no version, for v2 to default', () => {
    expect(migrateV1({ exchange: {} }).exchange).not.toHaveProperty('product');
  });

  it('passes parts that are not objects through for v2 to report', () => {
    const v2 = migrateV1({ certificate: 'x', exchange: 'y', organization: 3 });
    expect(v2).toEqual({
      version: 2,
      certificate: 'x',
      exchange: 'y',
      organization: 3,
      domains: { additional: [] },
    });
  });

  it('keeps the certificate fields out of exchange when exchange is not an object', () => {
    const v2 = migrateV1({ certificate: { wildcard: true, keySize: 4096 }, exchange: 5 });
    expect(v2.certificate).toEqual({ keySize: 4096, authority: 'public' });
    expect(v2.exchange).toBe(5);
  });
});

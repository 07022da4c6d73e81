/**
 * Names on the certificates, per version, for the scenarios of reference/exchange.md §1.3 and §2.3–2.7
 * and the Exchange 2013 seed article.
 */
import { describe, expect, it } from 'vitest';
import { EXCHANGE_PRODUCTS, planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import type { Derived } from '../derived.ts';
import type { Plan } from '../plan/plan.ts';
import type { ExchangeProductId } from '../products.ts';
import { deriveExchange } from './derive.ts';

const client = (derived: Derived) => derived.certificates[0]!;
const sanNames = (derived: Derived) => client(derived).sans.map((san) => san.name);

describe.each(EXCHANGE_PRODUCTS)('Exchange %s certificates', (version) => {
  it('puts the namespace (as subject) and autodiscover on the client access certificate, nothing else', () => {
    const derived = deriveExchange(SCENARIOS.example!, version);
    expect(client(derived).subject).toBe(
      'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com',
    );
    expect(sanNames(derived)).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);
    expect(client(derived).usages).toEqual(['IIS', 'SMTP']);
    expect(client(derived).servers).toEqual(['EX01', 'EX02']);
  });

  it('describes each certificate completely: role, purpose, usages, key, authority, servers', () => {
    const example = deriveExchange(SCENARIOS.example!, version);
    expect(client(example)).toMatchObject({
      id: 'exchange-client-access',
      role: 'client-access',
      purpose: 'Client access: HTTPS for every Exchange web service, SMTP TLS, POP3/IMAP4',
      commonName: 'mail.contoso.com',
      extendedKeyUsage: ['serverAuth'],
      authority: 'public',
      exportable: true,
      keySize: 2048,
      wildcard: false,
      replace: true,
    });
    const enterprise = deriveExchange(
      planWith({ certificate: { authority: 'enterprise', keySize: 4096 } }),
      version,
    );
    expect(client(enterprise)).toMatchObject({ authority: 'enterprise', keySize: 4096 });
    const edge = deriveExchange(SCENARIOS.largest!, version).certificates.find(
      (certificate) => certificate.id === 'exchange-edge',
    );
    expect(edge).toMatchObject({
      role: 'edge-transport',
      purpose: 'Edge Transport: SMTP TLS for mail from and to the internet',
      subject: 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=smtp.contoso.com',
      extendedKeyUsage: ['serverAuth'],
      authority: 'public',
      exportable: true,
      keySize: 2048,
      wildcard: false,
      replace: true,
    });
    expect(edge?.notes.map((note) => note.rule)).toEqual(['exchange.edge.edgesync']);
  });

  it('says how long the self-signed SMTP default it keeps lasts on this version', () => {
    const note = client(deriveExchange(SCENARIOS.example!, version)).notes.find(
      (candidate) => candidate.rule === 'exchange.client.keep-default-smtp',
    );
    expect(note?.text).toContain(
      version === 'exchange-2007' ? '(valid one year)' : '(valid 5 years)',
    );
    expect(note?.source).toBe('PS-Enable');
  });

  it('gives every name a reason with a rule and a source', () => {
    for (const certificate of deriveExchange(SCENARIOS.largest!, version).certificates) {
      for (const san of certificate.sans) {
        expect(san.reasons.length).toBeGreaterThan(0);
        for (const reason of san.reasons)
          expect(reason).toMatchObject({
            rule: expect.stringMatching(/^exchange\./),
            text: expect.any(String),
            source: expect.any(String),
          });
      }
    }
  });

  it('never puts a server name or an internal name on it (2013+ guidance)', () => {
    const names = sanNames(deriveExchange(SCENARIOS.largest!, version));
    expect(names.some((name) => /^ex0\d/i.test(name) || name.endsWith('.local'))).toBe(false);
  });

  it('adds autodiscover.<domain> for additional domains in host mode, and nothing in SRV mode', () => {
    expect(sanNames(deriveExchange(SCENARIOS['additional domains by host']!, version))).toContain(
      'autodiscover.fabrikam.com',
    );
    expect(
      sanNames(deriveExchange(SCENARIOS['additional domains by SRV']!, version)),
    ).not.toContain('autodiscover.fabrikam.com');
  });

  it('adds each bound-model site namespace', () => {
    expect(sanNames(deriveExchange(SCENARIOS['bound model, two sites']!, version))).toEqual([
      'mail.contoso.com',
      'mail2.contoso.com',
      'autodiscover.contoso.com',
    ]);
  });

  it('enables POP and IMAP on a SAN certificate but never on a wildcard one', () => {
    const san = deriveExchange(
      planWith({ exchange: { services: { pop: true, imap: true } } }),
      version,
    );
    expect(client(san).usages).toEqual(['IIS', 'SMTP', 'POP', 'IMAP']);
    const wildcard = deriveExchange(SCENARIOS['wildcard with POP and IMAP']!, version);
    expect(client(wildcard).usages).toEqual(['IIS', 'SMTP']);
    expect(client(wildcard).subject).toMatch(/,CN=\*\.contoso\.com$/);
    expect(sanNames(wildcard)).toEqual(['*.contoso.com']);
  });

  it('lists names a wildcard does not cover next to it', () => {
    const derived = deriveExchange(
      planWith({
        exchange: { certificate: { wildcard: true } },
        domains: { additional: ['fabrikam.com'] },
      }),
      version,
    );
    expect(sanNames(derived)).toEqual(['*.contoso.com', 'autodiscover.fabrikam.com']);
  });

  it('keeps the Auth certificate (2013 and later) separate and marks it as never replaced', () => {
    const auth = deriveExchange(SCENARIOS.example!, version).certificates.find(
      (certificate) => certificate.id === 'exchange-auth',
    );
    if (version === 'exchange-2007' || version === 'exchange-2010') {
      // Exchange 2007 and 2010 have no OAuth certificate (EX13-OAuth: created by 2013 Setup).
      expect(auth).toBeUndefined();
      return;
    }
    expect(auth).toMatchObject({
      role: 'auth',
      subject: 'CN=Microsoft Exchange Server Auth Certificate',
      commonName: 'Microsoft Exchange Server Auth Certificate',
      sans: [],
      usages: ['SMTP'],
      extendedKeyUsage: ['serverAuth'],
      authority: 'self-signed',
      servers: [],
      replace: false,
    });
    expect(auth?.notes.map((note) => note.rule)).toEqual([
      'exchange.auth.keep',
      'exchange.auth.expired',
    ]);
  });

  it('notes that the self-signed SMTP default stays, and no server names go on', () => {
    const notes = client(deriveExchange(SCENARIOS.example!, version)).notes.map(
      (note) => note.rule,
    );
    expect(notes).toEqual(
      expect.arrayContaining([
        'exchange.client.no-server-names',
        'exchange.client.keep-default-smtp',
      ]),
    );
  });

  it('gives the Edge servers their own SMTP certificate for the MX name', () => {
    const edge = deriveExchange(SCENARIOS.largest!, version).certificates.find(
      (certificate) => certificate.id === 'exchange-edge',
    );
    expect(edge).toMatchObject({
      commonName: 'smtp.contoso.com',
      usages: ['SMTP'],
      servers: ['EDGE01', 'EDGE02'],
    });
    expect(edge?.sans.map((san) => san.name)).toEqual(['smtp.contoso.com']);
  });
});

describe('version differences', () => {
  it('adds the legacy name for 2010 and 2013 coexisting with 2007, with the 2007 servers', () => {
    const plan = SCENARIOS['coexistence with 2007']!;
    for (const version of ['exchange-2010', 'exchange-2013'] as const) {
      const derived = deriveExchange(plan, version);
      expect(sanNames(derived)).toEqual([
        'mail.contoso.com',
        'autodiscover.contoso.com',
        'legacy.contoso.com',
      ]);
      expect(client(derived).servers).toEqual(['EX01', 'EX02', 'EX2007']);
      expect(client(derived).sans[2]?.reasons[0]?.source).toBe(
        version === 'exchange-2010' ? 'E10-Trans' : 'EX13-Certs',
      );
    }
    for (const version of ['exchange-2016', 'exchange-2019', 'exchange-se'] as const) {
      expect(sanNames(deriveExchange(plan, version))).not.toContain('legacy.contoso.com');
      expect(client(deriveExchange(plan, version)).servers).toEqual(['EX01', 'EX02']);
    }
  });

  it('puts the older servers of a same-namespace migration on the certificate, with no extra name', () => {
    const derived = deriveExchange(SCENARIOS['coexistence with 2010']!, 'exchange-2016');
    expect(sanNames(derived)).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);
    expect(client(derived).servers).toEqual(['EX01', 'EX02', 'EX2010A', 'EX2010B']);
  });

  it('2010 site resilience: a namespace and a failback name per datacenter, RPC arrays off (NS2016)', () => {
    const plan = SCENARIOS['site resilience, two datacenters (2010 names)']!;
    const derived = deriveExchange(plan, 'exchange-2010');
    expect(sanNames(derived)).toEqual([
      'mail.contoso.com',
      'mailpri.contoso.com',
      'mail2.contoso.com',
      'mailsec.contoso.com',
      'autodiscover.contoso.com',
    ]);
    expect(
      client(derived).notes.filter((note) => note.rule === 'exchange.client.cas-array-off'),
    ).toHaveLength(2);
    // From 2013 there are no failback names (NS2016), only the per-site namespaces of the bound model.
    expect(sanNames(deriveExchange(plan, 'exchange-2016'))).toEqual([
      'mail.contoso.com',
      'mail2.contoso.com',
      'autodiscover.contoso.com',
    ]);
  });

  it('SBS 2008: the remote name only, Autodiscover by SRV, and what stays off', () => {
    const derived = deriveExchange(SCENARIOS['SBS 2008']!, 'exchange-2007');
    expect(sanNames(derived)).toEqual(['remote.contoso.com']);
    expect(client(derived).sans[0]?.reasons.map((reason) => reason.rule)).toContain(
      'exchange.san.sbs',
    );
    expect(client(derived).notes.map((note) => note.rule)).toContain('exchange.client.sbs-off');
    // The same plan on 2010 is not SBS 2008: autodiscover is back (and a finding says why).
    expect(sanNames(deriveExchange(SCENARIOS['SBS 2008']!, 'exchange-2010'))).toContain(
      'autodiscover.contoso.com',
    );
  });

  it('lists the subject first in a 2007 request only (E07-Multi)', () => {
    const derived = deriveExchange(SCENARIOS['additional domains by host']!, 'exchange-2007');
    expect(sanNames(derived)[0]).toBe('mail.contoso.com');
  });

  it('derives one UM certificate per server, subject = server FQDN, from 2007 to 2016', () => {
    const plan = SCENARIOS['Unified Messaging']!;
    for (const version of ['exchange-2007', 'exchange-2010'] as const) {
      const um = deriveExchange(plan, version).certificates.filter((certificate) =>
        certificate.usages.includes('UM'),
      );
      expect(um.map((certificate) => [certificate.commonName, certificate.usages.join()])).toEqual([
        ['ex01.contoso.local', 'UM'],
        ['ex02.contoso.local', 'UM'],
      ]);
      expect(um[0]).toMatchObject({
        id: 'exchange-um-ex01',
        role: 'unified-messaging',
        purpose: 'Unified Messaging on EX01 (TLS to Lync/Skype for Business and IP gateways)',
        authority: 'enterprise',
        exportable: true,
        servers: ['EX01'],
        extendedKeyUsage: ['serverAuth'],
        replace: true,
      });
      expect(um[0]!.notes.map((note) => note.rule)).toEqual(['exchange.um.trusted-ca']);
    }
    for (const version of ['exchange-2013', 'exchange-2016'] as const) {
      const um = deriveExchange(plan, version).certificates.filter((certificate) =>
        certificate.usages.includes('UM'),
      );
      expect(um.map((certificate) => certificate.subject)).toEqual([
        'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=ex01.contoso.local',
        'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=ex02.contoso.local',
      ]);
      expect(
        um.every(
          (certificate) =>
            certificate.authority === 'enterprise' &&
            certificate.usages.join() === 'UM,UMCallRouter',
        ),
      ).toBe(true);
      expect(um[1]!.purpose).toBe(
        'Unified Messaging and UM Call Router on EX02 (TLS to Lync/Skype for Business and IP gateways)',
      );
    }
    for (const version of ['exchange-2019', 'exchange-se'] as const) {
      expect(
        deriveExchange(plan, version).certificates.some((certificate) =>
          certificate.usages.includes('UM'),
        ),
      ).toBe(false);
    }
  });
});

describe("why the namespace is on the certificate, in the version's words", () => {
  const namespaceReason = (plan: Plan, version: ExchangeProductId) =>
    client(deriveExchange(plan, version)).sans[0]!.reasons[0]!;

  it("lists what answers on the namespace: the version's directories, Outlook Anywhere and SMTP", () => {
    expect(namespaceReason(SCENARIOS.example!, 'exchange-2007')).toMatchObject({
      rule: 'exchange.san.namespace',
      source: 'E07-Blog2',
    });
    expect(namespaceReason(SCENARIOS.example!, 'exchange-2007').text).toContain(
      'The shared client namespace: Outlook Web Access, Exchange Web Services, ActiveSync, Offline address book, Outlook Anywhere (RPC over HTTP), SMTP with STARTTLS from the internet answer on this name',
    );
    expect(namespaceReason(SCENARIOS.example!, 'exchange-2016').text).toContain(
      'Outlook on the web, Exchange admin center, Exchange Web Services, ActiveSync, Offline address book, MAPI over HTTP, Outlook Anywhere, SMTP with STARTTLS from the internet answer',
    );
  });

  it('adds POP3/IMAP4 and the 2007 UM web services where used, and leaves SMTP to the Edge', () => {
    const um = namespaceReason(SCENARIOS['Unified Messaging']!, 'exchange-2007').text;
    expect(um).toContain('Outlook Anywhere (RPC over HTTP), the Unified Messaging web services,');
    expect(namespaceReason(SCENARIOS['Unified Messaging']!, 'exchange-2010').text).not.toContain(
      'Unified Messaging',
    );
    const largest = namespaceReason(SCENARIOS.largest!, 'exchange-2013').text;
    expect(largest).toContain('Outlook Anywhere, POP3/IMAP4 answer on this name');
    expect(largest).not.toContain('SMTP with STARTTLS');
  });
});

describe('subject', () => {
  it('quotes organisation values that contain DN special characters', () => {
    const derived = deriveExchange(
      planWith({ organization: { name: 'Contoso, Ltd.' } }),
      'exchange-2019',
    );
    expect(client(derived).subject).toBe(
      'C=US,S=Washington,L=Redmond,O="Contoso, Ltd.",CN=mail.contoso.com',
    );
  });

  it('leaves out fields that are not given', () => {
    const derived = deriveExchange(
      planWith({ organization: { name: '', state: '', locality: '' } }),
      'exchange-2019',
    );
    expect(client(derived).subject).toBe('C=US,CN=mail.contoso.com');
  });
});

describe('Exchange 2013 seed article', () => {
  it('needs the namespace, autodiscover and, with 2007, a legacy name, and no server FQDNs', () => {
    const derived = deriveExchange(
      planWith({
        exchange: {
          product: 'exchange-2013',
          coexistWith: '2007',
          legacy: { servers: [{ name: 'EX2007', ip: '10.0.0.7' }] },
          certificate: { additionalNames: ['ex01.contoso.local'] },
        },
      }),
    );
    expect(sanNames(derived).slice(0, 3)).toEqual([
      'mail.contoso.com',
      'autodiscover.contoso.com',
      'legacy.contoso.com',
    ]);
    expect(derived.findings.map((finding) => finding.id)).toEqual(
      expect.arrayContaining(['server-name-on-certificate', 'internal-name-on-public-certificate']),
    );
  });
});

/** DNS records per scenario (reference/exchange.md §2.3–2.7: EX-Post's tables, EX-AD, pin-point zones). */
import { describe, expect, it } from 'vitest';
import { planWith, SCENARIOS } from '../../../../tests/support/scenarios.ts';
import { EXCHANGE_PRODUCTS } from '../../../../tests/support/scenarios.ts';
import type { DnsRecord } from '../derived.ts';
import { deriveExchange } from './derive.ts';

const brief = (records: DnsRecord[]) =>
  records.map((record) =>
    [
      record.view,
      record.zone,
      record.name,
      record.type,
      record.value,
      record.priority ?? null,
      record.port ?? null,
    ].join(' '),
  );

describe.each(EXCHANGE_PRODUCTS)('Exchange %s DNS', (version) => {
  it("publishes EX-Post's records for the example plan, with pin-point zones inside (AD domain contoso.local)", () => {
    expect(brief(deriveExchange(SCENARIOS.example!, version).dns)).toEqual([
      'external contoso.com mail.contoso.com A 203.0.113.10  ',
      'external contoso.com autodiscover.contoso.com CNAME mail.contoso.com  ',
      'external contoso.com contoso.com MX mail.contoso.com 10 ',
      'external contoso.com contoso.com TXT v=spf1 ip4:203.0.113.10 ~all  ',
      'external 113.0.203.in-addr.arpa 10.113.0.203.in-addr.arpa PTR mail.contoso.com  ',
      'internal mail.contoso.com mail.contoso.com A 10.0.0.11  ',
      'internal mail.contoso.com mail.contoso.com A 10.0.0.12  ',
      'internal autodiscover.contoso.com autodiscover.contoso.com A 10.0.0.11  ',
      'internal autodiscover.contoso.com autodiscover.contoso.com A 10.0.0.12  ',
    ]);
  });

  it('keeps split-brain records in the Active Directory zone when the AD domain is the public one', () => {
    const internal = deriveExchange(
      planWith({ domains: { internal: 'contoso.com' } }),
      version,
    ).dns.filter((record) => record.view === 'internal');
    expect(brief(internal)).toEqual([
      'internal contoso.com mail.contoso.com A 10.0.0.11  ',
      'internal contoso.com mail.contoso.com A 10.0.0.12  ',
      'internal contoso.com autodiscover.contoso.com CNAME mail.contoso.com  ',
    ]);
  });

  it('gives every record a reason with a source', () => {
    for (const record of deriveExchange(SCENARIOS.largest!, version).dns) {
      expect(record.reason).toMatchObject({
        rule: expect.stringMatching(/^exchange\.dns\./),
        text: expect.any(String),
        source: expect.any(String),
      });
    }
  });
});

describe('DNS scenarios', () => {
  it('publishes an SRV record per additional domain in SRV mode, pointing at the namespace on 443', () => {
    const srv = deriveExchange(SCENARIOS['additional domains by SRV']!).dns.filter(
      (record) => record.type === 'SRV',
    );
    expect(srv).toEqual([
      expect.objectContaining({
        view: 'external',
        zone: 'fabrikam.com',
        name: '_autodiscover._tcp.fabrikam.com',
        value: 'mail.contoso.com',
        priority: 0,
        weight: 0,
        port: 443,
      }),
    ]);
  });

  it('publishes an autodiscover alias per additional domain in host mode', () => {
    const records = deriveExchange(SCENARIOS['additional domains by host']!).dns;
    expect(brief(records.filter((record) => record.name === 'autodiscover.fabrikam.com'))).toEqual([
      'external fabrikam.com autodiscover.fabrikam.com CNAME mail.contoso.com  ',
    ]);
    expect(brief(records.filter((record) => record.type === 'MX'))).toEqual([
      'external contoso.com contoso.com MX mail.contoso.com 10 ',
      'external fabrikam.com fabrikam.com MX mail.contoso.com 10 ',
    ]);
  });

  it('points every MX at the Edge and publishes the Edge address when there are Edge servers', () => {
    const records = deriveExchange(SCENARIOS.largest!).dns;
    const mx = records.filter((record) => record.type === 'MX');
    expect(mx).toHaveLength(10);
    expect(new Set(mx.map((record) => record.value))).toEqual(new Set(['smtp.contoso.com']));
    expect(brief(records.filter((record) => record.name === 'smtp.contoso.com'))).toEqual([
      'external contoso.com smtp.contoso.com A 198.51.100.30  ',
    ]);
    expect(brief(records.filter((record) => record.type === 'PTR'))).toEqual([
      'external 100.51.198.in-addr.arpa 30.100.51.198.in-addr.arpa PTR smtp.contoso.com  ',
    ]);
  });

  it('makes pin-point zones named after each host, with A records at the apex (no CNAME at an apex)', () => {
    const internal = deriveExchange(SCENARIOS['pin-point DNS']!).dns.filter(
      (record) => record.view === 'internal',
    );
    expect(brief(internal)).toEqual([
      'internal mail.contoso.com mail.contoso.com A 10.0.0.11  ',
      'internal mail.contoso.com mail.contoso.com A 10.0.0.12  ',
      'internal autodiscover.contoso.com autodiscover.contoso.com A 10.0.0.11  ',
      'internal autodiscover.contoso.com autodiscover.contoso.com A 10.0.0.12  ',
    ]);
  });

  it('uses the load-balancer address instead of each server when the site has one', () => {
    const internal = deriveExchange(SCENARIOS['load balancer address']!).dns.filter(
      (record) => record.view === 'internal' && record.type === 'A',
    );
    expect(brief(internal)).toEqual([
      'internal mail.contoso.com mail.contoso.com A 10.0.0.10  ',
      'internal autodiscover.contoso.com autodiscover.contoso.com A 10.0.0.10  ',
    ]);
  });

  it('resolves each bound-model namespace to its own site', () => {
    const records = deriveExchange(SCENARIOS['bound model, two sites']!).dns;
    const external = records.filter((record) => record.view === 'external' && record.type === 'A');
    expect(brief(external)).toEqual([
      'external contoso.com mail.contoso.com A 198.51.100.10  ',
      'external contoso.com mail2.contoso.com A 198.51.100.20  ',
    ]);
    expect(
      records
        .filter((record) => record.view === 'internal' && record.name === 'mail2.contoso.com')
        .map((record) => record.value),
    ).toEqual(['10.2.0.15', '10.2.0.16', '10.2.0.17', '10.2.0.18']);
  });

  it.each(['exchange-2010', 'exchange-2013'] as const)(
    'adds legacy records inside and out for %s with 2007',
    (version) => {
      const legacy = deriveExchange(SCENARIOS['coexistence with 2007']!, version).dns.filter(
        (record) => record.name === 'legacy.contoso.com',
      );
      expect(brief(legacy)).toEqual([
        'external contoso.com legacy.contoso.com A 198.51.100.40  ',
        'internal legacy.contoso.com legacy.contoso.com A 10.0.0.7  ',
      ]);
    },
  );

  it('creates the split-brain copy of the public zone only when the reader turns pin-point off', () => {
    const internal = deriveExchange(
      SCENARIOS['split-brain kept outside the AD domain']!,
    ).dns.filter((record) => record.view === 'internal');
    expect(new Set(internal.map((record) => record.zone))).toEqual(new Set(['contoso.com']));
    expect(internal.find((record) => record.name === 'autodiscover.contoso.com')?.type).toBe(
      'CNAME',
    );
  });

  it('SBS 2008: remote A and MX, the SPF record, SRV Autodiscover for the domain, a remote pin-point zone inside', () => {
    const records = deriveExchange(SCENARIOS['SBS 2008']!, 'exchange-2007').dns;
    expect(brief(records)).toEqual([
      'external contoso.com remote.contoso.com A 198.51.100.10  ',
      'external contoso.com _autodiscover._tcp.contoso.com SRV remote.contoso.com 0 443',
      'external contoso.com contoso.com MX remote.contoso.com 10 ',
      'external contoso.com contoso.com TXT v=spf1 ip4:198.51.100.10 ~all  ',
      'external 100.51.198.in-addr.arpa 10.100.51.198.in-addr.arpa PTR remote.contoso.com  ',
      'internal remote.contoso.com remote.contoso.com A 10.0.0.2  ',
    ]);
    expect(
      records.every((record) => record.reason.source === 'SBS-IAMW' || record.type !== 'SRV'),
    ).toBe(true);
  });

  it('2010 site resilience: failback names in and out, the RPC array inside only', () => {
    const records = deriveExchange(
      SCENARIOS['site resilience, two datacenters (2010 names)']!,
      'exchange-2010',
    ).dns;
    const named = (name: string) => brief(records.filter((record) => record.name === name));
    expect(named('mailpri.contoso.com')).toEqual([
      'external contoso.com mailpri.contoso.com A 198.51.100.10  ',
      'internal mailpri.contoso.com mailpri.contoso.com A 10.1.0.10  ',
    ]);
    expect(named('mailsec.contoso.com')).toEqual([
      'external contoso.com mailsec.contoso.com A 198.51.100.20  ',
      'internal mailsec.contoso.com mailsec.contoso.com A 10.2.0.10  ',
    ]);
    expect(named('outlook.contoso.local')).toEqual([
      'internal contoso.local outlook.contoso.local A 10.1.0.10  ',
    ]);
    expect(named('outlook2.contoso.local')).toEqual([
      'internal contoso.local outlook2.contoso.local A 10.2.0.10  ',
    ]);
    // 2013 and later: no failback names, no RPC array records.
    const later = deriveExchange(
      SCENARIOS['site resilience, two datacenters (2010 names)']!,
      'exchange-2016',
    ).dns;
    expect(later.some((record) => /mailpri|mailsec|outlook/.test(record.name))).toBe(false);
  });

  it('gives each sending address a PTR whose name resolves back to it, and an SPF record naming them', () => {
    const bound = deriveExchange(SCENARIOS['bound model, two sites']!).dns;
    expect(brief(bound.filter((record) => record.type === 'PTR'))).toEqual([
      'external 100.51.198.in-addr.arpa 10.100.51.198.in-addr.arpa PTR mail.contoso.com  ',
      'external 100.51.198.in-addr.arpa 20.100.51.198.in-addr.arpa PTR mail2.contoso.com  ',
    ]);
    expect(bound.find((record) => record.type === 'TXT')?.value).toBe(
      'v=spf1 ip4:198.51.100.10 ip4:198.51.100.20 ~all',
    );
    const edge = deriveExchange(SCENARIOS.largest!).dns.filter((record) => record.type === 'TXT');
    expect(edge).toHaveLength(10);
    expect(new Set(edge.map((record) => record.value))).toEqual(
      new Set(['v=spf1 ip4:198.51.100.30 ~all']),
    );
  });

  it('never invents an address: unknown ones are null with a plain explanation', () => {
    const records = deriveExchange(SCENARIOS['addresses not known']!).dns;
    const addressRecords = records.filter((record) => record.type === 'A');
    expect(addressRecords.length).toBeGreaterThan(0);
    for (const record of addressRecords) {
      expect(record.value).toBeNull();
      expect(record.missing).toMatch(/IP address of (site HQ|EX0[12])/);
    }
    expect(records.some((record) => record.type === 'PTR')).toBe(false);
    expect(records.find((record) => record.type === 'TXT')).toMatchObject({
      value: null,
      missing: 'the public IP address mail is sent from',
    });
  });
});

/**
 * DNS records per version: Microsoft's DNS summaries (reference/lync.md §2.2, §3.2, §4.4, §5.2),
 * SRV priority/weight/port, strict domain matching, lyncdiscover as A records.
 */
import { describe, expect, it } from 'vitest';
import {
  LYNC_PRODUCTS,
  LYNC_SCENARIOS,
  lyncPlan,
} from '../../../../tests/support/lync-scenarios.ts';
import { describeRecord } from '../common/dns.ts';
import type { Derived, DnsRecord } from '../derived.ts';
import type { LyncProductId } from '../products.ts';
import { deriveLync } from './derive.ts';
import { LYNC_PROFILES } from './profiles/index.ts';

const dns = (scenario: string, product: LyncProductId) =>
  deriveLync(LYNC_SCENARIOS[scenario]!, product).dns;
const lines = (records: DnsRecord[], view: 'internal' | 'external') =>
  records.filter((record) => record.view === view).map(describeRecord);
const find = (records: DnsRecord[], view: string, name: string, type = 'A') =>
  records.filter((record) => record.view === view && record.name === name && record.type === type);

describe.each(LYNC_PRODUCTS)('%s DNS', (product) => {
  const profile = LYNC_PROFILES[product]!;
  const mobility = profile.mobility.available;
  const simple = profile.simpleUrls;

  it('writes the public records of Microsoft example: A per Edge name and sip.<domain>, SRV 443 and 5061', () => {
    const records = dns('Microsoft example, two SIP domains', product);
    expect(lines(records, 'external')).toEqual([
      'sip.contoso.com A 131.107.155.10',
      'sip.fabrikam.com A 131.107.155.10',
      'webcon.contoso.com A 131.107.155.20',
      'av.contoso.com A 131.107.155.30',
      '_sip._tls.contoso.com SRV 0 0 443 sip.contoso.com',
      '_sipfederationtls._tcp.contoso.com SRV 0 0 5061 sip.contoso.com',
      '_sip._tls.fabrikam.com SRV 0 0 443 sip.fabrikam.com',
      '_sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 sip.fabrikam.com',
      'webcon01.contoso.com A 131.107.155.40',
      ...(simple
        ? [
            'meet.contoso.com A 131.107.155.40',
            'meet.fabrikam.com A 131.107.155.40',
            'dialin.contoso.com A 131.107.155.40',
          ]
        : []),
      ...(mobility
        ? [
            'lyncdiscover.contoso.com A 131.107.155.40',
            'lyncdiscover.fabrikam.com A 131.107.155.40',
          ]
        : []),
    ]);
    const srv = records.find((record) => record.name === '_sip._tls.fabrikam.com')!;
    expect(srv).toMatchObject({
      zone: 'fabrikam.com',
      priority: 0,
      weight: 0,
      port: 443,
      ttl: 3600,
    });
  });

  it('points every SRV record at a host in its own domain (strict domain matching)', () => {
    for (const scenario of Object.keys(LYNC_SCENARIOS)) {
      for (const record of dns(scenario, product).filter((entry) => entry.type === 'SRV')) {
        const domain = record.name.split('.').slice(2).join('.');
        expect(record.value!.endsWith(`.${domain}`), describeRecord(record)).toBe(true);
        expect(record.zone).toBe(domain);
      }
    }
  });

  it('sends _sipinternaltls to sip.<domain> when the pool is in the Active Directory domain', () => {
    const records = dns('pool in the Active Directory domain', product);
    expect(find(records, 'internal', '_sipinternaltls._tcp.contoso.com', 'SRV')).toEqual([
      expect.objectContaining({ value: 'sip.contoso.com', port: 5061, priority: 0, weight: 0 }),
    ]);
    expect(find(records, 'internal', 'sip.contoso.com').map((record) => record.value)).toEqual(
      profile.dnsLoadBalancing ? ['10.0.0.21', '10.0.0.22'] : ['10.0.0.20'],
    );
    expect(
      find(records, 'internal', '_sipinternaltls._tcp.contoso.com', 'SRV')[0]?.reason.text,
    ).toMatch(/pool01\.contoso\.local is not, so sip\.contoso\.com stands in for it/);
  });

  it('writes the internal records of the largest plan, zone by zone', () => {
    const records = dns('largest', product);
    const pool = find(records, 'internal', 'pool01.contoso.com').map((record) => record.value);
    expect(pool).toEqual(
      profile.dnsLoadBalancing
        ? ['10.0.0.21', '10.0.0.22', '10.0.0.23', '10.0.0.24']
        : ['10.0.0.20'],
    );
    expect(find(records, 'internal', 'webint.contoso.com')[0]?.value).toBe('10.0.0.20');
    expect(find(records, 'internal', 'ucupdates-r2.fabrikam.com')[0]).toMatchObject({
      zone: 'fabrikam.com',
      value: '10.0.0.20',
    });
    expect(find(records, 'internal', 'lsedge.contoso.local').map((record) => record.value)).toEqual(
      ['172.16.0.11', '172.16.0.12'],
    );
    expect(find(records, 'internal', 'lsedge02.contoso.local')[0]).toMatchObject({
      zone: 'contoso.local',
      value: '172.16.0.12',
    });
    expect(find(records, 'internal', 'dirpool.contoso.com').map((record) => record.value)).toEqual([
      '10.0.0.31',
      '10.0.0.32',
    ]);
    expect(find(records, 'internal', 'fe03.contoso.local')[0]?.reason.rule).toBe(
      'lync.dns.internal.server',
    );
  });

  it('sends simple URLs and lyncdiscoverinternal to the Director when there is one', () => {
    const records = dns('largest', product);
    const hosts = [
      ...(simple
        ? ['meet.contoso.com', 'meet.fabrikam.com', 'dialin.contoso.com', 'admin.contoso.com']
        : []),
      ...(mobility
        ? ['lyncdiscoverinternal.contoso.com', 'lyncdiscoverinternal.fabrikam.com']
        : []),
    ];
    for (const host of hosts)
      expect(find(records, 'internal', host).map((record) => record.value)).toEqual([
        '10.0.0.31',
        '10.0.0.32',
      ]);
    if (!simple) expect(find(records, 'internal', 'meet.contoso.com')).toEqual([]);
  });

  it("sends them to the first pool's web services without a Director", () => {
    const records = dns('example', product);
    if (simple) expect(find(records, 'internal', 'dialin.contoso.com')[0]?.value).toBe('10.0.0.21');
    if (mobility)
      expect(find(records, 'internal', 'lyncdiscoverinternal.contoso.com')[0]?.reason.text).toMatch(
        /web services of the first pool/,
      );
  });

  it('publishes lyncdiscover as A records to the reverse proxy, never a CNAME', () => {
    const records = dns('largest', product);
    expect(records.some((record) => record.type === 'CNAME')).toBe(false);
    const discover = find(records, 'external', 'lyncdiscover.fabrikam.com');
    expect(discover).toHaveLength(mobility ? 1 : 0);
    if (mobility) {
      expect(discover[0]).toMatchObject({ value: '198.51.100.10', zone: 'fabrikam.com' });
      expect(find(records, 'internal', 'webext.contoso.com')[0]?.value).toBe('198.51.100.10');
    }
  });

  it('moves _sip._tls to the single address port', () => {
    const records = dns('single address Edge', product);
    const srv = find(records, 'external', '_sip._tls.contoso.com', 'SRV')[0]!;
    expect(srv.port).toBe(profile.edge.singleAddress.access);
    expect(find(records, 'external', 'webcon.contoso.com')).toEqual([]);
    expect(find(records, 'external', 'av.contoso.com')).toHaveLength(
      profile.edge.singleAddress.av === null ? 1 : 0,
    );
  });

  it('writes no _sipfederationtls without federation and mobility', () => {
    const records = dns('no mobility, no federation', product);
    expect(records.some((record) => record.name.startsWith('_sipfederationtls'))).toBe(false);
  });

  it('writes no public record without an Edge', () => {
    expect(dns('no Edge', product).filter((record) => record.view === 'external')).toEqual([]);
  });

  it('says what is missing instead of inventing an address', () => {
    const records = dns('addresses not known', product);
    const access = find(records, 'external', 'sip.contoso.com')[0]!;
    expect(access).toMatchObject({
      value: null,
      missing: 'the public IP address of the Access Edge (lync.edge.accessIp)',
    });
    expect(find(records, 'external', 'webext.contoso.com')[0]?.missing).toBe(
      'the public IP address of the reverse proxy (lync.reverseProxy.publicIp)',
    );
    expect(find(records, 'internal', 'pool01.contoso.com')[0]?.missing).toBe(
      'the internal IP address of FE01 (Front End of pool01.contoso.com)',
    );
  });
});

describe('DNS per version', () => {
  it('adds _xmpp-server and xmpp.<domain> only where the Edge has XMPP (2013, 2015)', () => {
    const withXmpp = LYNC_PRODUCTS.filter((product) =>
      deriveLync(LYNC_SCENARIOS['XMPP federation']!, product).dns.some(
        (record) =>
          record.name === '_xmpp-server._tcp.contoso.com' &&
          record.value === 'xmpp.contoso.com' &&
          record.port === 5269,
      ),
    );
    expect(withXmpp).toEqual(['lync-2013', 'sfb-2015']);
  });

  it('keeps ucupdates-r2 for desk phones on every version', () => {
    for (const product of LYNC_PRODUCTS)
      expect(find(dns('example', product), 'internal', 'ucupdates-r2.contoso.com')).toHaveLength(1);
  });

  it('says the internal sign-in records serve older clients from Skype for Business 2015 on', () => {
    const reason = (product: LyncProductId) =>
      find(dns('example', product), 'internal', '_sipinternaltls._tcp.contoso.com', 'SRV')[0]!
        .reason.text;
    expect(reason('sfb-2015')).toMatch(/Clients before Lync 2013 and desk phones/);
    expect(reason('lync-2013')).toMatch(/Clients inside sign in automatically this way/);
  });

  it('lists each record once, and a Director with no servers as missing', () => {
    const derived: Derived = deriveLync(
      lyncPlan({ director: { enabled: true, servers: [] } }),
      'sfb-2019',
    );
    expect(find(derived.dns, 'internal', 'dirpool.contoso.com')[0]?.missing).toBe(
      'the Director servers (the plan lists none)',
    );
    const keys = derived.dns.map((record) => `${record.view} ${describeRecord(record)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('DNS details', () => {
  it('points an OCS pool of one at its server, and a larger one at its load balancer', () => {
    expect(find(dns('example', 'ocs-2007r2'), 'internal', 'pool01.contoso.com')[0]?.value).toBe(
      '10.0.0.21',
    );
    expect(find(dns('largest', 'ocs-2007r2'), 'internal', 'sip.fabrikam.com')[0]?.value).toBe(
      '10.0.0.20',
    );
  });

  it('writes one record for a single Edge, its pool FQDN, and one per server for a pool', () => {
    const single = dns('Standard Edition', 'sfb-se').filter((record) =>
      record.name.startsWith('lsedge'),
    );
    expect(single.map(describeRecord)).toEqual(['lsedge.contoso.local A 172.16.0.10']);
  });

  it('writes no Director record without a Director, and the Director FQDN with one', () => {
    expect(find(dns('example', 'sfb-se'), 'internal', 'dirpool.contoso.com')).toEqual([]);
    expect(find(dns('largest', 'sfb-se'), 'internal', 'dirpool.contoso.com')[0]?.reason.rule).toBe(
      'lync.dns.internal.director',
    );
  });
});

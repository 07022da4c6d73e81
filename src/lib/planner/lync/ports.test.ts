/** Firewall rules per version and layout (reference/lync.md §1.5, §2.3; SFB-EDGE-ENV, L10-PORTS). */
import { describe, expect, it } from 'vitest';
import { LYNC_PRODUCTS, LYNC_SCENARIOS } from '../../../../tests/support/lync-scenarios.ts';
import type { PortRule } from '../derived.ts';
import type { LyncProductId } from '../products.ts';
import { deriveLync } from './derive.ts';
import { LYNC_PROFILES } from './profiles/index.ts';

const ports = (scenario: string, product: LyncProductId) =>
  deriveLync(LYNC_SCENARIOS[scenario]!, product).ports;
const table = (rules: PortRule[]) =>
  Object.fromEntries(rules.map((rule) => [rule.id, `${rule.protocol} ${rule.ports}`]));

describe.each(LYNC_PRODUCTS)('%s ports', (product) => {
  const profile = LYNC_PROFILES[product]!;

  it('opens the Edge and the reverse proxy as the version needs', () => {
    const rules = table(ports('largest', product));
    expect(rules).toMatchObject({
      'access-clients': 'TCP 443',
      'access-federation-in': 'TCP 5061',
      'access-federation-out': 'TCP 5061',
      'access-dns': 'TCP/UDP 53',
      'access-crl': 'TCP 80',
      'web-conferencing': 'TCP 443',
      'av-tcp': 'TCP 443',
      'av-udp': 'UDP 3478',
      'av-media': 'TCP/UDP 50000-59999',
      'internal-sip': 'TCP 5061',
      'internal-psom': 'TCP 8057',
      'internal-av-authentication': 'TCP 5062',
      'internal-media': 'UDP 3478',
      'internal-media-tcp': 'TCP 443',
      'proxy-https': 'TCP 443',
      'proxy-https-internal': `TCP ${profile.reverseProxyPorts.https}`,
    });
    expect(rules['internal-cms']).toBe(profile.edge.cmsReplication ? 'TCP 4443' : undefined);
    expect(rules['internal-logging']).toBe(
      profile.edge.centralizedLogging ? 'TCP 50001-50003' : undefined,
    );
    expect(rules['proxy-http-internal']).toBe(
      profile.reverseProxyPorts.http === null ? undefined : `TCP ${profile.reverseProxyPorts.http}`,
    );
    expect(rules['xmpp']).toBeUndefined();
  });

  it('moves the services to the single address ports, and never A/V authentication to 443', () => {
    const rules = table(ports('single address Edge', product));
    const single = profile.edge.singleAddress;
    expect(rules['access-clients']).toBe(`TCP ${single.access}`);
    expect(rules['web-conferencing']).toBe(`TCP ${single.webConferencing}`);
    expect(rules['av-tcp']).toBe(`TCP ${single.av ?? 443}`);
    expect(rules['internal-av-authentication']).toBe('TCP 5062');
    expect(rules['access-federation-in']).toBe(single.access === 5061 ? undefined : 'TCP 5061');
  });

  it('gives every rule a reason with its source, and ids once', () => {
    const rules = ports('largest', product);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.reason.rule).toBe(`lync.port.${rule.id}`);
      expect(rule.reason.text.length).toBeGreaterThan(15);
    }
  });

  it('has no rule without an Edge, and no federation rule without federation', () => {
    expect(ports('no Edge', product)).toEqual([]);
    const ids = ports('no mobility, no federation', product).map((rule) => rule.id);
    expect(ids).not.toContain('access-federation-in');
    expect(ids).not.toContain('access-federation-out');
  });
});

describe('ports per version', () => {
  it('opens XMPP 5269 outside and 23456 inside only on 2013 and 2015', () => {
    const withXmpp = LYNC_PRODUCTS.filter((product) => {
      const rules = table(ports('XMPP federation', product));
      return rules['xmpp'] === 'TCP 5269' && rules['internal-xmpp'] === 'TCP 23456';
    });
    expect(withXmpp).toEqual(['lync-2013', 'sfb-2015']);
  });

  it('explains the OCS 444 layout and the A/V authentication port with the seed article', () => {
    const rules = ports('single address Edge', 'ocs-2007r2');
    const web = rules.find((rule) => rule.id === 'web-conferencing')!;
    expect(web.reason.text).toMatch(/444 because the Access Edge holds 443/);
    expect(web.reason.source).toBe('C-BUSBAR');
    expect(rules.find((rule) => rule.id === 'internal-av-authentication')!.reason).toMatchObject({
      text: expect.stringMatching(/5062, never 443/),
      source: 'C-BUSBAR',
    });
    expect(rules.find((rule) => rule.id === 'av-tcp')!.to).toBe('A/V Edge (external)');
    expect(rules.find((rule) => rule.id === 'access-clients')!.to).toBe('Edge external address');
  });

  it('forwards the reverse proxy to the internal web farm on OCS, to 4443/8080 from 2010', () => {
    const ocs = ports('largest', 'ocs-2007r2').find((rule) => rule.id === 'proxy-https-internal')!;
    expect(ocs.to).toMatch(/internal web farm/);
    const sfb = ports('largest', 'sfb-se').find((rule) => rule.id === 'proxy-https-internal')!;
    expect(sfb).toMatchObject({
      ports: '4443',
      to: 'Front End pools and Directors (external web services)',
    });
    expect(sfb.reason.text).toMatch(/bridged from 443 to 4443/);
  });

  it('says remote firewalls may block a moved Access port', () => {
    const access = ports('single address Edge', 'sfb-2019').find(
      (rule) => rule.id === 'access-clients',
    )!;
    expect(access.reason.text).toMatch(/and federated partners connect, on 5061, moved from 443/);
  });
});

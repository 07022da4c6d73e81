/**
 * The instructions an admin follows by hand, where the words carry the configuration (found by a
 * sampled mutation run): the reverse proxy's port bridging and where it publishes the simple
 * URLs, per version and topology; the shared certificate's publishing; the outside checks; the
 * server named in the OAuth roll.
 */
import { describe, expect, it } from 'vitest';
import { lyncPlan } from '../../../../tests/support/lync-scenarios.ts';
import type { Derived } from '../derived.ts';
import { derive } from '../derive.ts';
import type { LyncProductId } from '../products.ts';
import { partLines } from '../../render/parts.ts';

const derived = (product: LyncProductId, lync: Record<string, unknown> = {}) =>
  derive(lyncPlan({ product, ...lync }), product);
const step = (plan: Derived, id: string) => {
  const found = plan.steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}: ${plan.steps.map((each) => each.id).join(', ')}`);
  return { ...found, text: found.parts.flatMap(partLines).join('\n') };
};

describe('the reverse proxy', () => {
  it('Lync and later: bridges 443 to 4443 and 80 to 8080, and publishes the simple URLs to the Director', () => {
    const install = step(
      derived('lync-2013', { director: { enabled: true } }),
      'reverse-proxy-install',
    );
    expect(install.text).toContain('Forward 443 to 4443 and 80 to 8080 on the pool');
    expect(install.text).toContain(
      'Publish meet.contoso.com, dialin.contoso.com, lyncdiscover.contoso.com the same way, to the Director.',
    );
    expect(install.sources).toContain('SFB-EDGE-SYS');
    expect(install.sources).not.toContain('OCS-SAMPLE');
  });

  it('without a Director, publishes them to the first pool', () => {
    const install = step(
      derived('sfb-2019', { director: { enabled: false } }),
      'reverse-proxy-install',
    );
    expect(install.text).toContain('the same way, to the first pool.');
  });

  it('OCS 2007 R2: 443 to the Web Components on 443, no HTTP listener', () => {
    const install = step(derived('ocs-2007r2'), 'reverse-proxy-install');
    expect(install.text).toContain(
      'Forward 443 to 443 on the pool, and pass the original host header.',
    );
    expect(install.text).not.toContain('and 80 to');
    expect(install.sources).toContain('OCS-SAMPLE');
    expect(install.sources).not.toContain('SFB-EDGE-SYS');
  });

  it('with one certificate for both products, publishes each product to its own servers', () => {
    const shared = step(
      derived('sfb-2019', { shareWithExchange: true }),
      'shared-certificate-reverse-proxy',
    );
    expect(shared.text).toContain(
      'publish webext.contoso.com to pool01.contoso.com, forwarded to port 4443, and meet.contoso.com, dialin.contoso.com, lyncdiscover.contoso.com the same way.',
    );
    expect(shared.text).toContain(
      'Exchange: publish mail.contoso.com, autodiscover.contoso.com to the Exchange servers on 443.',
    );
  });
});

describe('checks from outside', () => {
  it('looks each public name up once, and tests sign-in for a user of the first SIP domain', () => {
    // One name for the three Edge services (OCS's shared-name layout): three records, one lookup.
    const outside = step(
      derived('sfb-2019', {
        sipDomains: ['fabrikam.com', 'contoso.com'],
        edge: {
          enabled: true,
          accessFqdn: 'sip.fabrikam.com',
          webConferencingFqdn: 'sip.fabrikam.com',
          avFqdn: 'sip.fabrikam.com',
        },
      }),
      'verify-outside',
    );
    const lookups = outside.text.split('\n').filter((line) => line.startsWith('Resolve-DnsName'));
    expect(lookups).toContain("Resolve-DnsName -Name 'sip.fabrikam.com' -Type 'A'");
    expect(new Set(lookups).size).toBe(lookups.length);
    expect(outside.text).toContain('for a user of fabrikam.com.');
  });
});

describe('the OAuth certificate roll', () => {
  it('runs on the first Front End of the first pool', () => {
    const roll = step(
      derived('sfb-2019', {
        pools: [
          {
            fqdn: 'pool01.contoso.com',
            edition: 'enterprise',
            frontEnds: [
              { name: 'FE07', ip: '10.0.0.27' },
              { name: 'FE08', ip: '10.0.0.28' },
            ],
          },
        ],
      }),
      'renewal-staging',
    );
    expect(roll.text).toContain('On FE07, once the new OAuthTokenIssuer certificate is imported:');
  });
});

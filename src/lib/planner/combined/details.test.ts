/**
 * Details of the shared certificate that the pair-by-pair tests passed over (found by the sampled
 * mutation run): which names each product brings, what the reverse proxy publishes, the wildcard
 * warning only for a wildcard plan, and the note when there is no Edge to share with.
 */
import { describe, expect, it } from 'vitest';
import { planWith } from '../../../../tests/support/scenarios.ts';
import { deriveLync } from '../lync/derive.ts';
import { sharingFor } from './index.ts';

const SHARED = planWith({ lync: { shareWithExchange: true } });

describe('the shared certificate of the example plan (Exchange SE, Skype for Business SE)', () => {
  const shared = sharingFor(SHARED)!.shared!;

  it('lists the names Exchange brings, and only those, under Exchange', () => {
    expect(shared.namesBy.exchange).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);
    expect(shared.namesBy.lync).not.toContain('mail.contoso.com');
    expect(shared.namesBy.lync).toContain('sip.contoso.com');
  });

  it('has the reverse proxy publish exactly the names of the reverse proxy certificate it replaces', () => {
    const unshared = deriveLync(planWith({}), 'sfb-se').certificates.find(
      (cert) => cert.role === 'reverse-proxy',
    )!;
    expect(shared.proxied).toEqual(unshared.sans.map((san) => san.name));
    expect(shared.proxied).toContain('webext.contoso.com');
  });
});

describe('findings', () => {
  const ids = (plan: typeof SHARED) => sharingFor(plan)!.findings.map((finding) => finding.id);

  it('warns about the wildcard only when Exchange planned one, at exchange.certificate.wildcard', () => {
    expect(ids(SHARED)).not.toContain('combined-wildcard-refused');
    const wildcard = planWith({
      exchange: { certificate: { wildcard: true } },
      lync: { shareWithExchange: true },
    });
    expect(
      sharingFor(wildcard)!.findings.find((finding) => finding.id === 'combined-wildcard-refused'),
    ).toMatchObject({ severity: 'warning', path: 'exchange.certificate.wildcard' });
  });

  it('says, as a note, that without an Edge there is nothing to share', () => {
    const noEdge = planWith({ lync: { shareWithExchange: true, edge: { enabled: false } } });
    expect(
      sharingFor(noEdge)!.findings.find((finding) => finding.id === 'combined-nothing-to-share'),
    ).toMatchObject({ severity: 'info' });
  });
});

describe("Microsoft's single consolidated Edge scenario (not in this repository's references)", () => {
  // Lync Server 2010, "Reference Architecture 1: Certificate Summary for Single Consolidated Edge"
  // (https://docs.microsoft.com/en-us/previous-versions/office/skype-server-2010/gg398519(v=ocs.14)):
  // the external interface's certificate names webcon.contoso.com and sip.<each SIP domain>,
  // sip.fabrikam.com included, in that order, after the Access Edge name it is issued to.
  const scenario = (shareWithExchange: boolean) =>
    planWith({
      exchange: { product: 'exchange-2010' },
      lync: {
        product: 'lync-2010',
        shareWithExchange,
        sipDomains: ['contoso.com', 'fabrikam.com'],
        edge: { accessFqdn: 'access.contoso.com', layout: 'separate-ips' },
      },
    });

  it('gives the Edge external interface the names of the scenario, in its order', () => {
    const edge = deriveLync(scenario(false), 'lync-2010').certificates.find(
      (cert) => cert.role === 'edge-external',
    )!;
    expect(edge.commonName).toBe('access.contoso.com');
    expect(edge.sans.map((san) => san.name)).toEqual([
      'access.contoso.com',
      'webcon.contoso.com',
      'sip.contoso.com',
      'sip.fabrikam.com',
    ]);
  });

  it('shared with Exchange 2010: the Edge names first, then Exchange, then the reverse proxy', () => {
    const shared = sharingFor(scenario(true))!.shared!.certificate;
    expect(shared.commonName).toBe('access.contoso.com');
    expect(shared.sans.map((san) => san.name).slice(0, 6)).toEqual([
      'access.contoso.com',
      'webcon.contoso.com',
      'sip.contoso.com',
      'sip.fabrikam.com',
      'mail.contoso.com',
      'autodiscover.contoso.com',
    ]);
    expect(shared.sans.map((san) => san.name)).toEqual(
      expect.arrayContaining([
        'meet.fabrikam.com',
        'lyncdiscover.fabrikam.com',
        'webext.contoso.com',
      ]),
    );
  });
});

/**
 * The names web services need, with the reason for each: simple URLs and mobile autodiscover, on
 * the Front End and Director certificates and (the external ones) on the reverse proxy's.
 * Sources: L13-INT/SFB-ENV (certificate tables), L13-DNSSURL and SFB-SURL (simple URLs),
 * L13-MOBCERT and L10-AD (lyncdiscover). Decision on the documented conflict §11.1: the Admin URL
 * is internal only, so it never goes on an external certificate.
 */
import type { NameList } from '../../common/name-list.ts';
import type { LyncBasis } from '../basis.ts';
import { meetHost } from '../topology.ts';

/** Which side of the web services a list is for. */
export type WebSide = 'internal' | 'external';

const SIDE = {
  internal: 'WebServicesInternal',
  external: 'WebServicesExternal',
} as const;

/** Meet for every SIP domain, Dial-in, and Admin (internal side only), when the version has them. */
export function addSimpleUrls(names: NameList, basis: LyncBasis, sides: readonly WebSide[]): void {
  const { plan, profile } = basis;
  if (!profile.simpleUrls) return;
  const uses = sides.map((side) => SIDE[side]).join(' and ');
  for (const domain of plan.lync.sipDomains) {
    names.add(meetHost(plan, domain), {
      rule: 'lync.san.meet',
      text: `Meet simple URL of ${domain} (https://${meetHost(plan, domain)}), served by the web services (${uses}); each SIP domain has its own Meet URL.`,
      source: 'SFB-SURL',
    });
  }
  names.add(plan.lync.simpleUrls.dialin, {
    rule: 'lync.san.dialin',
    text: `Dial-in simple URL (https://${plan.lync.simpleUrls.dialin}), the dial-in conferencing page, served by the web services (${uses}).`,
    source: 'SFB-SURL',
  });
  const admin = plan.lync.simpleUrls.admin;
  if (admin !== null && sides.includes('internal')) {
    names.add(admin, {
      rule: 'lync.san.admin',
      text: `Admin simple URL (https://${admin}) for the Control Panel: internal web services only. Microsoft's table also lists it for the external side, but its examples and the simple URL rules keep it inside, and so does this runbook.`,
      source: 'L13-DNSSURL',
    });
  }
}

/** lyncdiscoverinternal (internal side) and lyncdiscover (external side) for every SIP domain. */
export function addAutodiscover(
  names: NameList,
  basis: LyncBasis,
  sides: readonly WebSide[],
): void {
  const { plan, profile } = basis;
  if (!profile.mobility.available || !plan.lync.mobility) return;
  const source = profile.mobility.source;
  for (const domain of plan.lync.sipDomains) {
    if (sides.includes('internal')) {
      names.add(`lyncdiscoverinternal.${domain}`, {
        rule: 'lync.san.lyncdiscoverinternal',
        text: `Mobile and desktop clients inside look up the Autodiscover service of ${domain} at this name over HTTPS (WebServicesInternal). It is built on the SIP domain, as the mobility pages say; one autodiscover summary writes the internal domain instead.`,
        source,
      });
    }
    if (sides.includes('external')) {
      names.add(`lyncdiscover.${domain}`, {
        rule: 'lync.san.lyncdiscover',
        text: `Clients outside look up the Autodiscover service of ${domain} at this name over HTTPS (WebServicesExternal, and the reverse proxy's listener).`,
        source,
      });
    }
  }
}

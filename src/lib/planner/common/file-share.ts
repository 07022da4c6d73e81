/**
 * Where the runbook writes the certificate request, the issued certificate and the PFX with its
 * private key. A UNC share is fine inside the organisation (\\fs01\certs, \\fs01.contoso.com\certs,
 * a private address); a share on any other host means the private key is written to, and the server
 * authenticates to, a machine the organisation may not control, which a shared link could have set
 * (issue 8, finding 6). Microsoft removed the UNC path parameters from the Exchange certificate
 * cmdlets for the same reason (PS-Export, PS-Import: "because they accept UNC path values").
 */
import type { Finding } from '../derived.ts';
import type { SourceId } from '../sources.ts';
import { isWithin } from '../names/hostname.ts';
import { classifyIpv4, parseIpv4 } from '../names/ipv4.ts';
import type { Plan } from '../plan/plan.ts';

/** The host of a UNC path (\\host\share\…), lower-cased, or undefined for a local path. */
export function uncHost(folder: string): string | undefined {
  const match = /^\\\\([^\\]+)\\/.exec(folder);
  return match?.[1]?.toLowerCase();
}

/** The DNS domains the plan says are the organisation's own. */
export function organisationDomains(plan: Plan): string[] {
  return [
    plan.domains.primary,
    ...plan.domains.additional,
    plan.domains.internal,
    ...plan.lync.sipDomains,
  ].filter((domain) => domain !== '');
}

/** True when a UNC host is the organisation's: a computer name, a private address, or a name in its domains. */
export function isOrganisationHost(host: string, plan: Plan): boolean {
  if (!host.includes('.')) return true; // a computer (NetBIOS) name in the Active Directory domain
  if (parseIpv4(host).ok)
    return ['private', 'loopback', 'link-local', 'shared'].includes(classifyIpv4(host));
  return organisationDomains(plan).some((domain) => isWithin(host, domain));
}

/** A warning when `family`'s certificate folder is a share on a host outside the organisation. */
export function certificateShareOutsideOrganisation(
  plan: Plan,
  family: 'exchange' | 'lync',
  source: SourceId,
): Finding[] {
  const folder = plan[family].certificateFolder;
  const host = uncHost(folder);
  if (host === undefined || isOrganisationHost(host, plan)) return [];
  const domains = [...new Set(organisationDomains(plan))];
  const named = `${domains.slice(0, 3).join(', ')}${domains.length > 3 ? ', …' : ''}`;
  return [
    {
      id: 'certificate-share-outside-organisation',
      severity: 'warning',
      path: `${family}.certificateFolder`,
      message: `The certificate folder ${folder} is a share on ${host}, which is neither in your domains (${named}) nor a private address. The runbook writes the certificate request, the certificate and the PFX with its private key there, and the server signs in to that host.`,
      fix: 'Use a local folder (C:\\Certs) or a share on a file server of your own. If this plan came from a link, check who sent it.',
      source,
    },
  ];
}

/**
 * Checks on what the rules derived, not on the plan: the documented rules every certificate and
 * record must keep whatever the plan holds (no wildcard subject, no wildcard where the version or
 * role does not support one, every SRV target in its own domain, sip.<domain> on the certificates
 * that serve each SIP domain). They stay silent for the runbook's own output; they speak when a
 * certificate comes from elsewhere (a combined certificate, a future rule) and breaks them.
 */
import { isWithin } from '../../names/hostname.ts';
import type { DnsRecord, Finding, PlannedCertificate } from '../../derived.ts';
import type { LyncProfile } from '../profiles/index.ts';
import { sipHost } from '../topology.ts';

const isWildcard = (name: string) => name.startsWith('*.');

/** Roles whose certificate never takes a wildcard name (L13-WILD, L10-WILD). */
const NO_WILDCARD_ROLES = new Set(['edge-external', 'access-edge', 'web-conferencing-edge']);

export function wildcardSubjects(certificates: readonly PlannedCertificate[]): Finding[] {
  return certificates
    .filter((certificate) => isWildcard(certificate.commonName))
    .map((certificate) => ({
      id: 'wildcard-subject',
      severity: 'error',
      message: `${certificate.purpose}: the subject ${certificate.commonName} is a wildcard. No Lync or Skype for Business role accepts a wildcard as the subject.`,
      fix: "Make the subject the role's own FQDN and list the other names as subject alternative names.",
      source: 'L13-WILD',
    }));
}

export function unsupportedWildcards(
  certificates: readonly PlannedCertificate[],
  profile: LyncProfile,
): Finding[] {
  return certificates.flatMap((certificate) => {
    const wildcards = certificate.sans.map((san) => san.name).filter(isWildcard);
    if (wildcards.length === 0) return [];
    if (profile.wildcardSans === 'none') {
      return [
        {
          id: 'wildcard-not-supported',
          severity: 'error',
          message: `${certificate.purpose}: ${wildcards.join(', ')}. Office Communications Server does not support wildcard certificates at all; services may not start.`,
          fix: 'Use a certificate that names every host.',
          source: profile.sources.wildcards,
        },
      ];
    }
    if (NO_WILDCARD_ROLES.has(certificate.role)) {
      return [
        {
          id: 'wildcard-on-edge-external',
          severity: 'error',
          message: `${certificate.purpose}: ${wildcards.join(', ')}. A wildcard is not supported on the Edge external certificate.`,
          fix: 'List the Access Edge, Web Conferencing, sip.<domain> and XMPP names one by one.',
          source: profile.sources.wildcards,
        },
      ];
    }
    return [];
  });
}

/** An SRV record may only point to a host in its own domain (strict domain matching). */
export function srvTargetsOutsideDomain(records: readonly DnsRecord[]): Finding[] {
  return records
    .filter((record) => record.type === 'SRV' && record.value !== null)
    .filter((record) => !isWithin(record.value as string, srvDomain(record.name)))
    .map((record) => ({
      id: 'srv-target-outside-domain',
      severity: 'error',
      message: `${record.name} points to ${record.value}, a host outside ${srvDomain(record.name)}. Clients accept SRV targets only in the SRV record's own domain, so sign-in fails.`,
      fix: `Point it to a host in ${srvDomain(record.name)} (sip.${srvDomain(record.name)}) that resolves to the same servers and is on their certificate.`,
      source: 'L13-DNSREQ',
    }));
}

/** `_sip._tls.contoso.com` → `contoso.com`. */
function srvDomain(name: string): string {
  return name.split('.').slice(2).join('.');
}

/**
 * Each SIP domain needs sip.<domain> on the certificates that answer for it: the external Edge
 * (its SRV target and sign-in fallback) and the Default certificate of the sign-in pool.
 */
export function sipNamesMissing(
  certificates: readonly PlannedCertificate[],
  sipDomains: readonly string[],
  ids: readonly string[],
): Finding[] {
  return certificates
    .filter((certificate) => ids.includes(certificate.id))
    .flatMap((certificate) => {
      const names = new Set(certificate.sans.map((san) => san.name));
      return sipDomains
        .filter((domain) => !names.has(sipHost(domain)))
        .map((domain) => ({
          id: 'sip-domain-without-sip-name',
          severity: 'error' as const,
          message: `${certificate.purpose} lacks sip.${domain}: clients of ${domain} are sent to that name and reject a certificate without it.`,
          fix: `Add sip.${domain} to the certificate's subject alternative names.`,
          source: 'SFB-ENV',
        }));
    });
}

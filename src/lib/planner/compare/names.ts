/**
 * Name rules: every planned name is on the file (a wildcard covering one label at most), nothing
 * unplanned slipped in, the subject CN is one of the SANs, and a public certificate carries no
 * internal name or reserved address (CA/Browser Forum BR §7.1.2.7.12, §7.1.4.3).
 */
import { normalizeHostname } from '../names/hostname.ts';
import { isInternalName } from '../names/internal.ts';
import { classifyIpv4 } from '../names/ipv4.ts';
import type { PlannedCertificate } from '../derived.ts';
import {
  count,
  inWords,
  itemNoun,
  type CheckFinding,
  type Rule,
  type RuleContext,
} from './context.ts';
import { coverage, dnsKey, wildcardMissing } from './coverage.ts';

export const nameRules: Rule = (context) => [
  ...missingNames(context),
  ...extraNames(context),
  ...commonName(context),
  ...invalidNames(context),
  ...internalNames(context),
  ...reservedAddresses(context),
];

function missingNames({ subject, planned }: RuleContext): CheckFinding[] {
  if (!planned) return [];
  const missing = coverage(planned, subject.sans.dns).planned.filter(
    (entry) => entry.coveredBy === null,
  );
  const findings: CheckFinding[] = [];
  const plain: string[] = [];
  for (const { name } of missing) {
    const wildcard = wildcardMissing(name, subject.sans.dns);
    if (wildcard === undefined) {
      plain.push(name);
      continue;
    }
    findings.push({
      id: 'name-not-covered-by-wildcard',
      severity: 'error',
      message: `${wildcard} does not cover ${name}: a wildcard stands for exactly one label, so it matches <name>.${wildcard.slice(2)} and nothing deeper, and not ${wildcard.slice(2)} itself.`,
      fix: `Add ${name} to the ${itemNoun(subject)} as a name of its own.`,
      source: 'RFC9525',
    });
  }
  if (plain.length > 0) {
    const noun = itemNoun(subject);
    findings.push({
      id: 'name-missing',
      severity: 'error',
      message: `The ${noun} lacks ${count(plain.length, 'planned name')}: ${inWords(plain)}. ${reasonOf(planned, plain[0]!)}`,
      fix:
        subject.kind === 'request'
          ? `Make the request again with every planned name: ${inWords(plannedNames(planned))}.`
          : `Request a new certificate with every planned name (${inWords(plannedNames(planned))}); a certificate cannot be changed once issued.`,
      source: planned.sans.find((san) => dnsKey(san.name) === plain[0])?.reasons[0]?.source ?? 'BR',
    });
  }
  return findings;
}

const plannedNames = (planned: PlannedCertificate) => planned.sans.map((san) => san.name);

/** The first reason the plan gives for a name, as a sentence about it. */
function reasonOf(planned: PlannedCertificate, name: string): string {
  const reason = planned.sans.find((san) => dnsKey(san.name) === name)?.reasons[0];
  return reason ? `${name}: ${reason.text}` : '';
}

function extraNames({ subject, planned }: RuleContext): CheckFinding[] {
  if (!planned) return [];
  const { extra } = coverage(planned, subject.sans.dns);
  if (extra.length === 0) return [];
  return [
    {
      id: 'name-extra',
      severity: 'info',
      message: `The ${itemNoun(subject)} carries ${count(extra.length, 'name')} the plan does not: ${inWords(extra)}. They do no harm to Exchange or Lync, but every name must be one your organisation controls, and public CAs often charge per name.`,
      fix: 'Keep them if clients use them; otherwise leave them off the next request.',
      source: 'EX-Certs',
    },
  ];
}

function commonName(context: RuleContext): CheckFinding[] {
  // A certificate planned without names (the Exchange Auth certificate) is known by its subject only.
  const byName = !context.planned || context.planned.sans.length > 0;
  return [...(byName ? subjectAltNames(context) : []), ...subjectDiffers(context)];
}

function subjectAltNames({ subject }: RuleContext): CheckFinding[] {
  const cn = subject.subject.commonName;
  if (!subject.hasAltNames) {
    return [
      {
        id: 'no-subject-alt-names',
        severity: subject.kind === 'certificate' ? 'error' : 'warning',
        message:
          subject.kind === 'certificate'
            ? `The certificate has no subject alternative names${cn === null ? '' : `, only the subject CN=${cn}`}. Browsers, Outlook and phones match host names against the SAN list only.`
            : `The request has no subject alternative names${cn === null ? '' : `, only the subject CN=${cn}`}. A CA may issue it with that single name, and every other name would be missing.`,
        fix: `Make the request again with the names in a SAN extension (New-ExchangeCertificate -DomainName, Request-CsCertificate -DomainName or the guide's request step).`,
        source: 'BR',
      },
    ];
  }
  const names = [...subject.sans.dns.map(dnsKey), ...subject.sans.ip];
  if (cn === null || names.includes(dnsKey(cn))) return [];
  return [
    {
      id: 'common-name-not-in-sans',
      severity: 'warning',
      message: `The subject CN=${cn} is not among the ${itemNoun(subject)}'s subject alternative names. Clients ignore the CN when SANs are present, so ${cn} is not usable as a name; public CAs must copy the CN from the SANs character for character.`,
      fix: `Put ${cn} in the SAN list too (Exchange 2010 and later add the subject's CN to -DomainName by themselves).`,
      source: 'BR',
    },
  ];
}

function subjectDiffers({ subject, planned }: RuleContext): CheckFinding[] {
  const cn = subject.subject.commonName;
  if (!planned || cn === null || dnsKey(cn) === dnsKey(planned.commonName)) return [];
  const single = planned.sans.length <= 1;
  return [
    {
      id: 'common-name-differs',
      severity: single ? 'warning' : 'info',
      message: `The subject is CN=${cn}; the plan has CN=${planned.commonName}.${single ? ' A certificate with a single name (or none) is often selected by its subject (the Exchange Auth certificate, UM, SMTP on an Edge server), so the subject should be that name.' : ' Clients match the SAN list, so this is only a difference in appearance.'}`,
      fix: `Use CN=${planned.commonName} on the next request.`,
      source: 'EX-Certs',
    },
  ];
}

function invalidNames({ subject, authority }: RuleContext): CheckFinding[] {
  return subject.sans.dns.flatMap((name): CheckFinding[] => {
    const result = normalizeHostname(name, { wildcard: true, singleLabel: true });
    if (result.ok) return [];
    return [
      {
        id: 'invalid-name',
        severity: authority === 'public' ? 'error' : 'warning',
        message: `The DNS name "${name}" is not a valid host name: ${result.message}.`,
        fix: 'Leave it off the next request; a host name has letters, digits and hyphens, and a wildcard only as the whole first label.',
        source: 'BR',
      },
    ];
  });
}

function internalNames({ subject, authority }: RuleContext): CheckFinding[] {
  if (authority !== 'public') return [];
  const internal = subject.sans.dns.filter((name) => {
    const result = normalizeHostname(name, { wildcard: true, singleLabel: true });
    return result.ok && isInternalName(result.value.replace(/^\*\./, ''));
  });
  if (internal.length === 0) return [];
  return [
    {
      id: 'internal-name-on-public-certificate',
      severity: 'error',
      message: `${inWords(internal)} ${internal.length === 1 ? 'is an internal name' : 'are internal names'} (a single label, or a top-level domain that does not exist publicly); public CAs have refused to issue for internal names since 1 November 2015.`,
      fix: 'Use names in a domain you own publicly, made to resolve inside with split-brain or pin-point DNS; or issue this certificate from your enterprise CA.',
      source: 'BR',
    },
  ];
}

function reservedAddresses({ subject, authority }: RuleContext): CheckFinding[] {
  if (authority !== 'public') return [];
  const reserved = subject.sans.ip.filter((ip) => !isPublicAddress(ip));
  if (reserved.length === 0) return [];
  return [
    {
      id: 'reserved-ip-on-public-certificate',
      severity: 'error',
      message: `${inWords(reserved)} ${reserved.length === 1 ? 'is a private or reserved address' : 'are private or reserved addresses'}; public CAs may not put such addresses on a certificate.`,
      fix: 'Leave IP addresses off the request; clients connect by name.',
      source: 'BR',
    },
  ];
}

/** Public IPv4 by the plan's own classification; IPv6 outside ULA, link-local, loopback and documentation. */
export function isPublicAddress(ip: string): boolean {
  if (!ip.includes(':')) return classifyIpv4(ip) === 'public';
  const address = ip.toLowerCase();
  if (address.startsWith('::ffff:') && address.includes('.'))
    return isPublicAddress(address.slice(7));
  if (address === '::' || address === '::1' || address.startsWith('2001:db8:')) return false;
  return !/^(f[cd]|fe[89ab])/.test(address);
}

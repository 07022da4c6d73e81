/**
 * What the certificate may be used for: a server certificate, not an authority's (RFC 5280
 * §4.2.1.9), with the serverAuth extended key usage (BR §7.1.2.7.10; Lync/Skype for Business need
 * it on every server certificate), a key usage TLS can work with (§4.2.1.3), and issued by a CA
 * rather than by itself unless the plan wants a self-signed one.
 */
import type { CheckFinding, Rule, RuleContext } from './context.ts';
import { itemNoun } from './context.ts';

const SERVER_AUTH = 'serverAuth';
const CLIENT_AUTH = 'clientAuth';
const ANY_USAGE = 'anyExtendedKeyUsage';

export const usageRules: Rule = (context) => [
  ...authority(context),
  ...extendedKeyUsage(context),
  ...keyUsage(context),
];

function authority({ subject, planned }: RuleContext): CheckFinding[] {
  if (subject.basicConstraints?.ca === true) {
    const issuer = subject.kind === 'certificate' ? `, issued by ${subject.issuer.text}` : '';
    return [
      {
        id: 'ca-certificate',
        severity: 'error',
        message: `This is a CA certificate (${subject.subject.text}${issuer}): it belongs to the authority that signs server certificates, not to your server.${planned ? ` The server's certificate is the one whose names include ${planned.commonName}.` : ''}`,
        fix: "Open the certificate the CA issued for your request (often the first file of the CA's answer, or the .p7b that holds it) and check that one.",
        source: 'RFC5280',
      },
    ];
  }
  if (
    subject.kind === 'certificate' &&
    subject.selfIssued &&
    planned?.authority !== 'self-signed'
  ) {
    return [
      {
        id: 'self-signed',
        severity: 'error',
        message: `The certificate is self-signed (its issuer is its own subject, ${subject.subject.text}). No client trusts it unless it is installed on every one of them, and Exchange makes such a certificate at setup.`,
        fix: `Request a certificate from ${planned?.authority === 'enterprise' ? 'your enterprise CA' : 'a public CA'} with the planned names.`,
        source: 'EX-Certs',
      },
    ];
  }
  return [];
}

function extendedKeyUsage({ subject, planned, authority: issuedBy }: RuleContext): CheckFinding[] {
  if (subject.basicConstraints?.ca === true) return [];
  const wanted = planned?.extendedKeyUsage ?? [SERVER_AUTH];
  const usages = subject.extendedKeyUsage;
  const noun = itemNoun(subject);
  if (usages === null) {
    if (subject.kind === 'request' || !wanted.includes(SERVER_AUTH)) return [];
    return [
      {
        id: 'eku-absent',
        severity: issuedBy === 'public' ? 'warning' : 'info',
        message:
          'The certificate has no extended key usage extension, so Windows allows any use. Public CAs always include Server Authentication, and some clients require it.',
        fix: 'Use a Web Server (TLS server) template or product for the next certificate.',
        source: 'BR',
      },
    ];
  }
  if (usages.includes(ANY_USAGE)) return [];
  const findings: CheckFinding[] = [];
  if (wanted.includes(SERVER_AUTH) && !usages.includes(SERVER_AUTH)) {
    findings.push({
      id: 'server-auth-missing',
      severity: subject.kind === 'certificate' ? 'error' : 'warning',
      message: `The ${noun}'s extended key usages (${usages.join(', ')}) do not include Server Authentication (1.3.6.1.5.5.7.3.1); clients refuse it for TLS.`,
      fix:
        subject.kind === 'certificate'
          ? 'Have it issued again from a Web Server (TLS server) template.'
          : 'Make the request again without restricting the usages, or with Server Authentication among them.',
      source: 'BR',
    });
  }
  if (wanted.includes(CLIENT_AUTH) && !usages.includes(CLIENT_AUTH)) {
    findings.push({
      id: 'client-auth-missing',
      severity: 'warning',
      message: `The plan needs Client Authentication (1.3.6.1.5.5.7.3.2) on this certificate as well; the ${noun} lacks it.`,
      fix: 'Ask for both server and client authentication on the next request (Request-CsCertificate -ClientEKU $true).',
      source: 'BR',
    });
  }
  return findings;
}

function keyUsage({ subject }: RuleContext): CheckFinding[] {
  const usages = subject.keyUsage;
  if (usages === null || subject.basicConstraints?.ca === true) return [];
  const signs = usages.includes('digitalSignature');
  const encrypts = subject.publicKey.algorithm === 'RSA' && usages.includes('keyEncipherment');
  if (signs || encrypts) return [];
  return [
    {
      id: 'key-usage-unsuitable',
      severity: 'warning',
      message: `The ${itemNoun(subject)}'s key usage (${usages.join(', ') || 'none'}) allows neither digital signatures nor key encipherment, which TLS needs.`,
      fix: 'Use a Web Server (TLS server) template for the next certificate.',
      source: 'RFC5280',
    },
  ];
}

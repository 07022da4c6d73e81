/**
 * Key and signature rules. RSA keys of at least 2048 bits and the NIST curves P-256, P-384 and
 * P-521 are what public CAs accept (CA/Browser Forum BR §6.1.5); SHA-1 and MD5 signatures are
 * refused by clients and by public CAs since 2016 (BR §1.2.2; HealthChecker flags them too).
 */
import type { CheckFinding, Rule, RuleContext } from './context.ts';
import { itemNoun } from './context.ts';

const ALLOWED_CURVES = ['P-256', 'P-384', 'P-521'];
const MINIMUM_RSA_BITS = 2048;

export const keyRules: Rule = (context) => [...keyFindings(context), ...signatureFindings(context)];

function keyFindings({ subject, planned, authority }: RuleContext): CheckFinding[] {
  const key = subject.publicKey;
  const noun = itemNoun(subject);
  const strict = authority === 'public';
  if (key.algorithm === 'RSA') {
    if (key.bits !== null && key.bits < MINIMUM_RSA_BITS) {
      return [
        {
          id: 'rsa-key-too-small',
          severity: strict ? 'error' : 'warning',
          message: `The ${noun}'s RSA key has ${key.bits} bits, below the 2048-bit minimum; public CAs refuse it and clients flag it.`,
          fix: 'Make a new request with a 2048-bit (or 4096-bit) key; the key is fixed when the request is made.',
          source: 'BR',
        },
      ];
    }
    if (planned && key.bits !== null && key.bits < planned.keySize) {
      return [
        {
          id: 'key-smaller-than-planned',
          severity: 'info',
          message: `The ${noun}'s RSA key has ${key.bits} bits; the plan asks for ${planned.keySize}.`,
          fix: `Use -KeySize ${planned.keySize} on the next request, or change the plan's key size.`,
          source: 'EX-CSR',
        },
      ];
    }
    return [];
  }
  if (key.algorithm === 'EC' && key.curve !== null && ALLOWED_CURVES.includes(key.curve)) {
    return [
      {
        id: 'key-algorithm-differs',
        severity: 'warning',
        message: `The ${noun} has an elliptic-curve key (${key.curve}); the plan asks for RSA. Older Exchange and Lync/Skype for Business servers, phones and gateways do not accept ECC certificates.`,
        fix: 'Make sure every server and device that uses this certificate supports ECC, or make a new request with an RSA key.',
        source: 'EX-Certs',
      },
    ];
  }
  const described =
    key.algorithm === 'EC'
      ? `an elliptic-curve key on ${key.curve ?? 'an unnamed curve'}`
      : `a ${key.algorithm === 'other' ? key.oid : key.algorithm} key`;
  return [
    {
      id: 'key-algorithm-unsupported',
      severity: strict ? 'error' : 'warning',
      message: `The ${noun} has ${described}. Public CAs issue TLS certificates for RSA keys and the curves P-256, P-384 and P-521 only, and Windows servers may not use others.`,
      fix: 'Make a new request with a 2048-bit RSA key.',
      source: 'BR',
    },
  ];
}

function signatureFindings({ subject, authority }: RuleContext): CheckFinding[] {
  const { hash, name } = subject.signature;
  if (hash !== 'SHA-1' && hash !== 'MD5' && hash !== 'MD2') return [];
  if (subject.kind === 'request') {
    return [
      {
        id: 'request-signed-with-weak-hash',
        severity: 'info',
        message: `The request is signed with ${name}. The CA chooses the certificate's own signature, but some CAs refuse requests signed with ${hash}.`,
        fix: 'If the CA refuses it, make the request again on a current Windows or OpenSSL version (they sign with SHA-256).',
        source: 'BR',
      },
    ];
  }
  const broken = hash !== 'SHA-1';
  return [
    {
      id: broken ? 'signature-md5' : 'signature-sha1',
      severity: broken || authority === 'public' ? 'error' : 'warning',
      message: `The certificate is signed with ${name}. ${hash} signatures are broken; browsers and current Windows clients reject them, and public CAs have not issued them since 2016.`,
      fix: 'Have the certificate issued again with SHA-256 (on an enterprise CA, set the CA to sign with SHA-256 first).',
      source: 'CSS-HC',
    },
  ];
}

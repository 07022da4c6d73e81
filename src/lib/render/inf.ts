/**
 * certreq.exe INF files for offline requests (reference/lync.md §9; WS-CERTREQ, KB931351, OCS-INF):
 * `[NewRequest]` with a machine key (MachineKeySet, so the computer owns it) from the legacy
 * CryptoAPI provider "Microsoft RSA SChannel Cryptographic Provider" (type 12): Skype for Business
 * Server 2015 does not support keys from a CNG key storage provider (SFB-CNG), and the OCS wizard
 * writes the same provider. Key usage digital signature + key encipherment (0xa0), the server
 * authentication purpose, and every subject alternative name once in `[Extensions]` 2.5.29.17,
 * one `_continue_` line each, the subject's name first. An enterprise CA gets its template in
 * `[RequestAttributes]`.
 *
 * Values come from validated plan fields (no quotes, no line breaks) and are still quoted here:
 * a quote is doubled, line breaks become spaces, so a value can never start a new key or section.
 */
import type { CertificateRequestFile } from '../planner/derived.ts';

/** Server Authentication, RFC 5280 §4.2.1.12 (id-kp-serverAuth). */
const SERVER_AUTHENTICATION = '1.3.6.1.5.5.7.3.1';
/** Subject Alternative Name, RFC 5280 §4.2.1.6. */
const SUBJECT_ALTERNATIVE_NAME = '2.5.29.17';
/** CERT_DIGITAL_SIGNATURE_KEY_USAGE (0x80) | CERT_KEY_ENCIPHERMENT_KEY_USAGE (0x20). */
const KEY_USAGE = '0xa0';
/** The legacy CryptoAPI Schannel provider: PROV_RSA_SCHANNEL is type 12. */
const PROVIDER = { name: 'Microsoft RSA SChannel Cryptographic Provider', type: 12 } as const;

const quoted = (value: string) => `"${value.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;

/** The names once each, in order, ignoring case (DNS names are case-insensitive). */
export function requestNames(request: CertificateRequestFile): string[] {
  const seen = new Set<string>();
  return request.sans.filter((name) => {
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function renderInf(request: CertificateRequestFile): string {
  const sans = requestNames(request);
  const lines = [
    `; ${request.friendlyName.replace(/[\r\n]+/g, ' ')}: certreq -new <this file> <request file>`,
    '[Version]',
    'Signature="$Windows NT$"',
    '',
    '[NewRequest]',
    `Subject = ${quoted(request.subject)}`,
    `FriendlyName = ${quoted(request.friendlyName)}`,
    'KeySpec = 1',
    `KeyLength = ${request.keyLength}`,
    `Exportable = ${request.exportable ? 'TRUE' : 'FALSE'}`,
    'MachineKeySet = TRUE',
    'SMIME = FALSE',
    `ProviderName = ${quoted(PROVIDER.name)}`,
    `ProviderType = ${PROVIDER.type}`,
    'RequestType = PKCS10',
    `KeyUsage = ${KEY_USAGE}`,
    'HashAlgorithm = sha256',
    '',
    '[EnhancedKeyUsageExtension]',
    `OID = ${SERVER_AUTHENTICATION}`,
  ];
  if (sans.length > 0) {
    lines.push('', '[Extensions]', `${SUBJECT_ALTERNATIVE_NAME} = "{text}"`);
    for (const name of sans) lines.push(`_continue_ = ${quoted(`DNS=${name}&`)}`);
  }
  if (request.template !== undefined)
    lines.push('', '[RequestAttributes]', `CertificateTemplate = ${quoted(request.template)}`);
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * certreq.exe INF files for offline requests (reference/lync.md §9; WS-CERTREQ, KB931351, OCS-INF):
 * `[NewRequest]` with a machine key from the legacy CryptoAPI provider (Skype for Business Server
 * 2015 does not support CNG keys, SFB-CNG; OCS's own wizard writes the same provider), the
 * serverAuth EKU, and every SAN once in `[Extensions]` 2.5.29.17, the subject's name first.
 * Values come from validated plan fields (no quotes, no line breaks); they are still quoted here.
 */
import type { CertificateRequestFile } from '../planner/derived.ts';

const SERVER_AUTHENTICATION = '1.3.6.1.5.5.7.3.1';
const SUBJECT_ALTERNATIVE_NAME = '2.5.29.17';

const quoted = (value: string) => `"${value.replace(/"/g, '""').replace(/[\r\n]+/g, ' ')}"`;

export function renderInf(request: CertificateRequestFile): string {
  const sans = [...new Set(request.sans)];
  const lines = [
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
    'ProviderName = "Microsoft RSA SChannel Cryptographic Provider"',
    'ProviderType = 12',
    'RequestType = PKCS10',
    'KeyUsage = 0xa0',
    'HashAlgorithm = sha256',
    '',
    '[EnhancedKeyUsageExtension]',
    `OID = ${SERVER_AUTHENTICATION}`,
  ];
  if (sans.length > 0) {
    lines.push('', '[Extensions]', `${SUBJECT_ALTERNATIVE_NAME} = "{text}"`);
    sans.forEach((name, index) =>
      lines.push(`_continue_ = "DNS=${name}${index < sans.length - 1 ? '&' : ''}"`),
    );
  }
  if (request.template)
    lines.push('', '[RequestAttributes]', `CertificateTemplate = ${request.template}`);
  return `${lines.join('\r\n')}\r\n`;
}

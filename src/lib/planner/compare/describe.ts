/**
 * The facts of a certificate or request in words, row by row: what the checker page's table and
 * `uc-runbook inspect` both show, so they never disagree.
 */
import { count } from './context.ts';
import type { ChainFacts, FileFacts, ItemFacts, PublicKeyFacts } from './facts.ts';
import { lifetimeDays, utc } from './validity.ts';

export interface FactRow {
  /** Stable key (for tests and the page): subject, dns, sha1, … */
  key: string;
  label: string;
  value: string;
}

export function keyText(key: PublicKeyFacts): string {
  if (key.algorithm === 'RSA') return key.bits === null ? 'RSA' : `RSA ${key.bits} bits`;
  if (key.algorithm === 'EC') return `EC ${key.curve ?? 'unnamed curve'}`;
  return key.algorithm === 'other' ? key.oid : key.algorithm;
}

/** The rows for one item; rows without a value (no IP SANs, say) are left out. */
export function factRows(item: ItemFacts): FactRow[] {
  const rows: FactRow[] = [
    {
      key: 'kind',
      label: 'Kind',
      value: item.kind === 'request' ? 'Certificate request (PKCS #10)' : kindOfCertificate(item),
    },
    { key: 'subject', label: 'Subject', value: item.subject.text || '(empty)' },
  ];
  if (item.kind === 'certificate')
    rows.push({ key: 'issuer', label: 'Issuer', value: item.issuer.text });
  rows.push(
    {
      key: 'dns',
      label: 'DNS names',
      value: item.hasAltNames ? item.sans.dns.join(', ') : '(no subject alternative names)',
    },
    { key: 'ip', label: 'IP addresses', value: item.sans.ip.join(', ') },
    { key: 'email', label: 'E-mail addresses', value: item.sans.email.join(', ') },
    { key: 'uri', label: 'URIs', value: item.sans.uri.join(', ') },
    {
      key: 'other',
      label: 'Other names',
      value: item.sans.other.map((name) => `${name.kind}: ${name.value}`).join(', '),
    },
    { key: 'key', label: 'Public key', value: keyText(item.publicKey) },
    { key: 'signature', label: 'Signature', value: item.signature.name },
  );
  if (item.kind === 'certificate') {
    rows.push({
      key: 'validity',
      label: 'Valid',
      value: `${utc(item.validity.notBefore)} to ${utc(item.validity.notAfter)} (${lifetimeDays(item)} days)`,
    });
  }
  rows.push(
    {
      key: 'eku',
      label: 'Extended key usage',
      value:
        item.extendedKeyUsage === null
          ? item.kind === 'request'
            ? ''
            : '(none: any use)'
          : item.extendedKeyUsage.join(', '),
    },
    { key: 'keyUsage', label: 'Key usage', value: item.keyUsage?.join(', ') ?? '' },
    {
      key: 'basicConstraints',
      label: 'Basic constraints',
      value:
        item.basicConstraints === null
          ? ''
          : item.basicConstraints.ca
            ? `CA${item.basicConstraints.pathLength === null ? '' : `, path length ${item.basicConstraints.pathLength}`}`
            : 'not a CA',
    },
  );
  if (item.kind === 'certificate') {
    rows.push(
      { key: 'selfSigned', label: 'Self-signed', value: item.selfIssued ? 'yes' : 'no' },
      { key: 'serial', label: 'Serial number', value: item.serialNumber },
      {
        key: 'sha1',
        label: 'SHA-1 thumbprint',
        value: item.thumbprints?.sha1 ?? '(not available)',
      },
      {
        key: 'sha256',
        label: 'SHA-256 thumbprint',
        value: item.thumbprints?.sha256 ?? '(not available)',
      },
    );
  }
  return rows.filter((row) => row.value !== '');
}

function kindOfCertificate(item: Extract<ItemFacts, { kind: 'certificate' }>): string {
  if (item.basicConstraints?.ca)
    return item.selfIssued ? 'Root CA certificate' : 'Intermediate CA certificate';
  return item.selfIssued ? 'Self-signed certificate' : 'Certificate';
}

const FORMATS: Record<FileFacts['format'], string> = {
  pem: 'PEM',
  base64: 'base64 without PEM lines',
  der: 'DER (binary)',
};
const CONTAINERS: Record<FileFacts['container'], string> = {
  certificate: 'one certificate',
  request: 'a certificate request',
  pkcs7: 'PKCS #7 (.p7b)',
  bundle: 'several PEM blocks',
};

/** "PEM, PKCS #7 (.p7b) with 3 certificates" */
export function fileSummary(file: FileFacts): string {
  const several = file.container === 'pkcs7' || file.container === 'bundle';
  const noun = file.items.every((item) => item.kind === 'certificate') ? 'certificate' : 'item';
  const what = several
    ? `${CONTAINERS[file.container]} with ${count(file.items.length, noun)}`
    : CONTAINERS[file.container];
  return `${FORMATS[file.format]}, ${what}`;
}

const ORDER: Record<ChainFacts['order'], string> = {
  single: 'one certificate',
  'leaf-first': "the server's certificate first, then each issuer",
  'root-first': "the root first, the server's certificate last",
  unordered: 'not in chain order',
};

/** The chain in words, from the server's certificate up: "mail.contoso.com → Issuing CA 1 → Root". */
export function chainText(file: FileFacts): string | null {
  const chain = file.chain;
  if (!chain || chain.order === 'single') return null;
  const certificates = file.items.filter((item) => item.kind === 'certificate');
  const path = chain.path.map((index) => {
    const subject = certificates[index]!.subject;
    return subject.commonName ?? subject.text;
  });
  return `${path.join(' → ')} (${ORDER[chain.order]})`;
}

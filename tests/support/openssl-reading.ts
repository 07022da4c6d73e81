/**
 * What openssl itself reads in a certificate or a request (x509/req -text, -ext, -fingerprint,
 * -nameopt RFC2253), in the shapes of the facts, so tests can hold the PKI adapter to it.
 */
import { tmpdir } from 'node:os';
import { openssl } from './openssl.ts';

/** What openssl itself reads in a certificate or a request, in the shapes of the facts. */
export interface OpensslReading {
  subject: string;
  issuer?: string;
  serial?: string;
  notBefore?: string;
  notAfter?: string;
  sha1?: string;
  sha256?: string;
  version: number;
  keyAlgorithm: string;
  keyBits: number | null;
  curve: string | null;
  signature: string;
  dns: string[];
  ip: string[];
  email: string[];
  uri: string[];
  upn: string[];
  extendedKeyUsage: string[] | null;
  keyUsage: string[] | null;
  basicConstraints: { ca: boolean; pathLength: number | null } | null;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
}

const PURPOSES: Record<string, string> = {
  'TLS Web Server Authentication': 'serverAuth',
  'TLS Web Client Authentication': 'clientAuth',
  'Code Signing': 'codeSigning',
  'E-mail Protection': 'emailProtection',
  'Time Stamping': 'timeStamping',
  'OCSP Signing': 'OCSPSigning',
  'Any Extended Key Usage': 'anyExtendedKeyUsage',
};
const USAGES: Record<string, string> = {
  'Digital Signature': 'digitalSignature',
  'Non Repudiation': 'nonRepudiation',
  'Key Encipherment': 'keyEncipherment',
  'Data Encipherment': 'dataEncipherment',
  'Key Agreement': 'keyAgreement',
  'Certificate Sign': 'keyCertSign',
  'CRL Sign': 'cRLSign',
  'Encipher Only': 'encipherOnly',
  'Decipher Only': 'decipherOnly',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Nov 30 05:56:28 2026 GMT` as an ISO instant. */
function opensslDate(text: string): string {
  const [month, day, time, year] = text.trim().split(/\s+/) as [string, string, string, string];
  const [hours, minutes, seconds] = time.split(':').map(Number) as [number, number, number];
  return new Date(
    Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), hours, minutes, seconds),
  ).toISOString();
}

/** The text after an extension's heading line in openssl's -text output (up to the next heading). */
function extension(text: string, heading: string): string | null {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.trim().startsWith(`${heading}:`));
  if (index === -1) return null;
  return lines[index + 1]!.trim();
}

export function opensslReads(path: string, kind: 'certificate' | 'request'): OpensslReading {
  const dir = tmpdir();
  const tool = kind === 'certificate' ? 'x509' : 'req';
  const inform = path.endsWith('.der') ? ['-inform', 'DER'] : [];
  const base = [tool, '-in', path, ...inform, '-noout'];
  // One run for everything but the SHA-256 fingerprint (x509 takes one digest per run). Names in
  // RFC 2253 form with UTF-8 left as it is (no \XX escapes for non-ASCII letters).
  const text = openssl(
    [
      ...base,
      '-text',
      '-subject',
      '-nameopt',
      'RFC2253,-esc_msb',
      ...(kind === 'certificate'
        ? ['-issuer', '-serial', '-startdate', '-enddate', '-fingerprint', '-sha1']
        : []),
    ],
    dir,
  );
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1]?.trim();
  const sans = (extension(text, 'X509v3 Subject Alternative Name') ?? '')
    .split(', ')
    .filter(Boolean);
  const of = (prefix: string) =>
    sans.filter((entry) => entry.startsWith(prefix)).map((entry) => entry.slice(prefix.length));
  const list = (heading: string, table: Record<string, string>) => {
    const value = extension(text, heading);
    return value === null ? null : value.split(', ').map((entry) => table[entry] ?? entry);
  };
  const constraints = extension(text, 'X509v3 Basic Constraints');
  const pathLength = constraints === null ? undefined : /pathlen:(\d+)/.exec(constraints)?.[1];
  const keyId = (heading: string) =>
    extension(text, heading)
      ?.replace(/^keyid:/, '')
      .replaceAll(':', '') ?? null;
  const reading: OpensslReading = {
    subject: field('subject')!,
    version: Number(/Version: (\d+)/.exec(text)![1]),
    keyAlgorithm: /Public Key Algorithm: (\S+)/.exec(text)![1]!,
    keyBits: Number(/Public-Key: \((\d+) bit\)/.exec(text)?.[1] ?? Number.NaN) || null,
    curve: /NIST CURVE: (\S+)/.exec(text)?.[1] ?? null,
    signature: /Signature Algorithm: (\S+)/.exec(text)![1]!,
    dns: of('DNS:'),
    ip: of('IP Address:'),
    email: of('email:'),
    uri: of('URI:'),
    upn: of('othername: UPN::'),
    extendedKeyUsage: list('X509v3 Extended Key Usage', PURPOSES),
    keyUsage: list('X509v3 Key Usage', USAGES),
    basicConstraints:
      constraints === null
        ? null
        : {
            ca: constraints.startsWith('CA:TRUE'),
            pathLength: pathLength === undefined ? null : Number(pathLength),
          },
    subjectKeyId: keyId('X509v3 Subject Key Identifier'),
    authorityKeyId: keyId('X509v3 Authority Key Identifier'),
  };
  if (kind === 'certificate') {
    const sha256 = openssl([...base, '-fingerprint', '-sha256'], dir);
    Object.assign(reading, {
      issuer: field('issuer'),
      serial: field('serial'),
      notBefore: opensslDate(field('notBefore')!),
      notAfter: opensslDate(field('notAfter')!),
      sha1: field('sha1 Fingerprint')!.replaceAll(':', ''),
      sha256: /Fingerprint=(.*)$/m.exec(sha256)![1]!.replaceAll(':', ''),
    });
  }
  return reading;
}

/** SHA-1 fingerprints of the certificates in a PKCS #7 file, in openssl's order. */
export function opensslPkcs7Thumbprints(path: string): string[] {
  const inform = path.includes('-der') ? ['-inform', 'DER'] : [];
  const pems = openssl(['pkcs7', '-in', path, ...inform, '-print_certs'], tmpdir()).match(
    /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n/g,
  )!;
  return pems.map((pem) =>
    /Fingerprint=(.*)$/m
      .exec(openssl(['x509', '-noout', '-fingerprint', '-sha1'], tmpdir(), pem))![1]!
      .replaceAll(':', ''),
  );
}

/**
 * What a certificate or certificate request file says, as plain serialisable data. The PKI adapter
 * (src/lib/pki) reads files into these shapes; the comparison with the plan (compare/*.ts) reads
 * only these, so it stays pure and is tested without a single real certificate.
 */

/** One attribute of a distinguished name, in the order the file holds them. */
export interface NameAttribute {
  /** Short name where there is one (CN, O, OU, C, ST, L, DC, emailAddress…), else the dotted OID. */
  type: string;
  value: string;
}

export interface DistinguishedName {
  /** RFC 4514 text, most specific attribute first: `CN=mail.contoso.com,O=Contoso,C=US`. */
  text: string;
  /** Relative distinguished names in file order (C first, usually); several values in one RDN are rare. */
  attributes: NameAttribute[];
  /** The last CN attribute (the one TLS clients used to read), or null. */
  commonName: string | null;
}

/** Subject alternative names by kind (RFC 5280 §4.2.1.6). */
export interface AltNames {
  dns: string[];
  /** IPv4 as dotted quads, IPv6 in RFC 5952 form (`2001:db8::1`). */
  ip: string[];
  email: string[];
  uri: string[];
  /** Other kinds (directoryName, otherName such as a UPN, registeredID), in words. */
  other: { kind: string; value: string }[];
}

export type KeyAlgorithm = 'RSA' | 'EC' | 'Ed25519' | 'Ed448' | 'DSA' | 'other';

export interface PublicKeyFacts {
  algorithm: KeyAlgorithm;
  /** The algorithm's OID (rsaEncryption, id-ecPublicKey, …). */
  oid: string;
  /** RSA modulus or EC curve size in bits; null when unknown. */
  bits: number | null;
  /** EC curves by their NIST names where they have one (P-256, P-384, P-521), else the OID. */
  curve: string | null;
}

export type HashName = 'MD2' | 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface SignatureFacts {
  oid: string;
  /** OpenSSL's name for the algorithm (sha256WithRSAEncryption, ecdsa-with-SHA256, …), else the OID. */
  name: string;
  /** The hash the signature uses; null when the algorithm has none of its own (Ed25519) or is unknown. */
  hash: HashName | null;
}

export interface BasicConstraints {
  ca: boolean;
  pathLength: number | null;
}

/** What a certificate request (CSR, PKCS#10) and a certificate have in common. */
interface SignedFacts {
  subject: DistinguishedName;
  sans: AltNames;
  /** True when the subject alternative name extension is present (even if empty). */
  hasAltNames: boolean;
  publicKey: PublicKeyFacts;
  signature: SignatureFacts;
  /** Extended key usages by name (serverAuth, clientAuth, …) or OID; null when the extension is absent. */
  extendedKeyUsage: string[] | null;
  /** Key usage bits by their RFC 5280 names; null when the extension is absent. */
  keyUsage: string[] | null;
  basicConstraints: BasicConstraints | null;
}

export interface Thumbprints {
  /** Upper-case hex without separators: what Enable-ExchangeCertificate and Set-CsCertificate take. */
  sha1: string;
  sha256: string;
}

export interface CertificateFacts extends SignedFacts {
  kind: 'certificate';
  /** X.509 version, 1 to 3. */
  version: number;
  /** Upper-case hex, as Windows shows it. */
  serialNumber: string;
  issuer: DistinguishedName;
  /** ISO 8601 instants (UTC). */
  validity: { notBefore: string; notAfter: string };
  /** Issuer and subject are the same name (a root, or a self-signed server certificate). */
  selfIssued: boolean;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  /** Null when the browser offers no Web Crypto (pages opened over plain http from another host). */
  thumbprints: Thumbprints | null;
}

export interface RequestFacts extends SignedFacts {
  kind: 'request';
}

export type ItemFacts = CertificateFacts | RequestFacts;

/** How the certificates of a file relate: which is the server's, and whether they are in order. */
export interface ChainFacts {
  /**
   * single: one certificate. leaf-first: each certificate is followed by its issuer (what TLS
   * servers send). root-first: the reverse. unordered: anything else.
   */
  order: 'single' | 'leaf-first' | 'root-first' | 'unordered';
  /** Index (in the file's certificates) of the end-entity certificate, null when there is none. */
  leaf: number | null;
  /** Indexes from the leaf up to the last issuer found in the file. */
  path: number[];
  /** Certificates that are not on the leaf's path (another server's, a stray root). */
  unrelated: number[];
}

export type FileFormat = 'pem' | 'base64' | 'der';
/** certificate / request: one item; pkcs7: a PKCS#7 (.p7b) answer; bundle: several PEM blocks. */
export type FileContainer = 'certificate' | 'request' | 'pkcs7' | 'bundle';

export interface FileFacts {
  format: FileFormat;
  container: FileContainer;
  /** Every certificate and request in the file, in file order. */
  items: ItemFacts[];
  /** The certificates' relation; null when the file holds no certificate. */
  chain: ChainFacts | null;
  /** Things noticed while reading that are not about the plan ("the file also holds a private key"). */
  notices: string[];
}

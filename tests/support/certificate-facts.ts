/**
 * Certificate facts written by hand for the comparison rules' unit tests: a certificate that
 * matches a planned one exactly, changed one field at a time. (Facts read from real files by the
 * PKI adapter are tested against openssl in tests/artifacts/certificates.test.ts.)
 */
import { chainOf } from '../../src/lib/planner/compare/chain.ts';
import type {
  CertificateFacts,
  DistinguishedName,
  FileContainer,
  FileFacts,
  ItemFacts,
  RequestFacts,
} from '../../src/lib/planner/compare/facts.ts';
import type { PlannedCertificate } from '../../src/lib/planner/derived.ts';

/** The clock every test reads: 2026-12-10 12:00 UTC. */
export const NOW = new Date('2026-12-10T12:00:00Z');

export function dn(commonName: string | null, rest = 'O=Contoso Ltd,C=US'): DistinguishedName {
  const text = [commonName === null ? '' : `CN=${commonName}`, rest].filter(Boolean).join(',');
  const attributes = text
    .split(',')
    .reverse()
    .map((pair) => {
      const [type, value] = pair.split('=') as [string, string];
      return { type, value };
    });
  return { text, attributes, commonName };
}

const ISSUER = dn('Contoso Issuing CA 1', 'O=Contoso Ltd,C=US');

export function certificateFacts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    kind: 'certificate',
    version: 3,
    serialNumber: '0A1B2C',
    subject: dn('mail.contoso.com'),
    issuer: ISSUER,
    sans: { dns: ['mail.contoso.com'], ip: [], email: [], uri: [], other: [] },
    hasAltNames: true,
    publicKey: { algorithm: 'RSA', oid: '1.2.840.113549.1.1.1', bits: 2048, curve: null },
    signature: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption', hash: 'SHA-256' },
    validity: { notBefore: '2026-12-01T08:00:00.000Z', notAfter: '2027-06-18T08:00:00.000Z' },
    extendedKeyUsage: ['serverAuth'],
    keyUsage: ['digitalSignature', 'keyEncipherment'],
    basicConstraints: { ca: false, pathLength: null },
    selfIssued: false,
    subjectKeyId: 'AA01',
    authorityKeyId: 'BB02',
    thumbprints: { sha1: 'A'.repeat(40), sha256: 'B'.repeat(64) },
    ...overrides,
  };
}

export function requestFacts(overrides: Partial<RequestFacts> = {}): RequestFacts {
  const { kind: _kind, ...shared } = certificateFacts();
  return {
    kind: 'request',
    subject: shared.subject,
    sans: shared.sans,
    hasAltNames: true,
    publicKey: shared.publicKey,
    signature: shared.signature,
    extendedKeyUsage: null,
    keyUsage: null,
    basicConstraints: null,
    ...overrides,
  };
}

/** A certificate carrying exactly the planned names and subject. */
export function matching(planned: PlannedCertificate, overrides: Partial<CertificateFacts> = {}) {
  return certificateFacts({
    subject: dn(planned.commonName),
    sans: {
      dns: planned.sans.map((san) => san.name),
      ip: [],
      email: [],
      uri: [],
      other: [],
    },
    hasAltNames: planned.sans.length > 0,
    selfIssued: planned.authority === 'self-signed',
    ...overrides,
  });
}

/** A CA certificate: `name` issued by `issuer` (itself for a root). */
export function caFacts(name: string, issuer = name): CertificateFacts {
  return certificateFacts({
    subject: dn(name),
    issuer: dn(issuer),
    sans: { dns: [], ip: [], email: [], uri: [], other: [] },
    hasAltNames: false,
    basicConstraints: { ca: true, pathLength: null },
    keyUsage: ['keyCertSign', 'cRLSign'],
    extendedKeyUsage: null,
    selfIssued: name === issuer,
    subjectKeyId: `SKI-${name}`,
    authorityKeyId: name === issuer ? null : `SKI-${issuer}`,
  });
}

/** A file of `items`, its chain worked out as the reader does. */
export function fileOf(items: ItemFacts[], container?: FileContainer): FileFacts {
  const certificates = items.filter(
    (item): item is CertificateFacts => item.kind === 'certificate',
  );
  return {
    format: 'pem',
    container:
      container ??
      (items.length > 1 ? 'bundle' : items[0]?.kind === 'request' ? 'request' : 'certificate'),
    items,
    chain: certificates.length > 0 ? chainOf(certificates) : null,
    notices: [],
  };
}

/** The leaf of a chain: issued by "Contoso Issuing CA 1". */
export function leafOf(planned: PlannedCertificate, overrides: Partial<CertificateFacts> = {}) {
  return matching(planned, {
    issuer: dn('Contoso Issuing CA 1'),
    authorityKeyId: 'SKI-Contoso Issuing CA 1',
    ...overrides,
  });
}

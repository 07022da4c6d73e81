import { describe, expect, it } from 'vitest';
import {
  caFacts,
  certificateFacts,
  dn,
  fileOf,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import { chainText, factRows, fileSummary, keyText } from './describe.ts';

const rows = (...args: Parameters<typeof factRows>) =>
  Object.fromEntries(factRows(...args).map((row) => [row.key, row.value]));

describe('fact rows', () => {
  it('describe a certificate, row by row, leaving out empty ones', () => {
    const facts = certificateFacts({
      sans: {
        dns: ['mail.contoso.com', 'autodiscover.contoso.com'],
        ip: ['10.0.0.1'],
        email: [],
        uri: [],
        other: [{ kind: 'UPN', value: 'a@contoso.com' }],
      },
    });
    expect(factRows(facts).map((row) => row.label)).toEqual([
      'Kind',
      'Subject',
      'Issuer',
      'DNS names',
      'IP addresses',
      'Other names',
      'Public key',
      'Signature',
      'Valid',
      'Extended key usage',
      'Key usage',
      'Basic constraints',
      'Self-signed',
      'Serial number',
      'SHA-1 thumbprint',
      'SHA-256 thumbprint',
    ]);
    expect(rows(facts)).toEqual({
      kind: 'Certificate',
      subject: 'CN=mail.contoso.com,O=Contoso Ltd,C=US',
      issuer: 'CN=Contoso Issuing CA 1,O=Contoso Ltd,C=US',
      dns: 'mail.contoso.com, autodiscover.contoso.com',
      ip: '10.0.0.1',
      other: 'UPN: a@contoso.com',
      key: 'RSA 2048 bits',
      signature: 'sha256WithRSAEncryption',
      validity: '2026-12-01 08:00 UTC to 2027-06-18 08:00 UTC (200 days)',
      eku: 'serverAuth',
      keyUsage: 'digitalSignature, keyEncipherment',
      basicConstraints: 'not a CA',
      selfSigned: 'no',
      serial: '0A1B2C',
      sha1: 'A'.repeat(40),
      sha256: 'B'.repeat(64),
    });
  });

  it('say what is missing or unusual', () => {
    const facts = certificateFacts({
      hasAltNames: false,
      sans: { dns: [], ip: [], email: ['a@b.c'], uri: ['https://x'], other: [] },
      extendedKeyUsage: null,
      keyUsage: null,
      basicConstraints: null,
      thumbprints: null,
      selfIssued: true,
      subject: dn(null, ''),
    });
    expect(rows(facts)).toMatchObject({
      kind: 'Self-signed certificate',
      subject: '(empty)',
      dns: '(no subject alternative names)',
      email: 'a@b.c',
      uri: 'https://x',
      eku: '(none: any use)',
      selfSigned: 'yes',
      sha1: '(not available)',
      sha256: '(not available)',
    });
    expect(rows(facts)).not.toHaveProperty('keyUsage');
    expect(rows(facts)).not.toHaveProperty('basicConstraints');
  });

  it('name CA certificates', () => {
    expect(rows(caFacts('Root')).kind).toBe('Root CA certificate');
    expect(rows(caFacts('Issuing', 'Root')).kind).toBe('Intermediate CA certificate');
    const limited = {
      ...caFacts('Issuing', 'Root'),
      basicConstraints: { ca: true, pathLength: 0 },
    };
    expect(rows(limited).basicConstraints).toBe('CA, path length 0');
    expect(rows(caFacts('Root')).basicConstraints).toBe('CA');
  });

  it('describe a request without the rows only certificates have', () => {
    const request = rows(requestFacts());
    expect(request.kind).toBe('Certificate request (PKCS #10)');
    expect(Object.keys(request)).toEqual(['kind', 'subject', 'dns', 'key', 'signature']);
  });

  it.each([
    [{ algorithm: 'RSA', oid: '1', bits: 4096, curve: null }, 'RSA 4096 bits'],
    [{ algorithm: 'RSA', oid: '1', bits: null, curve: null }, 'RSA'],
    [{ algorithm: 'EC', oid: '1', bits: 384, curve: 'P-384' }, 'EC P-384'],
    [{ algorithm: 'EC', oid: '1', bits: null, curve: null }, 'EC unnamed curve'],
    [{ algorithm: 'Ed25519', oid: '1.3.101.112', bits: null, curve: null }, 'Ed25519'],
    [{ algorithm: 'other', oid: '1.2.3', bits: null, curve: null }, '1.2.3'],
  ] as const)('key %j reads %s', (key, text) => {
    expect(keyText(key)).toBe(text);
  });
});

describe('file summary and chain', () => {
  const root = caFacts('Contoso Root');
  const issuing = caFacts('Contoso Issuing CA 1', 'Contoso Root');
  const leaf = certificateFacts({ authorityKeyId: 'SKI-Contoso Issuing CA 1' });

  it.each([
    [fileOf([leaf]), 'PEM, one certificate'],
    [
      { ...fileOf([requestFacts()]), format: 'base64' as const },
      'base64 without PEM lines, a certificate request',
    ],
    [
      { ...fileOf([leaf, issuing], 'pkcs7'), format: 'der' as const },
      'DER (binary), PKCS #7 (.p7b) with 2 certificates',
    ],
    [fileOf([leaf, requestFacts()]), 'PEM, several PEM blocks with 2 items'],
    [fileOf([leaf], 'pkcs7'), 'PEM, PKCS #7 (.p7b) with 1 certificate'],
  ])('%#: %s', (file, text) => {
    expect(fileSummary(file)).toBe(text);
  });

  it('writes the chain from the server up, with its order', () => {
    expect(chainText(fileOf([leaf, issuing, root]))).toBe(
      "mail.contoso.com → Contoso Issuing CA 1 → Contoso Root (the server's certificate first, then each issuer)",
    );
    expect(chainText(fileOf([root, issuing, leaf]))).toBe(
      "mail.contoso.com → Contoso Issuing CA 1 → Contoso Root (the root first, the server's certificate last)",
    );
    expect(chainText(fileOf([issuing, leaf, root]))).toMatch(/\(not in chain order\)$/);
    const nameless = { ...root, subject: dn(null, 'OU=Root CA') };
    const child = { ...issuing, issuer: nameless.subject };
    expect(chainText(fileOf([child, nameless]))).toBe(
      "Contoso Issuing CA 1 → OU=Root CA (the server's certificate first, then each issuer)",
    );
  });

  it('has no chain to tell for one certificate or a request', () => {
    expect(chainText(fileOf([leaf]))).toBeNull();
    expect(chainText(fileOf([requestFacts()]))).toBeNull();
  });
});

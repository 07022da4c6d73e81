import { describe, expect, it } from 'vitest';
import {
  certificateFacts,
  fileOf,
  NOW,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import { planned } from '../../../../tests/support/planned-certificate.ts';
import type { PlannedCertificate } from '../derived.ts';
import type { ItemFacts, PublicKeyFacts, SignatureFacts } from './facts.ts';
import { keyRules } from './key.ts';

const plan = planned(['mail.contoso.com']);
function run(
  subject: ItemFacts,
  authority: PlannedCertificate['authority'] = 'public',
  target: PlannedCertificate | null = plan,
) {
  return keyRules({ file: fileOf([subject]), subject, planned: target, authority, now: NOW });
}
const rsa = (bits: number): PublicKeyFacts => ({
  algorithm: 'RSA',
  oid: '1.2.840.113549.1.1.1',
  bits,
  curve: null,
});
const ec = (curve: string | null): PublicKeyFacts => ({
  algorithm: 'EC',
  oid: '1.2.840.10045.2.1',
  bits: 256,
  curve,
});
const signed = (name: string, hash: SignatureFacts['hash']): SignatureFacts => ({
  oid: '1.2.3',
  name,
  hash,
});

describe('keys', () => {
  it('refuses an RSA key under 2048 bits: an error for a public CA, a warning otherwise', () => {
    const [finding] = run(certificateFacts({ publicKey: rsa(1024) }));
    expect(finding).toMatchObject({ id: 'rsa-key-too-small', severity: 'error', source: 'BR' });
    expect(finding!.message).toBe(
      "The certificate's RSA key has 1024 bits, below the 2048-bit minimum; public CAs refuse it and clients flag it.",
    );
    expect(run(certificateFacts({ publicKey: rsa(1024) }), 'enterprise')[0]!.severity).toBe(
      'warning',
    );
    expect(run(requestFacts({ publicKey: rsa(2047) }))[0]!.message).toMatch(
      /^The request's RSA key has 2047 bits/,
    );
  });

  it('accepts 2048 bits and more, and notes a key smaller than planned', () => {
    expect(run(certificateFacts({ publicKey: rsa(2048) }))).toEqual([]);
    expect(run(certificateFacts({ publicKey: rsa(4096) }))).toEqual([]);
    const [finding] = run(
      certificateFacts({ publicKey: rsa(2048) }),
      'public',
      planned(['a.contoso.com'], { keySize: 4096 }),
    );
    expect(finding).toMatchObject({ id: 'key-smaller-than-planned', severity: 'info' });
    expect(finding!.message).toBe(
      "The certificate's RSA key has 2048 bits; the plan asks for 4096.",
    );
    expect(finding!.fix).toBe(
      "Use -KeySize 4096 on the next request, or change the plan's key size.",
    );
    expect(run(certificateFacts({ publicKey: rsa(2048) }), 'public', null)).toEqual([]);
  });

  it('ignores an RSA key whose size could not be read', () => {
    expect(run(certificateFacts({ publicKey: { ...rsa(0), bits: null } }))).toEqual([]);
  });

  it.each(['P-256', 'P-384', 'P-521'])(
    'warns that an ECC key (%s) differs from the planned RSA key',
    (curve) => {
      const [finding] = run(certificateFacts({ publicKey: ec(curve) }));
      expect(finding).toMatchObject({ id: 'key-algorithm-differs', severity: 'warning' });
      expect(finding!.message).toContain(`elliptic-curve key (${curve})`);
    },
  );

  it.each([
    [ec('secp256k1'), 'an elliptic-curve key on secp256k1'],
    [ec(null), 'an elliptic-curve key on an unnamed curve'],
    [
      { algorithm: 'Ed25519', oid: '1.3.101.112', bits: null, curve: null } as PublicKeyFacts,
      'a Ed25519 key',
    ],
    [
      { algorithm: 'other', oid: '1.2.3.4', bits: null, curve: null } as PublicKeyFacts,
      'a 1.2.3.4 key',
    ],
  ])('refuses keys public CAs do not issue for: %j', (key, described) => {
    const [finding] = run(certificateFacts({ publicKey: key }));
    expect(finding).toMatchObject({ id: 'key-algorithm-unsupported', severity: 'error' });
    expect(finding!.message).toBe(
      `The certificate has ${described}. Public CAs issue TLS certificates for RSA keys and the curves P-256, P-384 and P-521 only, and Windows servers may not use others.`,
    );
    expect(run(certificateFacts({ publicKey: key }), 'enterprise')[0]!.severity).toBe('warning');
  });
});

describe('signatures', () => {
  it.each([
    ['sha1WithRSAEncryption', 'SHA-1', 'signature-sha1'],
    ['md5WithRSAEncryption', 'MD5', 'signature-md5'],
    ['md2WithRSAEncryption', 'MD2', 'signature-md5'],
  ] as const)('refuses a certificate signed with %s', (name, hash, id) => {
    const [finding] = run(certificateFacts({ signature: signed(name, hash) }));
    expect(finding).toMatchObject({ id, severity: 'error', source: 'CSS-HC' });
    expect(finding!.message).toMatch(
      new RegExp(`^The certificate is signed with ${name}\\. ${hash} signatures are broken`),
    );
  });

  it('lets an enterprise SHA-1 certificate pass as a warning, never MD5', () => {
    expect(
      run(
        certificateFacts({ signature: signed('sha1WithRSAEncryption', 'SHA-1') }),
        'enterprise',
      )[0]!.severity,
    ).toBe('warning');
    expect(
      run(certificateFacts({ signature: signed('md5WithRSAEncryption', 'MD5') }), 'enterprise')[0]!
        .severity,
    ).toBe('error');
  });

  it('only notes a request signed with SHA-1 (the CA signs the certificate itself)', () => {
    const [finding] = run(requestFacts({ signature: signed('sha1WithRSAEncryption', 'SHA-1') }));
    expect(finding).toMatchObject({ id: 'request-signed-with-weak-hash', severity: 'info' });
    expect(finding!.message).toContain('some CAs refuse requests signed with SHA-1');
  });

  it.each(['SHA-224', 'SHA-256', 'SHA-384', 'SHA-512', null] as const)('accepts %s', (hash) => {
    expect(run(certificateFacts({ signature: signed('x', hash) }))).toEqual([]);
  });
});

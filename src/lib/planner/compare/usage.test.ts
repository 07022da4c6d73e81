import { describe, expect, it } from 'vitest';
import {
  caFacts,
  certificateFacts,
  dn,
  fileOf,
  NOW,
  requestFacts,
} from '../../../../tests/support/certificate-facts.ts';
import { planned } from '../../../../tests/support/planned-certificate.ts';
import type { PlannedCertificate } from '../derived.ts';
import type { ItemFacts } from './facts.ts';
import { usageRules } from './usage.ts';

const plan = planned(['mail.contoso.com']);
function run(subject: ItemFacts, target: PlannedCertificate | null = plan) {
  return usageRules({
    file: fileOf([subject]),
    subject,
    planned: target,
    authority: target?.authority ?? 'public',
    now: NOW,
  });
}
const ids = (subject: ItemFacts, target?: PlannedCertificate | null) =>
  run(subject, target).map((finding) => `${finding.id}:${finding.severity}`);

describe('authority', () => {
  it('refuses a CA certificate pasted instead of the server certificate', () => {
    const [finding] = run(caFacts('Contoso Issuing CA 1', 'Contoso Root'));
    expect(finding).toMatchObject({ id: 'ca-certificate', severity: 'error', source: 'RFC5280' });
    expect(finding!.message).toBe(
      "This is a CA certificate (CN=Contoso Issuing CA 1,O=Contoso Ltd,C=US, issued by CN=Contoso Root,O=Contoso Ltd,C=US): it belongs to the authority that signs server certificates, not to your server. The server's certificate is the one whose names include mail.contoso.com.",
    );
    expect(run(caFacts('Contoso Root'), null)[0]!.message).toMatch(/not to your server\.$/);
    expect(ids(caFacts('Contoso Root'))).toEqual(['ca-certificate:error']);
  });

  it('refuses a self-signed server certificate unless the plan wants one', () => {
    const facts = certificateFacts({ selfIssued: true, issuer: dn('mail.contoso.com') });
    const [finding] = run(facts);
    expect(finding).toMatchObject({ id: 'self-signed', severity: 'error' });
    expect(finding!.fix).toBe('Request a certificate from a public CA with the planned names.');
    expect(
      run(facts, planned(['mail.contoso.com'], { authority: 'enterprise' }))[0]!.fix,
    ).toContain('your enterprise CA');
    expect(run(facts, null)[0]!.id).toBe('self-signed');
    expect(run(facts, planned([], { authority: 'self-signed' }))).toEqual([]);
  });

  it('accepts a certificate issued by a CA', () => {
    expect(run(certificateFacts())).toEqual([]);
  });
});

describe('extended key usage', () => {
  it('refuses a certificate without serverAuth; warns for a request', () => {
    const [finding] = run(
      certificateFacts({ extendedKeyUsage: ['clientAuth', '1.3.6.1.4.1.311.10.3.4'] }),
    );
    expect(finding).toMatchObject({ id: 'server-auth-missing', severity: 'error', source: 'BR' });
    expect(finding!.message).toBe(
      "The certificate's extended key usages (clientAuth, 1.3.6.1.4.1.311.10.3.4) do not include Server Authentication (1.3.6.1.5.5.7.3.1); clients refuse it for TLS.",
    );
    const request = run(requestFacts({ extendedKeyUsage: ['clientAuth'] }))[0]!;
    expect(request).toMatchObject({ id: 'server-auth-missing', severity: 'warning' });
    expect(request.fix).toMatch(/^Make the request again/);
  });

  it('accepts serverAuth, and anyExtendedKeyUsage', () => {
    expect(run(certificateFacts({ extendedKeyUsage: ['serverAuth', 'clientAuth'] }))).toEqual([]);
    expect(run(certificateFacts({ extendedKeyUsage: ['anyExtendedKeyUsage'] }))).toEqual([]);
  });

  it('warns when a public certificate has no EKU at all; notes it for others; not for requests', () => {
    expect(ids(certificateFacts({ extendedKeyUsage: null }))).toEqual(['eku-absent:warning']);
    expect(
      ids(
        certificateFacts({ extendedKeyUsage: null }),
        planned(['a.contoso.com'], { authority: 'enterprise' }),
      ),
    ).toEqual(['eku-absent:info']);
    expect(ids(requestFacts({ extendedKeyUsage: null }))).toEqual([]);
  });

  it('asks for clientAuth where the plan needs it', () => {
    const both = planned(['sip.contoso.com'], { extendedKeyUsage: ['serverAuth', 'clientAuth'] });
    const [finding] = run(certificateFacts({ extendedKeyUsage: ['serverAuth'] }), both);
    expect(finding).toMatchObject({ id: 'client-auth-missing', severity: 'warning' });
    expect(finding!.message).toContain('the certificate lacks it');
    expect(run(certificateFacts({ extendedKeyUsage: ['serverAuth', 'clientAuth'] }), both)).toEqual(
      [],
    );
  });

  it('asks for serverAuth without a plan', () => {
    expect(ids(certificateFacts({ extendedKeyUsage: ['clientAuth'] }), null)).toEqual([
      'server-auth-missing:error',
    ]);
  });

  it('does not ask for serverAuth when the plan does not', () => {
    const none = planned(['a.contoso.com'], { extendedKeyUsage: [] });
    expect(run(certificateFacts({ extendedKeyUsage: ['clientAuth'] }), none)).toEqual([]);
    expect(run(certificateFacts({ extendedKeyUsage: null }), none)).toEqual([]);
  });
});

describe('key usage', () => {
  it.each([
    [['digitalSignature'], 'RSA', true],
    [['keyEncipherment'], 'RSA', true],
    [['keyEncipherment'], 'EC', false],
    [['keyAgreement'], 'EC', false],
    [[], 'RSA', false],
  ] as const)('%j with %s is fit for TLS: %s', (usages, algorithm, fit) => {
    const facts = certificateFacts({
      keyUsage: [...usages],
      publicKey: { algorithm, oid: '1', bits: 2048, curve: algorithm === 'EC' ? 'P-256' : null },
    });
    expect(ids(facts)).toEqual(fit ? [] : ['key-usage-unsuitable:warning']);
  });

  it('names the usages it found, or none', () => {
    expect(run(certificateFacts({ keyUsage: [] }))[0]!.message).toMatch(
      /key usage \(none\) allows neither/,
    );
    expect(run(certificateFacts({ keyUsage: ['cRLSign', 'nonRepudiation'] }))[0]!.message).toMatch(
      /key usage \(cRLSign, nonRepudiation\)/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  caFacts,
  certificateFacts,
  dn,
  fileOf,
  NOW,
} from '../../../../tests/support/certificate-facts.ts';
import type { FileContainer, ItemFacts } from './facts.ts';
import { chainOf, chainRules } from './chain.ts';

const root = caFacts('Contoso Root');
const intermediate = caFacts('Contoso Issuing CA 1', 'Contoso Root');
const leaf = certificateFacts({ authorityKeyId: 'SKI-Contoso Issuing CA 1' });
const other = certificateFacts({
  subject: dn('sip.fabrikam.com'),
  issuer: dn('Fabrikam CA'),
  authorityKeyId: null,
});

function run(items: ItemFacts[], container: FileContainer = 'bundle') {
  const file = fileOf(items, container);
  return chainRules({ file, subject: items[0]!, planned: null, authority: 'public', now: NOW });
}

describe('chain order', () => {
  it.each([
    ['leaf-first', [leaf, intermediate, root], { leaf: 0, path: [0, 1, 2], unrelated: [] }],
    ['root-first', [root, intermediate, leaf], { leaf: 2, path: [2, 1, 0], unrelated: [] }],
    ['unordered', [intermediate, leaf, root], { leaf: 1, path: [1, 0, 2], unrelated: [] }],
    ['leaf-first', [leaf, intermediate], { leaf: 0, path: [0, 1], unrelated: [] }],
    ['single', [leaf], { leaf: 0, path: [0], unrelated: [] }],
    ['leaf-first', [leaf, intermediate, other], { leaf: 0, path: [0, 1], unrelated: [2] }],
    ['unordered', [other, leaf, intermediate], { leaf: 1, path: [1, 2], unrelated: [0] }],
    ['root-first', [root, intermediate], { leaf: null, path: [1, 0], unrelated: [] }],
  ] as const)('%s: %#', (order, certificates, expected) => {
    expect(chainOf(certificates)).toEqual({ order, ...expected });
  });

  it('matches names without case, and by key identifier when both are there', () => {
    const upper = certificateFacts({
      issuer: dn('CONTOSO Issuing CA 1'),
      authorityKeyId: 'SKI-Contoso Issuing CA 1',
    });
    expect(chainOf([upper, intermediate]).path).toEqual([0, 1]);
    const otherKey = certificateFacts({ authorityKeyId: 'SKI-an older key' });
    expect(chainOf([otherKey, intermediate]).path).toEqual([0]);
    const noKey = certificateFacts({ authorityKeyId: null });
    expect(chainOf([noKey, { ...intermediate, subjectKeyId: null }]).path).toEqual([0, 1]);
  });

  it('needs the names to match, and the key identifiers only where both are given', () => {
    const stranger = certificateFacts({ issuer: dn('Someone Else CA'), authorityKeyId: null });
    expect(chainOf([stranger, { ...intermediate, subjectKeyId: null }]).path).toEqual([0]);
    const childWithout = certificateFacts({ authorityKeyId: null });
    expect(chainOf([childWithout, intermediate]).path).toEqual([0, 1]);
    const parentWithout = { ...intermediate, subjectKeyId: null };
    expect(chainOf([leaf, parentWithout]).path).toEqual([0, 1]);
  });

  it('takes the first of two leaves with as much of their chain in the file', () => {
    const second = certificateFacts({ subject: dn('owa.contoso.com'), authorityKeyId: null });
    expect(chainOf([leaf, second]).leaf).toBe(0);
    expect(chainOf([second, leaf]).leaf).toBe(0);
  });

  it('calls a path unordered unless every step is in order', () => {
    expect(chainOf([intermediate, root, leaf])).toMatchObject({
      order: 'unordered',
      path: [2, 0, 1],
    });
  });

  it('ends on a loop of cross-signed authorities', () => {
    const a = caFacts('A', 'B');
    const b = caFacts('B', 'A');
    expect(chainOf([a, b]).path).toEqual([0, 1]);
  });

  it('has nothing to say about an empty list', () => {
    expect(chainOf([])).toEqual({ order: 'single', leaf: null, path: [], unrelated: [] });
  });
});

describe('chain findings', () => {
  it('warns about a PEM bundle out of order, with the order to use', () => {
    const [finding] = run([root, intermediate, leaf]);
    expect(finding).toMatchObject({
      id: 'chain-out-of-order',
      severity: 'warning',
      source: 'RFC8446',
    });
    expect(finding!.message).toContain(
      'The file has Contoso Root, Contoso Issuing CA 1, mail.contoso.com.',
    );
    expect(finding!.fix).toBe(
      'Reorder the file: mail.contoso.com, then Contoso Issuing CA 1, then Contoso Root.',
    );
  });

  it('says nothing about order in PKCS#7, which holds a set', () => {
    expect(run([root, intermediate, leaf], 'pkcs7')).toEqual([]);
  });

  it('accepts a bundle in order, and a single certificate', () => {
    expect(run([leaf, intermediate, root])).toEqual([]);
    expect(run([leaf], 'certificate')).toEqual([]);
  });

  it('says nothing about order when the chain in the file is the leaf alone', () => {
    const lone = certificateFacts({ authorityKeyId: 'SKI-an issuer not in the file' });
    const findings = run([caFacts('Fabrikam Root'), lone]);
    expect(findings.map((finding) => finding.id)).toEqual(['chain-unrelated-certificates']);
  });

  it('notes certificates outside the chain', () => {
    const findings = run([leaf, intermediate, other]);
    expect(findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ['chain-unrelated-certificates', 'info'],
    ]);
    expect(findings[0]!.message).toBe(
      "The file also holds CN=sip.fabrikam.com,O=Contoso Ltd,C=US, which is not in the chain of the server's certificate.",
    );
  });

  it('names certificates without a CN by their whole subject', () => {
    const noCn = caFacts('Contoso Root');
    const nameless = { ...noCn, subject: dn(null, 'OU=Contoso Root CA,O=Contoso Ltd') };
    const child = certificateFacts({
      issuer: nameless.subject,
      authorityKeyId: nameless.subjectKeyId,
    });
    const [finding] = run([nameless, child]);
    expect(finding!.message).toContain('OU=Contoso Root CA,O=Contoso Ltd, mail.contoso.com');
  });
});

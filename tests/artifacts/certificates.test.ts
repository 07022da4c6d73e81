/**
 * The PKI adapter against openssl: certificates, requests and CA answers made with openssl at test
 * time are read by src/lib/pki, and every fact must equal what openssl reads in the same file.
 * Then the whole checker (read, then compare with the example plan) on each kind of problem, and
 * the files it must refuse, quickly and with a message that says what they looked like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { inspect } from '../../src/lib/pki/index.ts';
import { checkAgainstPlan, plannedCertificates } from '../../src/lib/planner/compare/check.ts';
import type {
  CertificateFacts,
  FileFacts,
  ItemFacts,
} from '../../src/lib/planner/compare/facts.ts';
import { derive, EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import {
  CERTIFICATE_FIXTURES,
  opensslFixtures,
  REQUEST_FIXTURES,
  type FixtureName,
  type Fixtures,
} from '../support/openssl.ts';
import {
  opensslPkcs7Thumbprints,
  opensslReads,
  type OpensslReading,
} from '../support/openssl-reading.ts';

let fixtures: Fixtures;
// Making the fixtures takes a few seconds, longer on a busy machine.
beforeAll(() => {
  fixtures = opensslFixtures();
}, 120_000);

async function read(name: FixtureName): Promise<FileFacts> {
  const result = await inspect(new Uint8Array(readFileSync(fixtures.path(name))));
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.file;
}

/** RFC 4514 text with the values inside each multi-valued RDN sorted (their order is free). */
function canonicalDn(text: string): string {
  return text
    .split(/(?<!\\),/)
    .map((rdn) =>
      rdn
        .split(/(?<!\\)\+/)
        .sort()
        .join('+'),
    )
    .join(',');
}

/** An IPv6 address as its eight numbers, however it is written. */
function ipv6Groups(text: string): number[] {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}
const sameIp = (ours: string, theirs: string) =>
  ours.includes(':')
    ? JSON.stringify(ipv6Groups(ours)) === JSON.stringify(ipv6Groups(theirs))
    : ours === theirs;

const KEY_ALGORITHMS: Record<string, string> = {
  rsaEncryption: 'RSA',
  'id-ecPublicKey': 'EC',
};

function expectSameAsOpenssl(facts: ItemFacts, theirs: OpensslReading) {
  expect(canonicalDn(facts.subject.text)).toBe(canonicalDn(theirs.subject));
  expect(facts.publicKey.algorithm).toBe(KEY_ALGORITHMS[theirs.keyAlgorithm]);
  expect(facts.publicKey.bits).toBe(theirs.keyBits);
  expect(facts.publicKey.curve).toBe(theirs.curve);
  expect(facts.signature.name).toBe(theirs.signature);
  expect(facts.sans.dns).toEqual(theirs.dns);
  expect(facts.sans.ip).toHaveLength(theirs.ip.length);
  facts.sans.ip.forEach((ip, index) => expect(sameIp(ip, theirs.ip[index]!), ip).toBe(true));
  expect(facts.sans.email).toEqual(theirs.email);
  expect(facts.sans.uri).toEqual(theirs.uri);
  expect(facts.sans.other.filter((name) => name.kind === 'UPN').map((name) => name.value)).toEqual(
    theirs.upn,
  );
  expect(facts.extendedKeyUsage).toEqual(theirs.extendedKeyUsage);
  expect(facts.keyUsage).toEqual(theirs.keyUsage);
  expect(facts.basicConstraints).toEqual(theirs.basicConstraints);
}

describe.each(CERTIFICATE_FIXTURES)('%s reads as openssl reads it', (name) => {
  it('every fact', async () => {
    const file = await read(name);
    expect(file.items).toHaveLength(1);
    const facts = file.items[0] as CertificateFacts;
    const theirs = opensslReads(fixtures.path(name), 'certificate');
    expect(facts.kind).toBe('certificate');
    expectSameAsOpenssl(facts, theirs);
    expect(facts.version).toBe(theirs.version);
    expect(canonicalDn(facts.issuer.text)).toBe(canonicalDn(theirs.issuer!));
    expect(facts.serialNumber).toBe(theirs.serial);
    expect(facts.validity).toEqual({ notBefore: theirs.notBefore, notAfter: theirs.notAfter });
    expect(facts.thumbprints).toEqual({ sha1: theirs.sha1, sha256: theirs.sha256 });
    expect(facts.subjectKeyId).toBe(theirs.subjectKeyId);
    expect(facts.authorityKeyId).toBe(theirs.authorityKeyId);
    expect(facts.selfIssued).toBe(theirs.subject === theirs.issuer);
  });
});

describe.each(REQUEST_FIXTURES)('%s reads as openssl reads it', (name) => {
  it('every fact', async () => {
    const file = await read(name);
    expect(file.container).toBe('request');
    const theirs = opensslReads(fixtures.path(name), 'request');
    expect(file.items[0]!.kind).toBe('request');
    expectSameAsOpenssl(file.items[0]!, theirs);
  });
});

/**
 * Certificates from outside this repository: every root of the system's CA store (Mozilla's list,
 * Debian's ca-certificates), real CAs' names, keys (RSA 2048 to 4096, P-256, P-384), old v1 and
 * SHA-1 roots among them.
 */
const SYSTEM_STORE = '/usr/share/ca-certificates/mozilla';
const SYSTEM_ROOTS = readdirSync(SYSTEM_STORE).filter((name) => name.endsWith('.crt'));

describe('roots of the system CA store read as openssl reads them', () => {
  it('has a store to read', () => {
    expect(SYSTEM_ROOTS.length).toBeGreaterThan(100);
  });

  it.each(SYSTEM_ROOTS)('%s', async (name) => {
    const path = `${SYSTEM_STORE}/${name}`;
    const result = await inspect(new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(result.message);
    const facts = result.file.items[0] as CertificateFacts;
    const theirs = opensslReads(path, 'certificate');
    expectSameAsOpenssl(facts, theirs);
    expect(canonicalDn(facts.issuer.text)).toBe(canonicalDn(theirs.issuer!));
    expect(facts.serialNumber).toBe(theirs.serial);
    expect(facts.validity).toEqual({ notBefore: theirs.notBefore, notAfter: theirs.notAfter });
    expect(facts.thumbprints).toEqual({ sha1: theirs.sha1, sha256: theirs.sha256 });
    expect(facts.subjectKeyId).toBe(theirs.subjectKeyId);
  });

  it('refuses the whole store as one bundle, saying there are too many', async () => {
    const result = await inspect(
      new Uint8Array(readFileSync('/etc/ssl/certs/ca-certificates.crt')),
    );
    expect(result).toMatchObject({ ok: false, reason: 'too-many' });
  });
});

describe('the same certificate in every encoding', () => {
  it('DER, bare base64 (CRLF lines) and PEM give the same facts', async () => {
    const pem = await read('leaf.pem');
    expect(pem.format).toBe('pem');
    for (const [name, format] of [
      ['leaf.der', 'der'],
      ['leaf.b64', 'base64'],
    ] as const) {
      const file = await read(name);
      expect(file.format).toBe(format);
      expect(file.items).toEqual(pem.items);
    }
  });

  it('a request in UTF-16 (as the runbook writes it) or under NEW CERTIFICATE REQUEST reads like the original', async () => {
    const original = await read('request.csr');
    expect((await read('request-utf16.req')).items).toEqual(original.items);
    expect((await read('request-new-armour.req')).items).toEqual(original.items);
  });

  it('writes odd names the RFC 4514 way and IPv6 the RFC 5952 way', async () => {
    const facts = (await read('leaf-odd-names.pem')).items[0]!;
    expect(facts.subject.text).toBe(
      'CN=mail.contoso.com,OU=IT+OU=Mail,O=Contoso\\, Ltd,L=Redmond,ST=Washington,C=US',
    );
    expect(facts.subject.attributes.map((attribute) => attribute.type)).toEqual([
      'C',
      'ST',
      'L',
      'O',
      'OU',
      'OU',
      'CN',
    ]);
    expect(facts.sans.ip).toEqual(['2001:db8::1:0:0:1']);
    expect(facts.sans.other).toEqual([{ kind: 'UPN', value: 'admin@contoso.com' }]);
  });
});

describe('a CA’s answer and bundles', () => {
  it.each(['chain.p7b', 'chain-der.p7b'] as const)(
    '%s holds the certificates openssl finds, the leaf recognised',
    async (name) => {
      const file = await read(name);
      expect(file.container).toBe('pkcs7');
      expect(file.format).toBe(name === 'chain.p7b' ? 'pem' : 'der');
      const thumbprints = file.items.map((item) => (item as CertificateFacts).thumbprints!.sha1);
      expect(thumbprints).toEqual(opensslPkcs7Thumbprints(fixtures.path(name)));
      const leaf = file.items[file.chain!.leaf!] as CertificateFacts;
      expect(leaf.subject.commonName).toBe('mail.contoso.com');
      expect(file.chain!.unrelated).toEqual([]);
    },
  );

  it('reads a PEM bundle in order, and the reverse as root first', async () => {
    const bundle = await read('bundle.pem');
    expect(bundle.container).toBe('bundle');
    expect(bundle.chain).toEqual({ order: 'leaf-first', leaf: 0, path: [0, 1, 2], unrelated: [] });
    expect((await read('bundle-reversed.pem')).chain).toEqual({
      order: 'root-first',
      leaf: 2,
      path: [2, 1, 0],
      unrelated: [],
    });
  });

  it('reads the certificate of a PEM that also holds its private key, and says so', async () => {
    const file = await read('leaf-and-key.pem');
    expect(file.items).toHaveLength(1);
    expect(file.notices.join(' ')).toContain('also holds a private key');
  });
});

describe('without Web Crypto (a page opened over plain http from another host)', () => {
  it('reads the facts, gives no thumbprint and no enable command, and says why', async () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      const file = await read('leaf.pem');
      expect((file.items[0] as CertificateFacts).thumbprints).toBeNull();
      expect(file.items[0]!.sans.dns).toEqual(['mail.contoso.com', 'autodiscover.contoso.com']);
      expect(file.notices.join(' ')).toContain('https:// or from localhost');
      const candidates = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')]);
      expect(checkAgainstPlan(file, candidates, null, { now: new Date() }).activation).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('files it refuses, quickly and with a reason', () => {
  it.each([
    ['leaf.pfx', 'pfx', 'PFX (PKCS #12)'],
    ['leaf.key', 'private-key', 'private key'],
    ['truncated.pem', 'truncated', 'cut off'],
    ['truncated.der', 'truncated', 'cut off'],
    ['random.bin', 'binary', 'binary data'],
    ['text.txt', 'text', 'It starts “Hello, please find the certificate atta…”.'],
    ['empty.cer', 'empty', 'empty'],
    ['junk-20mb.bin', 'too-large', 'The input is 20.0 MB'],
  ] as const)('%s: %s', async (name, reason, words) => {
    const started = performance.now();
    const result = await inspect(new Uint8Array(readFileSync(fixtures.path(name))));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toContain(words);
  });

  it('a PFX in bare base64 (Export-ExchangeCertificate without -BinaryEncoded) is refused too', async () => {
    const base64 = readFileSync(fixtures.path('leaf.pfx')).toString('base64');
    expect(await inspect(base64)).toMatchObject({ ok: false, reason: 'pfx' });
  });
});

describe('checked against the example plan', () => {
  const candidates = plannedCertificates([derive(EXAMPLE_PLAN, 'exchange-se')]);
  async function findings(name: FixtureName): Promise<string[]> {
    const report = checkAgainstPlan(await read(name), candidates, null, { now: new Date() });
    return report.findings.map((finding) => `${finding.id}:${finding.severity}`);
  }

  it.each([
    ['leaf.pem', []],
    ['leaf.der', []],
    ['chain.p7b', []],
    ['bundle.pem', []],
    ['request.csr', []],
    ['bundle-reversed.pem', ['chain-out-of-order:warning']],
    ['leaf-ec.pem', ['key-algorithm-differs:warning']],
    ['leaf-rsa1024.pem', ['rsa-key-too-small:error']],
    ['leaf-sha1.pem', ['signature-sha1:error']],
    ['leaf-expired.pem', ['expired:error']],
    ['leaf-not-yet-valid.pem', ['not-yet-valid:error']],
    ['leaf-too-long.pem', ['validity-exceeds-limit:error']],
    ['leaf-wildcard.pem', ['common-name-differs:info']],
    [
      'leaf-local.pem',
      [
        'internal-name-on-public-certificate:error',
        'reserved-ip-on-public-certificate:error',
        'name-extra:info',
      ],
    ],
    ['leaf-no-san.pem', ['name-missing:error', 'no-subject-alt-names:error']],
    ['leaf-client-only.pem', ['server-auth-missing:error']],
    ['request-no-san.csr', ['name-missing:error', 'no-subject-alt-names:warning']],
    ['root.pem', ['ca-certificate:error', 'not-compared-with-plan:info']],
    ['leaf-self-signed.pem', ['self-signed:error', 'not-compared-with-plan:info']],
  ] as const)('%s → %j', async (name, expected) => {
    expect(await findings(name)).toEqual(expected);
  });

  it('gives the enable command with the thumbprint openssl computes', async () => {
    const report = checkAgainstPlan(await read('leaf.pem'), candidates, null, { now: new Date() });
    const sha1 = opensslReads(fixtures.path('leaf.pem'), 'certificate').sha1!;
    expect(report.activation?.part.statements[0]).toMatchObject({
      pipeline: [
        {
          name: 'Enable-ExchangeCertificate',
          parameters: expect.arrayContaining([
            { name: 'Thumbprint', value: { kind: 'string', value: sha1 } },
          ]),
        },
      ],
    });
  });

  // Its time (≤ 20 ms in Chromium) is a bench figure: scripts/bench/checker.ts.
  it('reads and compares a 50-name certificate', async () => {
    const bytes = new Uint8Array(readFileSync(fixtures.path('leaf-many-names.pem')));
    const result = await inspect(bytes);
    if (!result.ok) throw new Error(result.message);
    checkAgainstPlan(result.file, candidates, null, { now: new Date() });
    expect(result.file.items[0]!.sans.dns).toHaveLength(50);
  });
});

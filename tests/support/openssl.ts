/**
 * Certificates, requests and CA answers made with openssl at test time, in a temporary folder:
 * a root, an intermediate and leaves issued by it (dated with `openssl ca`, so expired and
 * not-yet-valid ones are real), requests with and without names, EC and weak keys, PKCS #7 in
 * both encodings, bare base64, PFX, and broken files. Nothing is checked into the repository, so
 * the tests read what openssl makes today, and `opensslReads` asks openssl what it sees in them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAY = 86_400_000;

export interface Fixtures {
  dir: string;
  /** Path of a named fixture (see FIXTURE_NAMES). */
  path(name: FixtureName): string;
  /** When the fixtures were made: the leaves are dated from it. */
  now: Date;
}

export const LEAF_NAMES = ['mail.contoso.com', 'autodiscover.contoso.com'];

/** Certificates that openssl can describe with `x509`. */
export const CERTIFICATE_FIXTURES = [
  'root.pem',
  'intermediate.pem',
  'leaf.pem',
  'leaf-ec.pem',
  'leaf-p384.pem',
  'leaf-rsa1024.pem',
  'leaf-sha1.pem',
  'leaf-expired.pem',
  'leaf-not-yet-valid.pem',
  'leaf-too-long.pem',
  'leaf-wildcard.pem',
  'leaf-local.pem',
  'leaf-no-san.pem',
  'leaf-client-only.pem',
  'leaf-self-signed.pem',
  'leaf-many-names.pem',
  'leaf-odd-names.pem',
] as const;

/** Requests that openssl can describe with `req`. */
export const REQUEST_FIXTURES = [
  'request.csr',
  'request-no-san.csr',
  'request-ec.csr',
  'request-new-armour.req',
] as const;

export const OTHER_FIXTURES = [
  'leaf.der',
  'leaf.b64',
  'chain.p7b',
  'chain-der.p7b',
  'bundle.pem',
  'bundle-reversed.pem',
  'request-utf16.req',
  'leaf-and-key.pem',
  'leaf.pfx',
  'leaf.key',
  'truncated.pem',
  'truncated.der',
  'random.bin',
  'text.txt',
  'empty.cer',
  'junk-20mb.bin',
] as const;

export type FixtureName =
  | (typeof CERTIFICATE_FIXTURES)[number]
  | (typeof REQUEST_FIXTURES)[number]
  | (typeof OTHER_FIXTURES)[number];

let built: Fixtures | undefined;

/** Makes every fixture once per process. */
export function opensslFixtures(): Fixtures {
  built ??= build();
  return built;
}

export function openssl(args: string[], dir: string, input?: string | Buffer): string {
  return execFileSync('openssl', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** `YYYYMMDDHHMMSSZ`, as `openssl ca -startdate` takes it. */
const caDate = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

function build(): Fixtures {
  const dir = mkdtempSync(join(tmpdir(), 'uc-runbook-certs-'));
  const now = new Date();
  /** `openssl` with the words of `line` (no quoting needed there), then the `more` arguments as they are. */
  const sh = (line: string, ...more: string[]) => openssl([...line.split(' '), ...more], dir);
  const write = (name: string, text: string | Uint8Array) => writeFileSync(join(dir, name), text);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');

  // Key generation is the slow part (RSA takes most of a second on a busy machine): one key per kind.
  const keys = new Map<string, string>();
  const keyFor = (kind: string): string => {
    const known = keys.get(kind);
    if (known) return known;
    const file = `${kind.replaceAll(':', '-')}.key`;
    const [algorithm, size] = kind.split(':') as [string, string];
    sh(
      algorithm === 'rsa'
        ? `genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:${size} -out ${file}`
        : `genpkey -algorithm EC -pkeyopt ec_paramgen_curve:${size} -out ${file}`,
    );
    keys.set(kind, file);
    return file;
  };

  // The authorities: a root, and an intermediate that issues every leaf.
  write('openssl.cnf', CONFIG.replaceAll('$FOLDER', dir));
  mkdirSync(join(dir, 'issued'));
  write('index.txt', '');
  write('serial', '1000\n');
  const root = keyFor('rsa:2048:root');
  const intermediate = keyFor('rsa:2048:intermediate');
  sh(
    `req -config openssl.cnf -x509 -key ${root} -out root.pem -days 3650 -extensions root`,
    '-subj',
    '/C=US/O=Contoso Test/CN=Contoso Test Root',
  );
  sh(
    `req -config openssl.cnf -new -key ${intermediate} -out intermediate.csr`,
    '-subj',
    '/C=US/O=Contoso Test/CN=Contoso Test Issuing CA 1',
  );
  sh(
    `x509 -req -in intermediate.csr -CA root.pem -CAkey ${root} -CAcreateserial -out intermediate.pem -days 1825 -extfile openssl.cnf -extensions intermediate`,
  );

  const request = (name: string, key: string, subject: string, sans: string[] | null) =>
    sh(
      `req -config openssl.cnf -new -key ${keyFor(key)} -out ${name}.csr -multivalue-rdn`,
      '-subj',
      subject,
      ...(sans ? ['-addext', `subjectAltName=${sans.join(',')}`] : []),
    );
  /** A leaf issued by the intermediate with `openssl ca`, which dates it exactly. */
  const issue = (name: string, leaf: Leaf = {}) => {
    const start = leaf.start ?? now.getTime() - DAY;
    const end = leaf.end ?? now.getTime() + 180 * DAY;
    request(
      name,
      leaf.key ?? 'rsa:2048',
      leaf.subject ?? '/C=US/O=Contoso Ltd/CN=mail.contoso.com',
      leaf.sans === undefined ? LEAF_NAMES.map((n) => `DNS:${n}`) : leaf.sans,
    );
    sh(
      `ca -config openssl.cnf -batch -notext -cert intermediate.pem -keyfile ${intermediate} -in ${name}.csr -out ${name}.pem -md ${leaf.md ?? 'sha256'} -startdate ${caDate(start)} -enddate ${caDate(end)} -extfile openssl.cnf -extensions ${leaf.extensions ?? 'server'}`,
    );
  };

  issue('leaf');
  issue('leaf-ec', { key: 'ec:P-256' });
  issue('leaf-p384', { key: 'ec:P-384' });
  issue('leaf-rsa1024', { key: 'rsa:1024' });
  issue('leaf-sha1', { md: 'sha1' });
  // 397 days: within the 398-day limit of its issue date (BR counts both ends, so not 398).
  issue('leaf-expired', { start: now.getTime() - 399 * DAY, end: now.getTime() - 2 * DAY });
  issue('leaf-not-yet-valid', {
    start: now.getTime() + 3 * 3_600_000,
    end: now.getTime() + 150 * DAY,
  });
  issue('leaf-too-long', { end: now.getTime() + 420 * DAY });
  issue('leaf-wildcard', {
    subject: '/C=US/O=Contoso Ltd/CN=*.contoso.com',
    sans: ['DNS:*.contoso.com'],
  });
  issue('leaf-local', {
    sans: [...LEAF_NAMES.map((n) => `DNS:${n}`), 'DNS:ex01.contoso.local', 'IP:10.0.0.11'],
  });
  issue('leaf-no-san', { sans: null });
  issue('leaf-client-only', { extensions: 'client' });
  issue('leaf-many-names', {
    subject: '/C=US/O=Contoso Ltd/CN=host1.contoso.com',
    sans: Array.from({ length: 50 }, (_, index) => `DNS:host${index + 1}.contoso.com`),
  });
  // Escaped and multi-valued subject attributes and every kind of SAN. `openssl ca` would split
  // the multi-valued RDN by its policy, so this one is signed with x509 -req.
  request(
    'leaf-odd-names',
    'rsa:2048',
    '/C=US/ST=Washington/L=Redmond/O=Contoso\\, Ltd/OU=IT+OU=Mail/CN=mail.contoso.com',
    [
      ...LEAF_NAMES.map((n) => `DNS:${n}`),
      'IP:2001:db8:0:0:1:0:0:1',
      'email:admin@contoso.com',
      'URI:https://contoso.com/',
      'otherName:1.3.6.1.4.1.311.20.2.3;UTF8:admin@contoso.com',
    ],
  );
  sh(
    `x509 -req -in leaf-odd-names.csr -CA intermediate.pem -CAkey ${intermediate} -CAcreateserial -out leaf-odd-names.pem -days 90 -copy_extensions copy -extfile openssl.cnf -extensions server`,
  );
  // A server certificate that signed itself, as Exchange setup makes them.
  sh(
    `req -config openssl.cnf -x509 -key ${keyFor('rsa:2048')} -out leaf-self-signed.pem -days 365 -extensions self`,
    '-subj',
    '/CN=ex01.contoso.com',
  );

  request(
    'request',
    'rsa:2048',
    '/C=US/O=Contoso Ltd/CN=mail.contoso.com',
    LEAF_NAMES.map((n) => `DNS:${n}`),
  );
  request('request-no-san', 'rsa:2048', '/C=US/O=Contoso Ltd/CN=mail.contoso.com', null);
  request('request-ec', 'ec:P-256', '/CN=mail.contoso.com', ['DNS:mail.contoso.com']);
  const csr = read('request.csr');
  write(
    'request-new-armour.req',
    csr.replaceAll('CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST').replaceAll('\n', '\r\n'),
  );
  // What the runbook writes: [System.Text.Encoding]::Unicode.GetBytes($request), UTF-16 LE without a BOM.
  write('request-utf16.req', Buffer.from(csr.replaceAll('\n', '\r\n'), 'utf16le'));

  sh('x509 -in leaf.pem -outform DER -out leaf.der');
  const der = readFileSync(join(dir, 'leaf.der'));
  write('leaf.b64', `${der.toString('base64').replace(/(.{64})/g, '$1\r\n')}\r\n`);
  sh(
    'crl2pkcs7 -nocrl -certfile leaf.pem -certfile intermediate.pem -certfile root.pem -out chain.p7b',
  );
  sh(
    'crl2pkcs7 -nocrl -certfile leaf.pem -certfile intermediate.pem -outform DER -out chain-der.p7b',
  );
  write('bundle.pem', read('leaf.pem') + read('intermediate.pem') + read('root.pem'));
  write('bundle-reversed.pem', read('root.pem') + read('intermediate.pem') + read('leaf.pem'));
  write('leaf.key', read(keyFor('rsa:2048')));
  write('leaf-and-key.pem', read('leaf.pem') + read('leaf.key'));
  sh('pkcs12 -export -in leaf.pem -inkey leaf.key -out leaf.pfx -passout pass:test');

  write('truncated.pem', read('leaf.pem').slice(0, 600));
  write('truncated.der', der.subarray(0, Math.floor(der.length / 2)));
  write('random.bin', pseudoRandom(4096, 7));
  write('text.txt', 'Hello,\r\nplease find the certificate attached.\r\n');
  write('empty.cer', '');
  write('junk-20mb.bin', pseudoRandom(20 * 1024 * 1024, 11));

  return { dir, now, path: (name) => join(dir, name) };
}

interface Leaf {
  key?: string;
  subject?: string;
  /** subjectAltName entries; null for none. */
  sans?: string[] | null;
  start?: number;
  end?: number;
  md?: string;
  /** Section of CONFIG with the leaf's extensions. */
  extensions?: 'server' | 'client';
}

/** A leaf's extensions, issued by the intermediate for one purpose. */
function leafSection(name: string, purpose: string): string {
  return `[${name}]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = ${purpose}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid`;
}

/** One config for every openssl command: request defaults, the CA database, extension sections. */
const CONFIG = `[req]
distinguished_name = dn
prompt = no
[dn]
[ca]
default_ca = test
[test]
dir = $FOLDER
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/serial
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
email_in_dn = no
preserve = yes
[anything]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = optional
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
${leafSection('server', 'serverAuth')}
${leafSection('client', 'clientAuth')}
[self]
basicConstraints = CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:ex01.contoso.com, DNS:ex01
subjectKeyIdentifier = hash
`;

/** Deterministic bytes that are not DER (a 0x30 first byte would make them look like it). */
function pseudoRandom(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  if (bytes[0] === 0x30) bytes[0] = 0x31;
  return bytes;
}

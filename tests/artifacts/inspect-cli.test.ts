/**
 * `uc-runbook inspect` on files made with openssl: the report, the JSON, the exit codes (0 fine,
 * 1 error findings, 2 a file it cannot read, saying what the file looked like).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { encodePlan } from '../../src/lib/permalink/codec.ts';
import { EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { opensslFixtures, type FixtureName, type Fixtures } from '../support/openssl.ts';
import { opensslReads } from '../support/openssl-reading.ts';
import { planWith } from '../support/scenarios.ts';

const BIN = fileURLToPath(new URL('../../bin/uc-runbook.mjs', import.meta.url));
let fixtures: Fixtures;
let sha1: string;
// Making the fixtures takes a few seconds, longer on a busy machine.
beforeAll(() => {
  fixtures = opensslFixtures();
  sha1 = opensslReads(fixtures.path('leaf.pem'), 'certificate').sha1!;
}, 120_000);

const inspect = (name: FixtureName, ...args: string[]) =>
  cli(['inspect', fixtures.path(name), ...args]);

describe('uc-runbook inspect', () => {
  it('reads a certificate, compares it with the plan and gives the enable command', async () => {
    const { code, stdout, stderr } = await inspect('leaf.pem', '--example');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${fixtures.path('leaf.pem')}: PEM, one certificate`);
    expect(stdout).toMatch(/SHA-1 thumbprint\s+[0-9A-F]{40}/);
    expect(stdout).toContain('Compared with: Exchange Server SE, Client access');
    expect(stdout).toMatch(/ {2}autodiscover\.contoso\.com {2}present/);
    expect(stdout).toContain('Findings\n  none');
    expect(stdout).toContain(
      `Enable-ExchangeCertificate -Server 'EX01' -Thumbprint '${sha1}' -Services 'IIS','SMTP'`,
    );
  });

  it('exits 1 on error findings and lists them; --json has the facts and the findings', async () => {
    const { code, stdout, stderr } = await inspect('leaf-local.pem', '--example', '--json');
    expect(code).toBe(1);
    expect(stderr).toBe(
      `uc-runbook: ${fixtures.path('leaf-local.pem')} has errors: internal-name-on-public-certificate, reserved-ip-on-public-certificate\n`,
    );
    const output = JSON.parse(stdout);
    expect(output.file.items[0].sans.dns).toContain('ex01.contoso.local');
    expect(output.compared).toEqual({
      product: { id: 'exchange-se', family: 'exchange', label: 'Exchange Server SE' },
      certificate: 'exchange-client-access',
      commonName: 'mail.contoso.com',
    });
    expect(output.findings.map((finding: { id: string }) => finding.id)).toEqual([
      'internal-name-on-public-certificate',
      'reserved-ip-on-public-certificate',
      'name-extra',
    ]);
    expect(output.activation.commands[0]).toMatch(/^Enable-ExchangeCertificate -Server 'EX01'/);
  });

  it('renders a finding’s commands in the JSON', async () => {
    const { code, stdout } = await inspect('leaf-not-yet-valid.pem', '--example', '--json');
    expect(code).toBe(1);
    const finding = JSON.parse(stdout).findings[0];
    expect(finding).toMatchObject({
      id: 'not-yet-valid',
      commands: { shell: 'windows', lines: ['w32tm.exe /query /status', 'tzutil.exe /g'] },
    });
  });

  it('takes the plan from a permalink, and another product with --product', async () => {
    const link = `http://localhost:4321/your-plan/#plan=${await encodePlan(planWith({ domains: { primary: 'fabrikam.com' }, exchange: { namespace: 'mail.fabrikam.com' } }))}`;
    const other = await inspect('leaf.pem', '--plan', link, '--json');
    expect(JSON.parse(other.stdout).compared).toBeNull();
    expect(other.code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'uc-runbook-inspect-')), 'plan.json');
    writeFileSync(file, JSON.stringify(EXAMPLE_PLAN));
    const chosen = await inspect('leaf.pem', '--plan', file, '--product', 'exchange-2016');
    expect(chosen.stdout).toContain('Compared with: Exchange Server 2016, Client access');
  });

  it('compares with the planned certificate --certificate names, and lists them when it is unknown', async () => {
    const auth = await inspect('leaf.pem', '--example', '--certificate', 'exchange-auth', '--json');
    expect(JSON.parse(auth.stdout).compared.certificate).toBe('exchange-auth');
    const unknown = await inspect('leaf.pem', '--example', '--certificate', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'uc-runbook: --certificate must be one of: exchange-client-access, exchange-auth, lync-front-end-fe01, lync-oauth, lync-edge-internal, lync-edge-external, lync-reverse-proxy\n',
    );
    expect((await inspect('leaf.pem', '--certificate', 'nope')).stderr).toContain(
      '--certificate needs a plan',
    );
  });

  it('checks a file without a plan', async () => {
    const { code, stdout } = await inspect('leaf-expired.pem');
    expect(code).toBe(1);
    expect(stdout).toContain('Compared with: no planned certificate (names not compared)');
    expect(stdout).toMatch(/error {3}expired: The certificate expired on/);
  });

  it('reads standard input', async () => {
    const pem = readFileSync(fixtures.path('request.csr'), 'utf8');
    const { code, stdout } = await cli(['inspect', '-', '--example'], pem);
    expect(code).toBe(0);
    expect(stdout).toContain('-: PEM, a certificate request');
    expect(stdout).not.toContain('Enable it');
  });

  it.each([
    ['leaf.pfx', 'This is a PFX (PKCS #12) file'],
    ['random.bin', 'This is binary data but not a certificate or a request'],
    ['text.txt', 'This is text, but not a certificate or a request'],
    ['empty.cer', 'The file is empty.'],
    ['truncated.der', 'The file looks cut off'],
    ['junk-20mb.bin', 'The input is 20.0 MB'],
  ] as const)('exits 2 on %s, saying what it looked like', async (name, words) => {
    const { code, stdout, stderr } = await inspect(name, '--example');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`uc-runbook: ${fixtures.path(name)}: ${words}`);
  });

  it('exits 2 on a missing file, a folder, or no file at all', async () => {
    expect((await cli(['inspect', join(fixtures.dir, 'none.cer')])).stderr).toContain(
      'no such file',
    );
    expect(await cli(['inspect', fixtures.dir])).toMatchObject({
      code: 2,
      stderr: `uc-runbook: ${fixtures.dir} is not a file\n`,
    });
    expect(await cli(['inspect'])).toMatchObject({ code: 2 });
  });

  it('runs as the installed command, with its exit code', () => {
    const result = spawnSync(process.execPath, [BIN, 'inspect', fixtures.path('leaf-sha1.pem')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('signature-sha1');
  }, 60_000); // Node starting the CLI from TypeScript takes seconds on a busy machine.
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { cli } from '../support/cli.ts';

const BIN = fileURLToPath(new URL('../../bin/uc-runbook.mjs', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-cli-'));

function planFile(plan: unknown): string {
  const path = join(directory, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe('uc-runbook plan --json', () => {
  it('prints certificates, dns, steps and findings in the documented shape', async () => {
    const { code, stdout } = await cli(['plan', '--example', '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.certificates[0]).toMatchObject({
      id: 'exchange-client-access',
      subject: 'C=US,S=Washington,L=Redmond,O=Contoso Ltd,CN=mail.contoso.com',
      sans: [
        {
          name: 'mail.contoso.com',
          reasons: [
            expect.objectContaining({ rule: 'exchange.san.namespace', source: 'EX-Certs' }),
          ],
        },
        {
          name: 'autodiscover.contoso.com',
          reasons: [
            expect.objectContaining({ rule: 'exchange.san.autodiscover', source: 'EX-AD' }),
          ],
        },
      ],
      role: 'client-access',
      usages: ['IIS', 'SMTP'],
      extendedKeyUsage: ['serverAuth'],
      authority: 'public',
      exportable: true,
    });
    expect(output.dns).toContainEqual(
      expect.objectContaining({
        view: 'external',
        zone: 'contoso.com',
        name: 'contoso.com',
        type: 'MX',
        value: 'mail.contoso.com',
        ttl: 3600,
        priority: 10,
        reason: expect.objectContaining({ source: 'EX-Post' }),
      }),
    );
    expect(output.steps[0]).toMatchObject({
      id: 'request-certificate',
      title: expect.any(String),
      parts: [
        {
          kind: 'powershell',
          shell: 'exchange',
          commands: expect.arrayContaining([
            expect.stringMatching(/^\$request = New-ExchangeCertificate /),
          ]),
        },
      ],
    });
    expect(output.ports).toEqual([]);
    expect(output.plan.version).toBe(2);
    expect(output.findings[0]).toMatchObject({
      id: expect.any(String),
      severity: expect.stringMatching(/^(error|warning|info)$/),
      message: expect.any(String),
    });
  });

  it.each([
    [['--product', 'exchange-2013']],
    [['--version', '2013']],
    [['--product', 'Exchange-2013']],
  ])('derives for another product with %j', async (option) => {
    const output = JSON.parse((await cli(['plan', '--example', '--json', ...option])).stdout);
    expect(output.product).toEqual({
      id: 'exchange-2013',
      family: 'exchange',
      label: 'Exchange Server 2013',
    });
    expect(
      output.steps
        .find((step: { id: string }) => step.id === 'request-certificate')
        .parts[0].commands.join('\n'),
    ).toContain('-RequestFile');
  });

  it("derives the plan's own product when none is given", async () => {
    const output = JSON.parse((await cli(['plan', '--example', '--json'])).stdout);
    expect(output.product.id).toBe('exchange-se');
  });
});

describe('exit codes', () => {
  it('exits 1 when the plan has error findings, and names them', async () => {
    const { code, stderr } = await cli([
      'plan',
      planFile({
        ...EXAMPLE_PLAN,
        certificate: { ...EXAMPLE_PLAN.certificate, validityDays: 398 },
      }),
      '--json',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('validity-exceeds-limit');
  });

  it.each([
    [['plan', 'missing.json'], 'cannot read "missing.json": no such file or folder (ENOENT)'],
    [['plan'], 'no plan given'],
    [['frobnicate', '--example'], 'unknown command "frobnicate"'],
    [['zone', '--example'], 'zone needs --zone internal or --zone external'],
    [
      ['zone', '--example', '--zone', 'external', '--format', 'windows'],
      '--format windows is for the internal zone',
    ],
    [
      ['plan', '--example', '--version', '2012'],
      '--version must be one of: 2007, 2010, 2013, 2016, 2019, se',
    ],
    [
      ['plan', '--example', '--product', 'exchange-2012'],
      '--product must be one of: exchange-2007, exchange-2010, exchange-2013',
    ],
    [
      ['plan', '--example', '--product', 'exchange-2013', '--version', '2013'],
      'give --product or --version, not both',
    ],
    [['decode', 'https://x.test/#plan=v1.%%%'], 'damaged'],
  ])('exits 2 for %j with a clear message', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('exits 2 and names the field for an invalid plan file', async () => {
    const { code, stderr } = await cli([
      'plan',
      planFile({
        domains: { primary: 'contoso..com' },
        exchange: { product: 'exchange-2019', sites: [{ servers: [{ name: 'EX01' }] }] },
      }),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('domains.primary: "contoso..com" has an empty label');
  });

  it('exits 2 for a file that is not JSON', async () => {
    const path = join(directory, 'broken.json');
    writeFileSync(path, '{ "domains": ');
    const { code, stderr } = await cli(['plan', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not valid JSON');
  });
});

describe('link and decode', () => {
  it('round-trips a plan through a permalink', async () => {
    const link = (await cli(['link', '--example'])).stdout.trim();
    expect(link).toMatch(/^http:\/\/localhost:4321\/your-plan\/#plan=v2\./);
    const decoded = await cli(['decode', link]);
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.stdout)).toEqual(EXAMPLE_PLAN);
  });

  it('accepts a permalink wherever a plan is expected', async () => {
    const link = (
      await cli(['link', '--example', '--base', 'https://runbook.example/'])
    ).stdout.trim();
    const { code, stdout } = await cli(['plan', link, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).plan).toEqual(EXAMPLE_PLAN);
  });

  it('reads a plan v1 file, migrated to plan v2', async () => {
    const { code, stdout } = await cli([
      'decode',
      planFile({
        version: 1,
        domains: { primary: 'fabrikam.com' },
        certificate: { issueDate: '2026-12-01', wildcard: true },
        exchange: { version: '2016', sites: [{ servers: [{ name: 'EX01' }] }] },
      }),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).exchange).toMatchObject({
      product: 'exchange-2016',
      certificate: { wildcard: true },
    });
  });

  it('reads a plan from standard input with -', async () => {
    const { code, stdout } = await cli(
      ['decode', '-'],
      JSON.stringify({
        domains: { primary: 'fabrikam.com' },
        exchange: { version: '2016', sites: [{ servers: [{ name: 'EX01' }] }] },
      }),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).certificate.issueDate).toBe('2026-11-22');
  });
});

describe('zone and script', () => {
  it('writes one file per zone with --out', async () => {
    const out = join(directory, 'zones');
    const { code } = await cli(['zone', '--example', '--zone', 'external', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '113.0.203.in-addr.arpa.external.zone',
      'contoso.com.external.zone',
    ]);
  });

  it('prints the internal zone as Windows DNS commands', async () => {
    const { stdout } = await cli([
      'zone',
      '--example',
      '--zone',
      'internal',
      '--format',
      'windows',
    ]);
    // contoso.local is the AD domain, so mail.contoso.com gets a pin-point zone, replaced in full.
    expect(stdout).toContain(
      "Add-DnsServerPrimaryZone -Name 'mail.contoso.com' -ReplicationScope 'Forest'\nRemove-DnsServerResourceRecord -ZoneName 'mail.contoso.com' -Name '.' -RRType 'A' -Force",
    );
  });

  it('prints the whole runbook as a script that stops before its first step', async () => {
    const { stdout } = await cli(['script', '--example']);
    // A byte-order mark first, so Windows PowerShell 5.1 reads the redirected file as UTF-8.
    expect(stdout.startsWith('\ufeff# UC Runbook')).toBe(true);
    expect(
      stdout
        .split('\n')
        .filter((line) => line && !line.startsWith('\ufeff#') && !line.startsWith('#'))[0],
    ).toBe('return');
    expect(stdout).toContain('# Step 1: Create the certificate request on EX01');
  });
});

describe('the installed command', () => {
  it('runs from bin/ with the pinned Node and reads standard input', () => {
    const result = spawnSync(process.execPath, [BIN, 'plan', '-', '--json'], {
      input: JSON.stringify(EXAMPLE_PLAN),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).plan).toEqual(EXAMPLE_PLAN);
  });

  it('prints usage with --help', () => {
    expect(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' })).toContain(
      'Usage: uc-runbook <command>',
    );
  });
});

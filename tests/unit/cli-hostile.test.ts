/**
 * The command line against hostile input (issue 8: findings 1, 2, 8 and 12, and short messages):
 * every bad input is exit 2 with a short message, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { derive, EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { literalProblems, runbookLiterals } from '../support/powershell/windows-powershell.ts';
import { planWith } from '../support/scenarios.ts';

const BIN = fileURLToPath(new URL('../../bin/uc-runbook.mjs', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-cli-hostile-'));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
    today: '2026-11-22',
  });
  return { code, stdout, stderr };
}

const file = (name: string, text: string) => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the installed command: what a reader sees, stack traces included. */
const installed = (args: string[], cwd = directory) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });

describe('nested links (finding 1)', () => {
  it.each([
    'v1.7cFBCQBACACwLsawyuHPFnLdzSFsm-jIBwDAOQUAwDl_AQ',
    'http://localhost:4321/exchange/se/#plan=v1.7cExDQAwCAAwL8jAysKHCzLvqOBrO9GRDwAAAAA4VwAAAADAub8',
  ])('decode %s exits 2 with the fields, no stack trace', (link) => {
    const result = installed(['decode', link]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The plan in the link has invalid fields.');
    expect(result.stderr).toContain('domains: must be an object');
    expect(result.stderr).not.toMatch(/RangeError|\n\s+at /);
  });
});

describe('plan files the reader cannot convert (finding 2)', () => {
  it.each([
    [
      'toString trap',
      '{"domains":{"primary":"contoso.com"},"certificate":{"issueDate":{"toString":1}}}',
    ],
    [
      'a list 200,000 deep',
      `{"domains":{"primary":"contoso.com"},"exchange":{"version":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`,
    ],
  ])('%s: exit 2, one short line per field', (_what, text) => {
    const result = installed(['plan', file(`${_what.replace(/\W/g, '-')}.json`, text)]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/TypeError|RangeError|\n\s+at /);
    expect(result.stderr.length).toBeLessThan(600);
  });

  it('quotes a short excerpt of a 1 MB value, not the value', async () => {
    const huge = 'x'.repeat(1_000_000);
    const path = file(
      'huge.json',
      JSON.stringify({ ...EXAMPLE_PLAN, organization: { name: huge } }),
    );
    const { code, stderr } = await cli(['plan', path]);
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(300);
  });

  it('refuses a file far larger than any plan without reading it', async () => {
    const path = file('large.json', `{"organization":{"name":"${'x'.repeat(5_000_000)}"}}`);
    const { code, stderr } = await cli(['plan', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('a plan file is a few KB');
  });
});

describe('file-system errors are exit 2 with a message (finding 8)', () => {
  it.each([
    [
      'a path too long',
      () => join(directory, 'x'.repeat(300)),
      'the path is too long (ENAMETOOLONG)',
    ],
    [
      'a folder below a file',
      () => join(file('not-a-folder', 'x'), 'zones'),
      'a part of the path is a file, not a folder (ENOTDIR)',
    ],
  ])('zone --out into %s', (_what, out, reason) => {
    const result = installed(['zone', '--example', '--zone', 'external', '--out', out()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('zone --out where a zone file is a folder', async () => {
    const out = join(directory, 'zones-blocked');
    mkdirSync(join(out, 'contoso.com.external.zone'), { recursive: true });
    const { code, stderr } = await cli(['zone', '--example', '--zone', 'external', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('contoso.com.external.zone": it is a folder, not a file (EISDIR)');
  });

  it('a plan that is a folder', async () => {
    const { code, stderr } = await cli(['plan', directory]);
    expect(code).toBe(2);
    expect(stderr).toContain('it is a folder, not a file (EISDIR)');
  });
});

describe('an existing file wins over an argument that looks like a link (finding 12)', () => {
  it('reads v1.json from the current folder as a plan file', () => {
    file('v1.json', JSON.stringify(EXAMPLE_PLAN));
    const result = installed(['decode', 'v1.json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXAMPLE_PLAN);
  });

  it('still reads a link when no such file exists', async () => {
    const { code, stderr } = await cli(['decode', 'v2.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('plan link is damaged');
  });
});

describe('uc-runbook script writes what Windows PowerShell 5.1 reads correctly (finding 3)', () => {
  it('a locality with "ł" and $(…) stays inside its literal', () => {
    const plan = planWith({ organization: { locality: 'Wrocław$(Start-Process calc)' } });
    const result = spawnSync(process.execPath, [BIN, 'script', '-'], {
      input: JSON.stringify(plan),
    });
    expect(result.status).toBe(0);
    expect(literalProblems(result.stdout, runbookLiterals(derive(plan, 'exchange-se')))).toEqual(
      [],
    );
  });
});

/** `uc-runbook inf`: certreq INF files on standard output or one file each in a folder. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { checkInf, parseInf } from '../support/inf.ts';
import { LYNC_SCENARIOS } from '../support/lync-scenarios.ts';

const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-inf-'));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    today: '2026-11-22',
  });
  return { code, stdout, stderr };
}

function planFile(plan: unknown): string {
  const path = join(directory, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe('uc-runbook inf', () => {
  it('prints the reverse proxy request of a Skype for Business plan', async () => {
    const { code, stdout, stderr } = await cli(['inf', '--example', '--product', 'sfb-2019']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^; ---- webext\.contoso\.com\.inf\r\n/);
    expect(stdout).toContain('_continue_ = "DNS=lyncdiscover.contoso.com&"');
  });

  it('writes one file per request into --out, each a valid INF', async () => {
    const out = join(directory, 'ocs');
    const plan = planFile(LYNC_SCENARIOS.largest);
    const { code, stdout } = await cli(['inf', plan, '--product', 'ocs-2007r2', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'sip.contoso.com.inf',
      'webcon.contoso.com.inf',
      'webext.contoso.com.inf',
    ]);
    expect(stdout.trim().split('\n')).toHaveLength(3);
    for (const name of readdirSync(out))
      expect(checkInf(parseInf(readFileSync(join(out, name), 'utf8')))).toEqual([]);
  });

  it("uses the plan's own product, and says when its runbook has no INF file", async () => {
    const lyncOnly = planFile({
      ...LYNC_SCENARIOS.example,
      exchange: { ...LYNC_SCENARIOS.example!.exchange, enabled: false },
    });
    expect((await cli(['inf', lyncOnly])).stdout).toContain('webext.contoso.com.inf');
    const { code, stdout, stderr } = await cli(['inf', '--example']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('uc-runbook: the Exchange Server SE runbook has no INF files\n');
  });

  it('exits 1 and names the errors when the plan has some', async () => {
    const plan = planFile({
      ...LYNC_SCENARIOS.example,
      lync: {
        ...LYNC_SCENARIOS.example!.lync,
        edge: { ...LYNC_SCENARIOS.example!.lync.edge, accessFqdn: 'sip.contoso.local' },
      },
    });
    const { code, stderr } = await cli(['inf', plan, '--product', 'sfb-se']);
    expect(code).toBe(1);
    expect(stderr).toContain('internal-name-on-public-certificate');
  });

  it('is listed in the usage text', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}inf <plan> {6}certreq INF files/m);
  });
});

describe('uc-runbook plan for a Lync product', () => {
  it('prints the firewall rules with the rest, and Exchange reports stay without them', async () => {
    const lync = (await cli(['plan', '--example', '--product', 'sfb-2019'])).stdout;
    expect(lync).toContain(
      '\nPorts\n  the internet -> Access Edge (external)  TCP 443  (SIP over TLS',
    );
    const exchange = (await cli(['plan', '--example'])).stdout;
    expect(exchange).not.toContain('\nPorts\n');
  });
});

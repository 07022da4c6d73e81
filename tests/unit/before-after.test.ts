/**
 * The core rework (product registry, plan v2, general Derived) kept every output of the four
 * Exchange guides. tests/fixtures/before-v2 holds what the planner printed before it, for the
 * example plan and the largest plan, per version: `plan --json`, `script`, `zone` (both views)
 * and the Windows DNS commands. Here today's CLI prints the same, with these changes made on
 * purpose and mapped back before comparing:
 *
 * - plan v2: `certificate.wildcard/friendlyName/additionalNames` moved to `exchange.certificate`,
 *   `exchange.version` became `exchange.product` (and finding paths with them); `lync` is new;
 * - certificates: `services` is `usages`; `role`, `extendedKeyUsage` and `exportable` are new;
 * - DNS records: `zone` (the view) is `view`, `zoneName` is `zone`;
 * - steps: `shell` + `commands` became typed `parts`; `ports` and `assumptions` are new;
 * - MX records are written one way everywhere: "MX 10 host" (the runbook said "MX preference 10").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/before-v2/${name}`, import.meta.url)), 'utf8');
const LARGEST = fileURLToPath(
  new URL('../fixtures/before-v2/largest-plan.v1.json', import.meta.url),
);

async function cli(args: string[]): Promise<string> {
  let out = '';
  await run(args, {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    readStdin: async () => '',
    today: '2026-11-30',
  });
  return out;
}

type Json = Record<string, unknown>;
const MX_WORDING = /MX preference (\d+)/g;

/** Today's `plan --json` in the shape it had before the rework. */
function asBefore(json: Json): Json {
  const product = json.product as Json;
  const plan = structuredClone(json.plan) as Json;
  const exchange = plan.exchange as Json;
  const { certificate: client, enabled: _enabled, product: id, ...exchangeRest } = exchange;
  return {
    product: {
      family: product.family,
      version: String(product.id).replace('exchange-', ''),
      label: product.label,
    },
    plan: {
      version: 1,
      organization: plan.organization,
      domains: plan.domains,
      certificate: { ...(plan.certificate as Json), ...(client as Json) },
      exchange: { version: String(id).replace('exchange-', ''), ...exchangeRest },
    },
    certificates: (json.certificates as Json[]).map(
      ({ usages, role: _role, extendedKeyUsage: _eku, exportable: _exportable, ...rest }) => ({
        ...rest,
        services: usages,
      }),
    ),
    dns: (json.dns as Json[]).map(({ view, zone, ...rest }) => ({
      zone: view,
      zoneName: zone,
      ...rest,
    })),
    steps: (json.steps as Json[]).map(({ parts, ...rest }) => {
      const powershell = (parts as Json[]).filter((part) => part.kind === 'powershell');
      return {
        ...rest,
        shell: powershell[0]?.shell ?? 'none',
        commands: powershell.flatMap((part) => part.commands as string[]),
      };
    }),
    findings: (json.findings as Json[]).map((finding) =>
      typeof finding.path === 'string'
        ? {
            ...finding,
            path: finding.path
              .replace(/^exchange\.certificate\./, 'certificate.')
              .replace(/^exchange\.product$/, 'exchange.version'),
          }
        : finding,
    ),
  };
}

const cases = ['example', 'largest'].flatMap((plan) =>
  ['2013', '2016', '2019', 'se'].map((version) => ({ plan, version })),
);

describe.each(cases)('$plan plan on Exchange $version', ({ plan, version }) => {
  const source = plan === 'example' ? ['--example'] : [LARGEST];
  const before = (file: string) => fixture(`${plan}-${version}-${file}`);

  it('plan --json says what it said before', async () => {
    const json = JSON.parse(await cli(['plan', ...source, '--json', '--version', version])) as Json;
    const expected = JSON.parse(before('plan.json').replace(MX_WORDING, 'MX $1')) as Json;
    expect(asBefore(json)).toEqual(expected);
  });

  it('the script is the same file', async () => {
    const script = await cli(['script', ...source, '--version', version]);
    // The same text, now after a byte-order mark (Windows PowerShell 5.1 reads it as UTF-8).
    expect(script).toBe(`\ufeff${before('script.ps1').replace(MX_WORDING, 'MX $1')}`);
  });

  it.each(['internal', 'external'])('the %s zone files are the same', async (view) => {
    expect(await cli(['zone', ...source, '--zone', view, '--version', version])).toBe(
      before(`zone-${view}.txt`),
    );
  });

  it('the Windows DNS commands are the same', async () => {
    expect(
      await cli([
        'zone',
        ...source,
        '--zone',
        'internal',
        '--format',
        'windows',
        '--version',
        version,
      ]),
    ).toBe(`\ufeff${before('dns-windows.ps1')}`);
  });
});

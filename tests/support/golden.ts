/**
 * Golden outputs: what the CLI prints for the example plan and the largest plan, for every Exchange
 * product with rules (from the registry), as `plan --json`, `script`, both zone views and the
 * Windows DNS commands. tests/unit/golden-outputs.test.ts compares today's output with the files in
 * tests/fixtures/golden; scripts/update-golden-outputs.ts rewrites them. A change in them is a
 * change in what admins run: regenerate on purpose, read the diff of every file, and say in the
 * commit what changed and why.
 */
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.ts';
import { availableProducts } from '../../src/lib/planner/index.ts';

export const GOLDEN_DIRECTORY = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const LARGEST = `${GOLDEN_DIRECTORY}largest-plan.v1.json`;

/** The date the outputs are derived on (the CLI defaults an issue date to today). */
const TODAY = '2026-11-30';

export interface GoldenCase {
  /** File name in tests/fixtures/golden. */
  file: string;
  args: string[];
}

const OUTPUTS: ReadonlyArray<{ kind: string; args: string[] }> = [
  { kind: 'plan.json', args: ['plan', '--json'] },
  { kind: 'script.ps1', args: ['script'] },
  { kind: 'zone-internal.txt', args: ['zone', '--zone', 'internal'] },
  { kind: 'zone-external.txt', args: ['zone', '--zone', 'external'] },
  { kind: 'dns-windows.ps1', args: ['zone', '--zone', 'internal', '--format', 'windows'] },
];

/** Every golden file: two plans × every Exchange product × five outputs. */
export function goldenCases(): GoldenCase[] {
  const plans = [
    { name: 'example', source: ['--example'] },
    { name: 'largest', source: [LARGEST] },
  ];
  return plans.flatMap((plan) =>
    availableProducts('exchange').flatMap((product) =>
      OUTPUTS.map((output) => {
        const [command, ...options] = output.args;
        return {
          file: `${plan.name}-${product.shortLabel.toLowerCase()}-${output.kind}`,
          args: [command!, ...plan.source, ...options, '--product', product.id],
        };
      }),
    ),
  );
}

/** What the CLI prints for one case (stdout only; error findings still print their output). */
export async function goldenOutput(entry: GoldenCase): Promise<string> {
  let out = '';
  await run(entry.args, {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    readStdin: async () => '',
    today: TODAY,
  });
  return out;
}

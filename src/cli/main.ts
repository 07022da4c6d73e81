/**
 * uc-runbook: the planner on the command line. Exit codes: 0 ok, 1 the plan has error findings,
 * 2 invalid input (the message names the field).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodePlan } from '../lib/permalink/codec.ts';
import {
  availableProducts,
  derive,
  isProductId,
  PRODUCTS,
  productsOf,
  type Plan,
  type ProductId,
} from '../lib/planner/index.ts';
import { renderZoneFiles, serialFromDate } from '../lib/render/bind-zone.ts';
import { renderScript } from '../lib/render/script.ts';
import { renderWindowsDns } from '../lib/render/windows-dns.ts';
import { readPlan } from './input.ts';
import { planJson, planText } from './text.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  today: string;
}

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;
export const DEFAULT_LINK_BASE = 'http://localhost:4321/your-plan/';

const USAGE = () => `Usage: uc-runbook <command> [plan] [options]

Commands
  plan <plan>     certificates, DNS records, runbook steps and findings   [--json] [--product P]
  script <plan>   the whole runbook as a PowerShell (.ps1) file            [--product P]
  zone <plan>     zone files for one view                                  --zone internal|external [--format bind|windows] [--out DIR]
  link <plan>     a permalink (#plan=…) that opens the plan on the site    [--base URL]
  decode <link>   the plan inside a permalink, as JSON

<plan> is a plan.json file, a permalink, or - for standard input; --example uses the built-in example plan.
--product P derives the plan as product P (${availableProducts()
  .map((product) => product.id)
  .join(', ')})
  instead of the plan's own; --version V is short for --product exchange-V.
Exit codes: 0 ok, 1 the plan has error findings, 2 invalid input.
`;

class UsageError extends Error {}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        example: { type: 'boolean', default: false },
        zone: { type: 'string' },
        format: { type: 'string', default: 'bind' },
        out: { type: 'string' },
        product: { type: 'string' },
        version: { type: 'string' },
        base: { type: 'string', default: DEFAULT_LINK_BASE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`uc-runbook: ${(error as Error).message}\n\n${USAGE()}`);
    return EXIT.input;
  }
  const { values, positionals } = parsed;
  const [command, source] = positionals;
  if (values.help || command === undefined) {
    (values.help ? io.stdout : io.stderr)(USAGE());
    return values.help ? EXIT.ok : EXIT.input;
  }
  try {
    return await dispatch(command, source, values, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`uc-runbook: ${error.message}\n`);
    return EXIT.input;
  }
}

type Values = {
  json: boolean;
  example: boolean;
  zone?: string;
  format: string;
  out?: string;
  product?: string;
  version?: string;
  base: string;
};

async function dispatch(
  command: string,
  source: string | undefined,
  values: Values,
  io: Io,
): Promise<number> {
  if (!['plan', 'script', 'zone', 'link', 'decode'].includes(command))
    throw new UsageError(`unknown command "${command}"\n\n${USAGE()}`);
  const input = await readPlan(source, {
    example: values.example,
    today: io.today,
    readStdin: io.readStdin,
  });
  if (!input.ok) {
    io.stderr(
      `uc-runbook: ${input.message}\n${(input.issues ?? []).map((issue) => `  ${issue.path || '(plan)'}: ${issue.message}\n`).join('')}`,
    );
    return EXIT.input;
  }
  const { plan } = input;
  if (command === 'decode') {
    io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    return EXIT.ok;
  }
  if (command === 'link') {
    io.stdout(`${values.base}#plan=${await encodePlan(plan)}\n`);
    return EXIT.ok;
  }
  const derived = derive(plan, chooseProduct(plan, values));
  const status = derived.findings.some((finding) => finding.severity === 'error')
    ? EXIT.findings
    : EXIT.ok;
  if (command === 'plan') {
    io.stdout(
      values.json
        ? `${JSON.stringify(planJson(plan, derived), null, 2)}\n`
        : planText(plan, derived),
    );
  } else if (command === 'script') {
    io.stdout(renderScript(derived, `${plan.domains.primary}, ${derived.product.label}`));
  } else {
    await writeZones(plan.certificate.issueDate, derived, values, io);
  }
  if (status === EXIT.findings && (command !== 'plan' || values.json)) {
    io.stderr(
      `uc-runbook: the plan has errors: ${derived.findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => finding.id)
        .join(', ')}\n`,
    );
  }
  return status;
}

/**
 * The product to derive: --product, or --version V as the alias of --product exchange-V that
 * earlier releases had, or else the plan's first product (Exchange before Lync).
 */
function chooseProduct(plan: Plan, values: Values): ProductId {
  if (values.product !== undefined && values.version !== undefined) {
    throw new UsageError('give --product or --version, not both');
  }
  const requested =
    values.product ?? (values.version === undefined ? undefined : `exchange-${values.version}`);
  const available = availableProducts().map((product) => product.id);
  if (requested === undefined) return productsOf(plan)[0] ?? plan.exchange.product;
  const id = requested.trim().toLowerCase();
  if (!isProductId(id) || !PRODUCTS[id].available) {
    const option = values.product === undefined ? '--version' : '--product';
    const choices =
      option === '--version'
        ? available
            .filter((product) => product.startsWith('exchange-'))
            .map((product) => product.slice(9))
        : available;
    throw new UsageError(`${option} must be one of: ${choices.join(', ')}`);
  }
  return id;
}

async function writeZones(
  issueDate: string,
  derived: ReturnType<typeof derive>,
  values: Values,
  io: Io,
): Promise<void> {
  const view = values.zone;
  if (view !== 'internal' && view !== 'external')
    throw new UsageError('zone needs --zone internal or --zone external');
  if (values.format !== 'bind' && values.format !== 'windows')
    throw new UsageError('--format must be bind or windows');
  if (values.format === 'windows') {
    if (view !== 'internal')
      throw new UsageError(
        '--format windows is for the internal zone (public DNS is usually not Windows DNS)',
      );
    io.stdout(renderWindowsDns(derived));
    return;
  }
  const zones = renderZoneFiles(derived, { serial: serialFromDate(issueDate) }, view);
  if (values.out) {
    await mkdir(values.out, { recursive: true });
    for (const zone of zones) await writeFile(join(values.out, zone.fileName), zone.text);
    io.stdout(zones.map((zone) => `${join(values.out!, zone.fileName)}\n`).join(''));
    return;
  }
  io.stdout(zones.map((zone) => zone.text).join('\n'));
}

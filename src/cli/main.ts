/**
 * uc-runbook: the planner on the command line. Exit codes: 0 ok, 1 the plan has error findings,
 * 2 invalid input (the message names the field).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import {
  availableProducts,
  isProductId,
  PRODUCTS,
  productsOf,
  type Plan,
  type ProductId,
} from '../lib/planner/index.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT, PlanInputError, UsageError, type Io, type Values } from './command.ts';
import { fileErrorMessage, isFileSystemError } from './files.ts';
import { readPlan } from './input.ts';

export { EXIT, type Io };
export { DEFAULT_LINK_BASE } from './commands/link.ts';

/** Options every command takes. */
const COMMON_OPTIONS: ParseArgsOptionsConfig = {
  example: { type: 'boolean', default: false },
  product: { type: 'string' },
  version: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

const USAGE = () => `Usage: uc-runbook <command> [plan] [options]

Commands
${COMMANDS.map((command) => `  ${command.usage}`).join('\n')}

<plan> is a plan.json file, a permalink, or - for standard input; --example uses the built-in example plan.
--product P derives the plan as product P (${availableProducts()
  .map((product) => product.id)
  .join(', ')})
  instead of the plan's own; --version V is short for --product exchange-V.
Exit codes: 0 ok, 1 the plan has error findings, 2 invalid input.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.assign({}, COMMON_OPTIONS, ...COMMANDS.map((command) => command.options)),
    });
  } catch (error) {
    io.stderr(`uc-runbook: ${(error as Error).message}\n\n${USAGE()}`);
    return EXIT.input;
  }
  const values = parsed.values as Values;
  const [name, source] = parsed.positionals;
  if (values.help || name === undefined) {
    (values.help ? io.stdout : io.stderr)(USAGE());
    return values.help ? EXIT.ok : EXIT.input;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`uc-runbook: unknown command "${name}"\n\n${USAGE()}`);
    return EXIT.input;
  }
  try {
    return await command.run({
      source,
      values,
      io,
      plan: (planSource = source) => planFrom(planSource, values, io),
      product: (plan) => chooseProduct(plan, values),
    });
  } catch (error) {
    // A file-system failure no command expected is still the reader's input, not our bug.
    if (isFileSystemError(error)) {
      io.stderr(`uc-runbook: ${fileErrorMessage('use', error.path ?? '', error)}\n`);
      return EXIT.input;
    }
    if (!(error instanceof UsageError)) throw error;
    const issues = error instanceof PlanInputError ? error.issues : [];
    io.stderr(
      `uc-runbook: ${error.message}\n${issues.map((issue) => `  ${issue.path || '(plan)'}: ${issue.message}\n`).join('')}`,
    );
    return EXIT.input;
  }
}

async function planFrom(source: string | undefined, values: Values, io: Io): Promise<Plan> {
  const input = await readPlan(source, {
    example: values.example === true,
    today: io.today,
    readStdin: io.readStdin,
  });
  if (!input.ok) throw new PlanInputError(input.message, input.issues);
  return input.plan;
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
    typeof values.product === 'string'
      ? values.product
      : typeof values.version === 'string'
        ? `exchange-${values.version}`
        : undefined;
  if (requested === undefined) return productsOf(plan)[0] ?? plan.exchange.product;
  const id = requested.trim().toLowerCase();
  if (isProductId(id) && PRODUCTS[id].available) return id;
  const available = availableProducts().map((product) => product.id);
  const option = values.product === undefined ? '--version' : '--product';
  const choices =
    option === '--version'
      ? available
          .filter((product) => product.startsWith('exchange-'))
          .map((product) => product.slice(9))
      : available;
  throw new UsageError(`${option} must be one of: ${choices.join(', ')}`);
}

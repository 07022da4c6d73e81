/**
 * `uc-runbook inspect <file>`: reads a certificate, a certificate request or a CA's answer
 * (PEM, base64, DER, PKCS #7) and checks it against the plan's certificates. Exit 1 with error
 * findings; 2 when the file cannot be read, with what it looked like.
 */
import { readFile, stat } from 'node:fs/promises';
import { inspect, MAX_INPUT_BYTES, tooLarge } from '../../lib/pki/index.ts';
import {
  checkAgainstPlan,
  plannedCertificates,
  type CheckTarget,
} from '../../lib/planner/compare/check.ts';
import { derive, PRODUCTS, productsOf, type Derived } from '../../lib/planner/index.ts';
import { EXIT, UsageError, type Command, type CommandContext } from '../command.ts';
import { inspectJson, inspectText } from '../inspect-report.ts';

export const inspectCommand: Command = {
  name: 'inspect',
  usage:
    'inspect <file>  a certificate, request or .p7b checked against the plan   [--plan P] [--certificate ID] [--json]',
  options: { plan: { type: 'string' }, certificate: { type: 'string' } },
  async run(context) {
    const { source, values, io } = context;
    if (source === undefined)
      throw new UsageError('no file given: inspect <certificate, request or .p7b file>');
    const result = await inspect(await readInput(source, context));
    if (!result.ok) {
      io.stderr(`uc-runbook: ${source}: ${result.message}\n`);
      return EXIT.input;
    }
    const candidates = plannedCertificates(await plannedProducts(context));
    const choice = chosen(candidates, values.certificate);
    const report = checkAgainstPlan(result.file, candidates, choice, { now: new Date() });
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    if (values.json) {
      io.stdout(`${JSON.stringify(inspectJson(result.file, report), null, 2)}\n`);
      if (errors.length > 0)
        io.stderr(`uc-runbook: ${source} has errors: ${errors.map((f) => f.id).join(', ')}\n`);
    } else {
      io.stdout(inspectText(source, result.file, report));
    }
    return errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** The file's bytes (or standard input's text), its size checked before it is read. */
async function readInput(source: string, { io }: CommandContext): Promise<Uint8Array | string> {
  if (source === '-') return io.readStdin();
  let size: number;
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new UsageError(`${source} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${source}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  if (size > MAX_INPUT_BYTES) throw new UsageError(`${source}: ${tooLarge(size).message}`);
  return new Uint8Array(await readFile(source));
}

/** The derived products of --plan (or --example): --product's, or every available one the plan runs. */
async function plannedProducts(context: CommandContext): Promise<Derived[]> {
  const { values } = context;
  if (values.plan === undefined && values.example !== true) return [];
  const plan = await context.plan(values.plan as string | undefined);
  const products =
    values.product !== undefined || values.version !== undefined
      ? [context.product(plan)]
      : productsOf(plan).filter((product) => PRODUCTS[product].available);
  return products.map((product) => derive(plan, product));
}

/** --certificate: a planned certificate's id, or null to let the best match decide. */
function chosen(candidates: CheckTarget[], id: string | boolean | undefined): number | null {
  if (typeof id !== 'string') return null;
  const index = candidates.findIndex((candidate) => candidate.certificate.id === id);
  if (index === -1) {
    const ids = candidates.map((candidate) => candidate.certificate.id);
    throw new UsageError(
      ids.length === 0
        ? '--certificate needs a plan: add --plan <plan.json or permalink>'
        : `--certificate must be one of: ${ids.join(', ')}`,
    );
  }
  return index;
}

/**
 * What a CLI command is: its name, one usage line, its own options, and what it does. Commands live
 * in commands/*.ts and are listed in commands/index.ts; main.ts parses, dispatches and turns
 * failures into exit codes. A new command is a new file.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Issue, Plan, ProductId } from '../lib/planner/index.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  today: string;
}

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

/** Invalid use of the command line: main prints the message and exits 2. */
export class UsageError extends Error {}

export type Values = Record<string, string | boolean | undefined>;

/** A plan input that cannot be read: main prints the message and the field issues, exits 2. */
export class PlanInputError extends UsageError {
  readonly issues: readonly Issue[];
  constructor(message: string, issues: readonly Issue[] = []) {
    super(message);
    this.issues = issues;
  }
}

export interface CommandContext {
  /** The command's argument (a plan, a link, a file), if any. */
  source: string | undefined;
  values: Values;
  io: Io;
  /**
   * Reads and validates a plan: a file, a permalink, - for standard input, or --example; `source`
   * defaults to the command's argument. Throws PlanInputError.
   */
  plan(source?: string): Promise<Plan>;
  /** The product to derive: --product/--version, or the plan's first product. */
  product(plan: Plan): ProductId;
}

export interface Command {
  name: string;
  /** `<plan>   what it does   [options]`, for the usage text. */
  usage: string;
  options: ParseArgsOptionsConfig;
  run(context: CommandContext): Promise<number>;
}

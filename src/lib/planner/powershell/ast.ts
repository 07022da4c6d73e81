/**
 * A tiny PowerShell syntax tree. Rules build commands from these nodes; the renderer turns them
 * into text. Keeping commands as data means values from the plan can only ever become single-quoted
 * string literals (`str`): no rule concatenates user text into code.
 *
 * Names of cmdlets, parameters, variables, .NET types and members are written by our own code and
 * checked against fixed patterns when rendered, never taken from the plan.
 */

export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'variable'; name: string }
  | { kind: 'member'; target: Expr; member: string }
  | { kind: 'subexpression'; pipeline: Command[] }
  | { kind: 'static-call'; type: string; member: string; args: Expr[] }
  | { kind: 'concat'; parts: Expr[] };

/** `-Name value`, or a switch when `value` is absent. */
export interface Parameter {
  name: string;
  value?: Expr;
}

export interface Command {
  name: string;
  parameters: Parameter[];
}

export type Statement =
  | { kind: 'pipeline'; assign?: string; pipeline: Command[] }
  | { kind: 'expression'; assign?: string; expr: Expr }
  /** A Windows program (certreq.exe, iisreset.exe) with plain arguments. */
  | { kind: 'native'; program: string; args: Expr[] };

export const str = (value: string): Expr => ({ kind: 'string', value });
export const num = (value: number): Expr => ({ kind: 'number', value });
export const bool = (value: boolean): Expr => ({ kind: 'bool', value });
export const list = (items: readonly string[]): Expr => ({ kind: 'list', items: items.map(str) });
export const variable = (name: string): Expr => ({ kind: 'variable', name });
export const member = (target: Expr, name: string): Expr => ({
  kind: 'member',
  target,
  member: name,
});
export const sub = (...pipeline: Command[]): Expr => ({ kind: 'subexpression', pipeline });
export const staticCall = (type: string, name: string, ...args: Expr[]): Expr => ({
  kind: 'static-call',
  type,
  member: name,
  args,
});
export const concat = (...parts: Expr[]): Expr => ({ kind: 'concat', parts });

/**
 * Builds a command from an ordered record of parameters. `true` stands for a switch; `undefined`
 * and `false` leave the parameter out, so optional parameters read naturally at the call site.
 */
export function cmd(
  name: string,
  parameters: Record<string, Expr | true | false | undefined> = {},
): Command {
  const list: Parameter[] = [];
  for (const [key, value] of Object.entries(parameters)) {
    if (value === undefined || value === false) continue;
    list.push(value === true ? { name: key } : { name: key, value });
  }
  return { name, parameters: list };
}

export const run = (...pipeline: Command[]): Statement => ({ kind: 'pipeline', pipeline });
export const assign = (name: string, ...pipeline: Command[]): Statement => ({
  kind: 'pipeline',
  assign: name,
  pipeline,
});
export const evaluate = (expr: Expr, assignTo?: string): Statement =>
  assignTo === undefined
    ? { kind: 'expression', expr }
    : { kind: 'expression', expr, assign: assignTo };
export const native = (program: string, ...args: Expr[]): Statement => ({
  kind: 'native',
  program,
  args,
});

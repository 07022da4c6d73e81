/**
 * PowerShell text from the planner's syntax tree. Every value from the plan is a single-quoted
 * literal; names of cmdlets, parameters, variables and .NET members come from our own rules and
 * must match fixed patterns, so a bug can never turn data into code.
 */
import type { Command, Expr, Statement } from '../planner/powershell/ast.ts';

/**
 * PowerShell ends a single-quoted string at ' and also at the typographic quotes ‘ ’ ‚ ‛
 * (U+2018–U+201B); inside the string each of them is escaped by doubling it.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

export function quote(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (mark) => mark + mark)}'`;
}

const PATTERNS = {
  command: /^[A-Za-z]+-[A-Za-z0-9]+$/,
  parameter: /^[A-Za-z][A-Za-z0-9]*$/,
  variable: /^[A-Za-z_][A-Za-z0-9_]*$/,
  type: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/,
  member: /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/,
  program: /^[A-Za-z0-9_-]+\.exe$/,
} as const;

function checked(kind: keyof typeof PATTERNS, name: string): string {
  if (!PATTERNS[kind].test(name))
    throw new Error(`not a valid PowerShell ${kind} name: ${JSON.stringify(name)}`);
  return name;
}

/** An expression where PowerShell parses expressions (after `=`, inside parentheses, as an argument). */
export function renderExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'string':
      return quote(expr.value);
    case 'number':
      if (!Number.isFinite(expr.value)) throw new Error('numbers must be finite');
      return String(expr.value);
    case 'bool':
      return expr.value ? '$true' : '$false';
    case 'list':
      return expr.items.map(renderExpr).join(',');
    case 'variable':
      return `$${checked('variable', expr.name)}`;
    case 'member':
      return `${renderExpr(expr.target)}.${checked('member', expr.member)}`;
    case 'subexpression':
      return `(${renderPipeline(expr.pipeline)})`;
    case 'static-call':
      return `[${checked('type', expr.type)}]::${checked('member', expr.member)}(${expr.args.map(renderExpr).join(', ')})`;
    case 'concat':
      return `(${expr.parts.map(renderExpr).join(' + ')})`;
  }
}

/** A parameter value in command (argument) mode: .NET calls need parentheses there. */
function renderArgument(expr: Expr): string {
  return expr.kind === 'static-call' ? `(${renderExpr(expr)})` : renderExpr(expr);
}

function renderCommand(command: Command): string {
  const parts = [checked('command', command.name)];
  for (const parameter of command.parameters) {
    parts.push(`-${checked('parameter', parameter.name)}`);
    if (parameter.value !== undefined) parts.push(renderArgument(parameter.value));
  }
  return parts.join(' ');
}

function renderPipeline(pipeline: Command[]): string {
  return pipeline.map(renderCommand).join(' | ');
}

/** Plain words and switches (-submit, /noforce, EX01) need no quotes for a Windows program. */
export const BARE_NATIVE_ARGUMENT = /^[-/]?[A-Za-z0-9][A-Za-z0-9.-]*$/;

export function renderStatement(statement: Statement): string {
  switch (statement.kind) {
    case 'pipeline': {
      const text = renderPipeline(statement.pipeline);
      return statement.assign ? `$${checked('variable', statement.assign)} = ${text}` : text;
    }
    case 'expression': {
      const text = renderExpr(statement.expr);
      return statement.assign ? `$${checked('variable', statement.assign)} = ${text}` : text;
    }
    case 'native':
      return [
        checked('program', statement.program),
        ...statement.args.map((arg) =>
          arg.kind === 'string' && BARE_NATIVE_ARGUMENT.test(arg.value)
            ? arg.value
            : renderExpr(arg),
        ),
      ].join(' ');
  }
}

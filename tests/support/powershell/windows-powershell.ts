/**
 * Reading a generated script the way Windows PowerShell 5.1 does, and checking that every value
 * stays inside its literal. Written apart from the renderer so the check does not trust it.
 *
 * 5.1 picks the encoding of a script file from its byte-order mark: UTF-8 after EF BB BF, UTF-16
 * after FF FE or FE FF, and without one the ANSI code page (Windows-1252 on Western systems). In
 * Windows-1252, bytes 0x82, 0x91 and 0x92 are ‚ ‘ ’, which PowerShell takes as single quotes.
 */
import type { Expr, Statement } from '../../../src/lib/planner/powershell/ast.ts';
import type { Derived } from '../../../src/lib/planner/derived.ts';
import { BARE_NATIVE_ARGUMENT } from '../../../src/lib/render/powershell.ts';
import { tokenize } from './lexer.ts';

export function readAsWindowsPowerShell51(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('windows-1252').decode(bytes);
}

/** The string literals a statement holds, in the order they are written. */
function literals(expr: Expr): string[] {
  switch (expr.kind) {
    case 'string':
      return [expr.value];
    case 'list':
      return expr.items.flatMap(literals);
    case 'member':
      return literals(expr.target);
    case 'subexpression':
      return expr.pipeline.flatMap((command) =>
        command.parameters.flatMap((parameter) =>
          parameter.value ? literals(parameter.value) : [],
        ),
      );
    case 'static-call':
      return expr.args.flatMap(literals);
    case 'concat':
      return expr.parts.flatMap(literals);
    default:
      return [];
  }
}

export function statementLiterals(statement: Statement): string[] {
  switch (statement.kind) {
    case 'pipeline':
      return literals({ kind: 'subexpression', pipeline: statement.pipeline });
    case 'expression':
      return literals(statement.expr);
    case 'native':
      // Plain words (certreq.exe -submit) are written without quotes: not literals.
      return statement.args.flatMap((arg) =>
        arg.kind === 'string' && BARE_NATIVE_ARGUMENT.test(arg.value) ? [] : literals(arg),
      );
  }
}

/** Every literal of every PowerShell part of the runbook, in file order. */
export function runbookLiterals(derived: Derived): string[] {
  return derived.steps.flatMap((step) =>
    step.parts.flatMap((part) =>
      part.kind === 'powershell' ? part.statements.flatMap(statementLiterals) : [],
    ),
  );
}

/**
 * Problems with a script as 5.1 reads it: it does not tokenise, or its single-quoted strings are
 * not exactly the literals of the syntax tree (a value ended its string early and the rest of it
 * became code, or code became part of a string).
 */
export function literalProblems(bytes: Uint8Array, expected: readonly string[]): string[] {
  const text = readAsWindowsPowerShell51(bytes);
  let strings: string[];
  try {
    strings = tokenize(text).flatMap((token) =>
      token.kind === 'string' && token.quote === 'single' ? [token.value] : [],
    );
  } catch (error) {
    return [`does not tokenise as PowerShell 5.1 reads it: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const length = Math.max(strings.length, expected.length);
  for (let index = 0; index < length && problems.length < 3; index += 1) {
    if (strings[index] !== expected[index]) {
      problems.push(
        `literal ${index + 1}: read ${JSON.stringify(strings[index])}, written ${JSON.stringify(expected[index])}`,
      );
    }
  }
  return problems;
}

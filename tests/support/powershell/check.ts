/**
 * Checks generated PowerShell against the cmdlet catalog for one product version: every cmdlet
 * exists and applies to the version, every parameter exists and applies, some parameter set
 * accepts the parameters together and gets all its required ones. It also enforces our own rules
 * for generated text: no double-quoted (expanding) strings, no script blocks, no positional
 * arguments to cmdlets, no variable used before it is assigned.
 */
import { tokenize, type Token } from './lexer.ts';
import type { Catalog, CatalogCmdlet } from './catalog.ts';

/** Windows programs (not cmdlets) the runbook may call. */
const NATIVE_PROGRAMS = new Set([
  'certreq.exe',
  'iisreset.exe',
  'netsh.exe',
  'w32tm.exe',
  'tzutil.exe',
]);
const AUTOMATIC_VARIABLES = new Set(['true', 'false', 'null']);

export interface CommandUse {
  name: string;
  line: number;
  parameters: string[];
  native: boolean;
}

export interface ScriptReport {
  errors: string[];
  warnings: string[];
  commands: CommandUse[];
  /** Every string literal, as PowerShell reads it. */
  strings: string[];
}

export function checkScript(text: string, catalog: Catalog, version: string): ScriptReport {
  const report: ScriptReport = { errors: [], warnings: [], commands: [], strings: [] };
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (error) {
    report.errors.push(String(error));
    return report;
  }
  new Parser(tokens, catalog, version, report).script();
  return report;
}

class Parser {
  #pos = 0;
  readonly #defined = new Set<string>();
  readonly tokens: Token[];
  readonly catalog: Catalog;
  readonly version: string;
  readonly report: ScriptReport;

  constructor(tokens: Token[], catalog: Catalog, version: string, report: ScriptReport) {
    this.tokens = tokens;
    this.catalog = catalog;
    this.version = version;
    this.report = report;
  }

  /** The next token; a method, not a getter, so TypeScript does not narrow it across #pos moves. */
  #peek(): Token | undefined {
    return this.tokens[this.#pos];
  }
  #take(): Token {
    const token = this.tokens[this.#pos];
    if (!token) throw new Error('unexpected end of script');
    this.#pos += 1;
    return token;
  }
  #expect(kind: Token['kind']): Token {
    const token = this.#take();
    if (token.kind !== kind) this.#error(token.line, `expected ${kind}, found ${token.kind}`);
    return token;
  }
  #error(line: number, message: string) {
    this.report.errors.push(`line ${line}: ${message}`);
  }
  #atEnd(): boolean {
    const kind = this.#peek()?.kind;
    return kind === undefined || kind === 'newline' || kind === 'semicolon';
  }

  script() {
    while (this.#peek()) {
      const token = this.#peek()!;
      if (token.kind === 'newline' || token.kind === 'semicolon') {
        this.#pos += 1;
        continue;
      }
      try {
        this.#statement();
      } catch (error) {
        this.#error(token.line, String(error));
        while (!this.#atEnd()) this.#pos += 1;
      }
      if (!this.#atEnd())
        this.#error(this.#peek()!.line, `unexpected ${this.#peek()!.kind} after the statement`);
      while (!this.#atEnd()) this.#pos += 1;
    }
  }

  #statement() {
    const first = this.#peek()!;
    if (first.kind === 'word' && first.text.toLowerCase() === 'return') {
      this.#pos += 1;
      return;
    }
    let assigned: string | undefined;
    if (first.kind === 'variable' && this.tokens[this.#pos + 1]?.kind === 'equals') {
      assigned = first.name.toLowerCase();
      this.#pos += 2;
    }
    if (this.#peek()?.kind === 'word') this.#pipeline();
    else this.#expression();
    if (assigned) this.#defined.add(assigned);
  }

  #pipeline() {
    let index = 0;
    for (;;) {
      this.#command(index > 0);
      if (this.#peek()?.kind !== 'pipe') return;
      this.#pos += 1;
      index += 1;
    }
  }

  #commandEnds(): boolean {
    const kind = this.#peek()?.kind;
    return this.#atEnd() || kind === 'pipe' || kind === 'rparen';
  }

  #command(piped: boolean) {
    const nameToken = this.#expect('word');
    const name = nameToken.kind === 'word' ? nameToken.text : '';
    const line = nameToken.line;
    if (NATIVE_PROGRAMS.has(name.toLowerCase())) {
      while (!this.#commandEnds()) {
        const token = this.#take();
        if (token.kind === 'string') this.report.strings.push(token.value);
        if (token.kind === 'variable') this.#use(token);
      }
      this.report.commands.push({ name, line, parameters: [], native: true });
      return;
    }
    const cmdlet = this.catalog.cmdlet(name);
    if (!cmdlet) this.#error(line, `unknown command ${name}`);
    else if (!this.catalog.appliesTo(cmdlet, this.version))
      this.#error(line, `${name} does not exist in ${this.version}`);
    const given: string[] = [];
    while (!this.#commandEnds()) {
      const token = this.#peek()!;
      if (token.kind !== 'parameter') {
        this.#error(
          token.line,
          `${name}: positional argument (${token.kind}); generated commands name every parameter`,
        );
        this.#value();
        continue;
      }
      this.#pos += 1;
      const parameter = cmdlet ? this.catalog.parameter(cmdlet, token.name) : undefined;
      const canonical = parameter?.name ?? token.name;
      if (given.some((existing) => existing.toLowerCase() === canonical.toLowerCase()))
        this.#error(token.line, `${name}: -${canonical} given twice`);
      given.push(canonical);
      if (cmdlet && !parameter) this.#error(token.line, `${name} has no parameter -${token.name}`);
      else if (cmdlet && parameter && !this.catalog.parameterAppliesTo(parameter, this.version)) {
        this.#error(token.line, `${name} -${canonical} does not exist in ${this.version}`);
      }
      const isSwitch = parameter?.type === 'SwitchParameter';
      if (
        token.colonValue ||
        (!isSwitch && !this.#commandEnds() && this.#peek()?.kind !== 'parameter')
      )
        this.#value();
      else if (!isSwitch && parameter)
        this.#error(token.line, `${name} -${canonical} needs a value`);
    }
    if (cmdlet) this.#checkParameterSets(name, cmdlet, given, piped, line);
    this.report.commands.push({ name, line, parameters: given, native: false });
  }

  #checkParameterSets(
    name: string,
    cmdlet: CatalogCmdlet,
    given: string[],
    piped: boolean,
    line: number,
  ) {
    const specific = given.filter((parameter) => !this.catalog.isCommon(cmdlet, parameter));
    const lower = new Set(specific.map((parameter) => parameter.toLowerCase()));
    const candidates = cmdlet.parameterSets.filter((set) =>
      specific.every((parameter) =>
        Object.keys(set.parameters).some((key) => key.toLowerCase() === parameter.toLowerCase()),
      ),
    );
    if (candidates.length === 0) {
      this.#error(
        line,
        `${name}: no parameter set accepts ${specific.map((parameter) => `-${parameter}`).join(' ')} together`,
      );
      return;
    }
    const missingBySet = candidates.map((set) => ({
      set: set.name,
      missing: Object.entries(set.parameters)
        .filter(
          ([key, info]) =>
            info.required && !lower.has(key.toLowerCase()) && !(piped && info.pipeline),
        )
        .map(([key]) => key),
      softly: Object.entries(set.parameters)
        .filter(([key, info]) => info.requiredIn && !lower.has(key.toLowerCase()))
        .map(([key]) => key),
    }));
    const satisfied = missingBySet.find((entry) => entry.missing.length === 0);
    if (!satisfied) {
      const closest = missingBySet.sort((a, b) => a.missing.length - b.missing.length)[0]!;
      this.#error(
        line,
        `${name}: parameter set ${closest.set} also needs ${closest.missing.map((key) => `-${key}`).join(', ')}`,
      );
    } else if (satisfied.softly.length > 0) {
      this.report.warnings.push(
        `line ${line}: ${name}: one Microsoft source marks ${satisfied.softly.map((key) => `-${key}`).join(', ')} as required`,
      );
    }
  }

  /** A value in argument mode: a primary, or a comma-separated list of primaries. */
  #value() {
    this.#primary();
    while (this.#peek()?.kind === 'comma') {
      this.#pos += 1;
      this.#primary();
    }
  }

  /** An expression in expression mode: primaries joined by + or , */
  #expression() {
    this.#primary();
    while (this.#peek()?.kind === 'plus' || this.#peek()?.kind === 'comma') {
      this.#pos += 1;
      this.#primary();
    }
  }

  #primary() {
    const token = this.#take();
    switch (token.kind) {
      case 'string':
        if (token.quote === 'double')
          this.#error(
            token.line,
            'double-quoted strings expand $variables and subexpressions; generated values must be single-quoted',
          );
        this.report.strings.push(token.value);
        return;
      case 'number':
      case 'word':
        return;
      case 'variable':
        this.#use(token);
        this.#members();
        return;
      case 'lparen':
        if (this.#peek()?.kind === 'word') this.#pipeline();
        else this.#expression();
        this.#expect('rparen');
        this.#members();
        return;
      case 'type': {
        this.#expect('dcolon');
        this.#expect('word');
        if (this.#peek()?.kind === 'lparen') this.#arguments();
        this.#members();
        return;
      }
      case 'lbrace':
        this.#error(token.line, 'script blocks are not allowed in generated commands');
        while (this.#peek() && this.#peek()!.kind !== 'rbrace') this.#pos += 1;
        this.#pos += 1;
        return;
      default:
        this.#error(token.line, `unexpected ${token.kind}`);
    }
  }

  #members() {
    while (this.#peek()?.kind === 'member') {
      this.#pos += 1;
      if (this.#peek()?.kind === 'lparen') this.#arguments();
    }
  }

  /** `( expr, expr )` of a .NET method call. */
  #arguments() {
    this.#expect('lparen');
    while (this.#peek() && this.#peek()!.kind !== 'rparen') {
      this.#primary();
      if (this.#peek()?.kind === 'comma') this.#pos += 1;
    }
    this.#expect('rparen');
  }

  #use(token: Token) {
    if (token.kind !== 'variable') return;
    const name = token.name.toLowerCase();
    if (!AUTOMATIC_VARIABLES.has(name) && !this.#defined.has(name)) {
      this.#error(token.line, `$${token.name} is used before it is assigned`);
    }
  }
}

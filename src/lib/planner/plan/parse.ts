/**
 * `parsePlan` is the single gate every plan passes through: the editor, permalinks, stored data and
 * CLI files all call it. It reads plan v2 (older plans are migrated first, plan/migrate.ts), fills
 * defaults, normalises names and reports every problem as an `Issue` naming the field, instead of
 * throwing.
 */
import { ROOT, type ReadOptions } from './describe.ts';
import { isPlanV1, migrateV1 } from './migrate.ts';
import { PLAN, PLAN_VERSION, type ParseResult, type Plan } from './plan.ts';
import { Reader } from './read.ts';

export type ParseOptions = ReadOptions;

export function parsePlan(input: unknown, options: ParseOptions = {}): ParseResult {
  const reader = new Reader();
  if (input === undefined || input === null) {
    reader.report('', 'a plan is required');
    return { ok: false, issues: reader.issues };
  }
  let source: unknown = input;
  if (isPlanV1(input)) {
    source = migrateV1(input);
  } else if (isRecord(input) && input.version !== undefined && input.version !== PLAN_VERSION) {
    reader.report(
      'version',
      `is ${describe(input.version)}; this site reads plan versions 1 and ${PLAN_VERSION}`,
    );
  }
  const sections = isRecord(source) ? withoutVersion(source) : source;
  const value = PLAN.read(reader, sections, '', { root: ROOT, parent: ROOT, options });
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  const plan: Plan = { version: PLAN_VERSION, ...value };
  return { ok: true, plan };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutVersion(source: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, ...rest } = source;
  return rest;
}

/** A short, safe rendering of an unexpected value for a message. */
function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 20));
  return Array.isArray(value) ? 'a list' : typeof value;
}

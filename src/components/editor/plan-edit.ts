/**
 * Pure helpers for editing a plan draft: the raw input the editor holds while the reader types,
 * which may be invalid. A draft has the plan's shape; parsePlan decides whether it is a plan.
 */
import type { Plan } from '../../lib/planner/index.ts';
import { defaultedPaths } from '../../lib/planner/plan/operations.ts';
import { parsePlan, type ParseOptions } from '../../lib/planner/plan/parse.ts';
import { join } from '../../lib/planner/plan/read.ts';

export type Draft = Record<string, unknown>;
export type Path = readonly (string | number)[];

/** `['exchange', 'sites', 0, 'name']` → `exchange.sites[0].name`, the form parsePlan's issues use. */
export function pathKey(path: Path): string {
  return path.reduce<string>(
    (key, part) => (typeof part === 'number' ? `${key}[${part}]` : key ? `${key}.${part}` : part),
    '',
  );
}

export function getIn(draft: unknown, path: Path): unknown {
  let value = draft;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** A copy of `draft` with the value at `path` replaced (missing objects are created). */
export function setIn(draft: unknown, path: Path, value: unknown): Draft {
  const [head, ...rest] = path;
  if (head === undefined) return value as Draft;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(draft)
    ? [...draft]
    : { ...(draft !== null && typeof draft === 'object' ? draft : {}) };
  (container as Record<string | number, unknown>)[head] = setIn(
    (container as Record<string | number, unknown>)[head],
    rest,
    value,
  );
  return container as Draft;
}

/** A copy with `item` appended to the list at `path`. */
export function appendAt(draft: Draft, path: Path, item: unknown): Draft {
  const list = getIn(draft, path);
  return setIn(draft, path, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy with the list item at `index` removed. */
export function removeAt(draft: Draft, path: Path, index: number): Draft {
  const list = getIn(draft, path);
  return setIn(
    draft,
    path,
    (Array.isArray(list) ? list : []).filter((_, position) => position !== index),
  );
}

/**
 * Values still at their defaults follow the fields they are built from: change the primary
 * domain and mail.contoso.com becomes mail.fabrikam.com; change the issue date and the lifetime
 * follows the CA/Browser Forum limit of the new date. Values the reader set stay as they are.
 *
 * Which values follow is decided against `committed`, the last valid plan, so keystrokes that pass
 * through invalid values ("fabrikam") do not break the chain. Nothing moves while the changed
 * value itself is invalid; a problem in another field (`changed` names the field just edited)
 * does not stop the followers: they are worked out with that field at its last valid value.
 */
export function followDefaults(
  draft: Draft,
  committed: Plan,
  options: ParseOptions = {},
  changed?: Path,
): Draft {
  let following = defaultedPaths(committed).filter((path) =>
    sameValue(getIn(draft, path), getIn(committed, path)),
  );
  const followed = (plan: Plan) =>
    following.reduce<Draft>((next, path) => setIn(next, path, getIn(plan, path)), draft);
  // A default that cannot follow (mail.<a 126-character domain> is too long for a subject) keeps
  // its value; the others still follow. Each pass drops the followers the reader named in issues.
  for (let pass = 0; pass < MAX_FOLLOW_PASSES && following.length > 0; pass++) {
    const sparse = following.reduce<Draft>((result, path) => setIn(result, path, undefined), draft);
    const result = parsePlan(sparse, options);
    if (result.ok) return followed(result.plan);
    const blocked = following.filter((path) =>
      result.issues.some((issue) => concerns(issue.path, path)),
    );
    if (blocked.length > 0) {
      following = following.filter((path) => !blocked.includes(path));
      continue;
    }
    // Only other fields are wrong: unless the edited field is one of them, follow it anyway.
    if (!changed || result.issues.some((issue) => concerns(issue.path, changed))) return draft;
    const patched = withCommittedValues(
      sparse,
      committed,
      result.issues.map((issue) => issue.path),
    );
    const retried = patched && parsePlan(patched, options);
    return retried && retried.ok ? followed(retried.plan) : draft;
  }
  return draft;
}

const MAX_FOLLOW_PASSES = 4;

/** Whether an issue at `issuePath` ("exchange.sites[0].namespace") is about the value at `path`. */
function concerns(issuePath: string, path: Path): boolean {
  const written = path.reduce<string>(join, '');
  return (
    issuePath === written ||
    issuePath.startsWith(`${written}.`) ||
    issuePath.startsWith(`${written}[`)
  );
}

/**
 * A copy of `draft` with the fields at `issuePaths` put back to their value in `committed`, or
 * undefined when one of them has no committed value (a row the reader has just added).
 */
export function withCommittedValues(
  draft: Draft,
  committed: Plan,
  issuePaths: readonly string[],
): Draft | undefined {
  const byKey = new Map(pathsOf(committed).map((path) => [pathKey(path), path]));
  let result = draft;
  for (const key of issuePaths) {
    const path = byKey.get(key);
    if (!path) return undefined;
    result = setIn(result, path, getIn(committed, path));
  }
  return result;
}

/**
 * The plan that keeps every valid field of `draft`: each field with a problem stays at its
 * committed value. Undefined when that is not a valid plan either (a problem spanning fields).
 */
export function validPart(
  draft: Draft,
  committed: Plan,
  options: ParseOptions = {},
): Plan | undefined {
  let current = draft;
  for (let round = 0; round < 3; round += 1) {
    const result = parsePlan(current, options);
    if (result.ok) return result.plan;
    const patched = withCommittedValues(
      current,
      committed,
      result.issues.map((issue) => issue.path),
    );
    if (!patched) return undefined;
    current = patched;
  }
  return undefined;
}

/** Every path to a value (leaf, list or object) in `value`, containers included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The draft a valid plan starts from: the plan itself, which parsePlan reads back unchanged. */
export function draftOf(plan: Plan): Draft {
  return structuredClone(plan) as unknown as Draft;
}

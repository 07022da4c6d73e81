/**
 * Pure helpers for editing a plan draft: the raw input the editor holds while the reader types,
 * which may be invalid. A draft has the plan's shape; parsePlan decides whether it is a plan.
 */
import type { Plan } from './planner/index.ts';
import { defaultFriendlyName } from './planner/plan/parse.ts';

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
 * When the primary domain changes, names that were still the default for the old domain follow
 * it (mail.contoso.com → mail.fabrikam.com); names the reader chose stay as they are.
 */
export function followPrimary(draft: Draft, previous: string, next: string): Draft {
  const was = previous.trim().toLowerCase();
  const now = next.trim().toLowerCase();
  if (!was || !now || was === now) return draft;
  let result = draft;
  const follow = (path: Path, prefix: string) => {
    const current = getIn(result, path);
    if (typeof current === 'string' && current.trim().toLowerCase() === `${prefix}${was}`)
      result = setIn(result, path, `${prefix}${now}`);
  };
  follow(['exchange', 'namespace'], 'mail.');
  follow(['exchange', 'legacy', 'namespace'], 'legacy.');
  follow(['exchange', 'edge', 'fqdn'], 'edge.');
  follow(['domains', 'internal'], '');
  const issueDate = String(getIn(draft, ['certificate', 'issueDate']));
  const oldName = defaultFriendlyName(String(getIn(draft, ['exchange', 'namespace'])), issueDate);
  if (getIn(draft, ['certificate', 'friendlyName']) === oldName) {
    result = setIn(
      result,
      ['certificate', 'friendlyName'],
      defaultFriendlyName(String(getIn(result, ['exchange', 'namespace'])), issueDate),
    );
  }
  return result;
}

/** The draft a valid plan starts from: the plan itself, which parsePlan reads back unchanged. */
export function draftOf(plan: Plan): Draft {
  return structuredClone(plan) as unknown as Draft;
}

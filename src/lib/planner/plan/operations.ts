/**
 * Everything the plan's description (describe.ts, sections/*.ts) generates besides reading: the
 * compact form of v2 permalinks and its key tables, the reader's own values, the values a plan
 * still holds at their defaults (assumptions), and the JSON Schema.
 *
 * Every walk here follows the description, never the data, so its depth is the description's
 * (a handful of levels) whatever an untrusted input looks like.
 */
import type { Field, Json, JsonSchema, ObjectField, ReadOptions, Scope } from './describe.ts';
import { PLAN, PLAN_VERSION, type Plan } from './plan.ts';
import { join } from './read.ts';

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// ---------------------------------------------------------------- compact form (v2 links)

export class CompactError extends Error {}

/**
 * The smallest JSON that reads back to `plan`: every value equal to the default it would get (given
 * the values before it, which decoding reproduces first) is left out, and keys are the short keys
 * of the description. Required values always travel.
 */
export function compactPlan(plan: Plan, options: ReadOptions = {}): Json {
  const value = compactValue(PLAN, plan, { root: plan, parent: plan, options });
  return value ?? {};
}

function compactValue(field: Field, value: unknown, scope: Scope): Json | undefined {
  if (field.kind === 'object') {
    const object = value as Record_;
    const out: Record<string, Json> = {};
    for (const [name, child] of Object.entries(
      (field as ObjectField<Record<string, Field>>).fields,
    )) {
      const compact = compactValue(child, object[name], { ...scope, parent: object });
      if (compact !== undefined) out[child.key] = compact;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  const fallback = field.defaultFor(scope);
  if (fallback !== undefined && same(fallback, value)) return undefined;
  if (field.kind === 'list') {
    return (value as unknown[]).map((item) => compactValue(field.item, item, scope) ?? {});
  }
  return value as Json;
}

/** The plan input a compact JSON stands for (still to be validated by parsePlan). */
export function expandPlan(compact: unknown): Record_ {
  if (!isRecord(compact)) throw new CompactError('not a plan object');
  return { version: PLAN_VERSION, ...(expandValue(PLAN, compact, 'plan') as Record_) };
}

function expandValue(field: Field, compact: unknown, path: string): unknown {
  if (field.kind === 'object') {
    if (!isRecord(compact)) throw new CompactError(`${path} is not an object`);
    const byKey = new Map(
      Object.entries((field as ObjectField<Record<string, Field>>).fields).map(([name, child]) => [
        child.key,
        [name, child] as const,
      ]),
    );
    const out: Record_ = {};
    for (const [key, value] of Object.entries(compact)) {
      const entry = byKey.get(key);
      if (!entry) throw new CompactError(`unknown key "${key.slice(0, 12)}" in ${path}`);
      out[entry[0]] = expandValue(entry[1], value, join(path, entry[0]));
    }
    return out;
  }
  if (field.kind === 'list') {
    if (!Array.isArray(compact)) throw new CompactError(`${path} is not a list`);
    if (compact.length > field.max)
      throw new CompactError(`${path} has more than ${field.max} entries`);
    return compact.map((item, index) => expandValue(field.item, item, join(path, index)));
  }
  return compact;
}

/**
 * The short keys of every object in the description, by path (`exchange.sites[]`). Links depend on
 * them: a key once published is never changed or reused (a test compares with a snapshot).
 */
export function keyTables(): Record<string, Record<string, string>> {
  const tables: Record<string, Record<string, string>> = {};
  const visit = (field: Field, path: string) => {
    if (field.kind === 'list') return visit(field.item, `${path}[]`);
    if (field.kind !== 'object') return;
    const table: Record<string, string> = {};
    for (const [name, child] of Object.entries(
      (field as ObjectField<Record<string, Field>>).fields,
    )) {
      table[name] = child.key;
      visit(child, path === '' ? name : `${path}.${name}`);
    }
    tables[path === '' ? '(plan)' : path] = table;
  };
  visit(PLAN, '');
  return tables;
}

// ---------------------------------------------------------------- values of the reader

/** Every value the reader typed that can appear in outputs (names, addresses, folders). */
export function personalValues(plan: Plan): string[] {
  const values: string[] = [];
  const visit = (field: Field, value: unknown) => {
    if (field.kind === 'object') {
      for (const [name, child] of Object.entries(
        (field as ObjectField<Record<string, Field>>).fields,
      )) {
        visit(child, (value as Record_)[name]);
      }
    } else if (field.kind === 'list') {
      for (const item of value as unknown[]) visit(field.item, item);
    } else if (field.personal && typeof value === 'string') {
      values.push(value);
    }
  };
  visit(PLAN, plan);
  return values;
}

export interface Assumption {
  /** The plan field, e.g. `lync.edge.accessFqdn`. */
  path: string;
  /** What was assumed, in words. */
  text: string;
  /** The assumed value as JSON text. */
  value: string;
}

/**
 * Values of one part of the plan that are still their defaults and stand for facts about the
 * reader's organisation (a server name nobody typed): the guide says they were assumed.
 */
export function assumptions(plan: Plan, section: keyof typeof PLAN.fields): Assumption[] {
  const found: Assumption[] = [];
  const visit = (field: Field, value: unknown, path: string, scope: Scope) => {
    if (field.kind === 'object') {
      for (const [name, child] of Object.entries(
        (field as ObjectField<Record<string, Field>>).fields,
      )) {
        visit(child, (value as Record_)[name], join(path, name), {
          ...scope,
          parent: value as Record_,
        });
      }
      return;
    }
    const assumed = field.assumption;
    if (assumed && same(field.defaultFor(scope), value)) {
      found.push({ path, text: assumed, value: JSON.stringify(value) });
      return;
    }
    if (field.kind === 'list') {
      (value as unknown[]).forEach((item, index) =>
        visit(field.item, item, join(path, index), scope),
      );
    }
  };
  visit(PLAN.fields[section], plan[section], section, { root: plan, parent: plan, options: {} });
  return found;
}

/**
 * Paths of the fields that still hold their defaults (`['exchange', 'namespace']`): the editor
 * lets them follow the fields they are built from (mail.<primary> follows the primary domain)
 * until the reader sets them. Required fields have no default and never follow.
 */
export function defaultedPaths(plan: Plan): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const visit = (field: Field, value: unknown, path: (string | number)[], scope: Scope) => {
    if (field.kind === 'object') {
      for (const [name, child] of Object.entries(
        (field as ObjectField<Record<string, Field>>).fields,
      )) {
        visit(child, (value as Record_)[name], [...path, name], {
          ...scope,
          parent: value as Record_,
        });
      }
      return;
    }
    const fallback = field.defaultFor(scope);
    if (fallback !== undefined && same(fallback, value)) paths.push(path);
    else if (field.kind === 'list') {
      (value as unknown[]).forEach((item, index) =>
        visit(field.item, item, [...path, index], scope),
      );
    }
  };
  visit(PLAN, plan, [], { root: plan, parent: plan, options: {} });
  return paths;
}

// ---------------------------------------------------------------- JSON Schema

/** JSON Schema (draft 2020-12) of plan v2, published at /schema/plan-v2.json. */
export function planJsonSchema(): JsonSchema {
  const schema = PLAN.jsonSchema();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: '/schema/plan-v2.json',
    title: `UC Runbook plan, version ${PLAN_VERSION}`,
    description:
      'Everything UC Runbook needs to derive certificates, DNS records and commands. Absent fields take the defaults described on each field. Host-name rules (labels, punycode, internal names) and rules across fields are checked by the planner, which stays the authority.',
    ...schema,
    properties: {
      version: { const: PLAN_VERSION, description: 'Plan format version.' },
      ...(schema.properties as Record_),
    },
  };
}

/**
 * The plan is described once, field by field, with the small vocabulary in this file. Everything
 * else about the plan's shape is generated from that description (plan/operations.ts): its
 * TypeScript type (`Infer`), validation and defaults (`read`), the published JSON Schema, the
 * short keys of v2 permalinks and which values are the reader's own (marked in every output).
 *
 * Small hand-written constructors instead of a schema library: the reader runs on every keystroke
 * in the browser, zod would add about 23 KB gzip to each page (STYLE.md), and none of them knows
 * about permalink keys or defaults that follow other fields.
 */
import { join, type Reader } from './read.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = Record<string, unknown>;

export interface ReadOptions {
  /** Today's date (YYYY-MM-DD), used when the plan has no issue date. */
  today?: string;
}

/**
 * What a default may depend on: the values read before it. Fields are read in the order they are
 * described, sections too, so a default only ever looks at earlier fields (mail.<primary> needs
 * the primary domain, which the domains section read before).
 */
export interface Scope {
  readonly root: Readonly<Record<string, unknown>>;
  readonly parent: Readonly<Record<string, unknown>>;
  readonly options: ReadOptions;
}

interface FieldBase<T> {
  /** Short key in v2 permalinks: unique among its siblings and never reused (append-only). */
  readonly key: string;
  /** One line for the JSON Schema and the editor. */
  readonly description: string;
  /** A plan must give it (JSON Schema `required`); every other field has a default. */
  readonly required: boolean;
  /** The value a plan without this field gets; undefined when the field is required. */
  defaultFor(scope: Scope): T | undefined;
  /** Validates and normalises `raw`, reporting problems to `reader`; never throws. */
  read(reader: Reader, raw: unknown, path: string, scope: Scope): T;
  jsonSchema(): JsonSchema;
}

export interface LeafField<T> extends FieldBase<T> {
  readonly kind: 'leaf';
  /** The value is the reader's own (a name, an address): outputs mark it. */
  readonly personal: boolean;
  /**
   * When the value is still its default, the guides say it was assumed (a server name the reader
   * never typed); the text says what was assumed.
   */
  readonly assumption?: string;
}

export interface ObjectField<F extends Fields> extends FieldBase<ObjectValue<F>> {
  readonly kind: 'object';
  readonly fields: F;
  /** Reads into `value`, which is already in place in its parent (see object()). */
  fill(
    value: Record<string, unknown>,
    reader: Reader,
    raw: unknown,
    path: string,
    scope: Scope,
  ): ObjectValue<F>;
}

export interface ListField<T> extends FieldBase<T[]> {
  readonly kind: 'list';
  readonly item: Field<T>;
  readonly max: number;
  /** See LeafField.assumption: said when the whole list is still its default. */
  readonly assumption?: string;
}

// `any` here is the usual variance escape for a heterogeneous record of fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Field<T = any> = LeafField<T> | ListField<any> | ObjectField<any>;
export type Fields = Record<string, Field>;
export type Infer<F> = F extends FieldBase<infer T> ? T : never;
export type ObjectValue<F extends Fields> = { [K in keyof F]: Infer<F[K]> };

type Default<T> = T | ((scope: Scope) => T | undefined) | undefined;
const resolve = <T>(value: Default<T>, scope: Scope): T | undefined =>
  typeof value === 'function' ? (value as (scope: Scope) => T | undefined)(scope) : value;

export interface LeafSpec<T> {
  key: string;
  description: string;
  personal?: boolean;
  assumption?: string;
  default?: Default<T>;
  /** Must be given (the primary domain); see FieldBase.required. */
  required?: boolean;
  schema: JsonSchema;
  /** Reads a present value (absent and null values get the default before this is called). */
  read(reader: Reader, raw: unknown, path: string, fallback: T | undefined, scope: Scope): T;
  /** Absent and null both mean "not given" unless this says null is a value of its own. */
  nullIsValue?: boolean;
  /** Called when the field is absent and has no default. */
  missing?: (reader: Reader, path: string) => T;
}

export function leaf<T>(spec: LeafSpec<T>): LeafField<T> {
  return {
    kind: 'leaf',
    key: spec.key,
    description: spec.description,
    required: spec.required ?? false,
    personal: spec.personal ?? false,
    assumption: spec.assumption,
    defaultFor: (scope) => resolve(spec.default, scope),
    read(reader, raw, path, scope) {
      const fallback = resolve(spec.default, scope);
      const absent = raw === undefined || (raw === null && !spec.nullIsValue);
      if (absent) {
        if (fallback !== undefined) return fallback;
        if (spec.missing) return spec.missing(reader, path);
      }
      return spec.read(reader, raw, path, fallback, scope);
    },
    jsonSchema: () => ({ ...spec.schema, description: spec.description }),
  };
}

export interface ObjectSpec<F extends Fields> {
  key: string;
  description: string;
  fields: F;
  /** Rules that span fields (a server listed twice, Edge on without Edge servers). */
  check?: (value: ObjectValue<F>, reader: Reader, path: string, scope: Scope) => void;
}

export function object<F extends Fields>(spec: ObjectSpec<F>): ObjectField<F> {
  const keys = Object.keys(spec.fields);
  const fill = (
    value: Record<string, unknown>,
    reader: Reader,
    raw: unknown,
    path: string,
    scope: Scope,
  ): ObjectValue<F> => {
    const input = reader.object(raw, path, keys);
    // The root object is its own root: later sections see the earlier ones.
    const root = scope.root === ROOT ? value : scope.root;
    const inner: Scope = { root, parent: value, options: scope.options };
    for (const [name, child] of Object.entries(spec.fields)) {
      if (child.kind === 'object') {
        // Placed before it is filled, so defaults inside it see the fields read before it
        // (exchange.certificate.friendlyName follows exchange.namespace).
        const target: Record<string, unknown> = {};
        value[name] = target;
        (child as ObjectField<Fields>).fill(target, reader, input[name], join(path, name), inner);
      } else {
        value[name] = child.read(reader, input[name], join(path, name), inner);
      }
    }
    spec.check?.(value as ObjectValue<F>, reader, path, inner);
    return value as ObjectValue<F>;
  };
  return {
    kind: 'object',
    key: spec.key,
    description: spec.description,
    required: Object.values(spec.fields).some((child) => child.required),
    fields: spec.fields,
    fill,
    defaultFor: () => undefined,
    read: (reader, raw, path, scope) => fill({}, reader, raw, path, scope),
    jsonSchema() {
      const required = Object.entries(spec.fields)
        .filter(([, child]) => child.required)
        .map(([name]) => name);
      return {
        type: 'object',
        additionalProperties: false,
        description: spec.description,
        ...(required.length > 0 ? { required } : {}),
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([name, child]) => [name, child.jsonSchema()]),
        ),
      };
    },
  };
}

export interface ListSpec<I extends Field> {
  key: string;
  description: string;
  item: I;
  /** The most entries a plan may hold (limits keep a small link from expanding enormously). */
  max: number;
  default?: Default<Infer<I>[]>;
  /** At least this many entries when the plan gives the list. */
  min?: number;
  minMessage?: string;
  assumption?: string;
  /** Rules across the entries (duplicates); may drop entries it reports. */
  check?: (items: Infer<I>[], reader: Reader, path: string, scope: Scope) => Infer<I>[];
}

export function list<I extends Field>(spec: ListSpec<I>): ListField<Infer<I>> {
  type T = Infer<I>;
  // A list that needs entries and has no default (a site's servers) must be given: read as empty,
  // it would pass without the minimum ever being checked.
  const required = spec.default === undefined && (spec.min ?? 0) > 0;
  return {
    kind: 'list',
    key: spec.key,
    description: spec.description,
    required,
    item: spec.item,
    max: spec.max,
    assumption: spec.assumption,
    defaultFor: (scope) => resolve(spec.default, scope) ?? [],
    read(reader, raw, path, scope) {
      if (raw === undefined || raw === null) {
        if (required) reader.report(path, spec.minMessage ?? `needs at least ${spec.min} entries`);
        // A default list is only ever short when what it is built from is invalid (no primary
        // domain, no SIP domain), and that field reports the problem.
        return structuredClone(resolve(spec.default, scope) ?? []);
      }
      const items = reader
        .array(raw, path, spec.max)
        .map(
          (item, index) =>
            spec.item.read(reader, item, join(path, index), { ...scope, parent: {} }) as T,
        );
      if (Array.isArray(raw) && items.length < (spec.min ?? 0)) {
        reader.report(path, spec.minMessage ?? `needs at least ${spec.min} entries`);
      }
      return spec.check ? spec.check(items, reader, path, scope) : items;
    },
    jsonSchema: () => ({
      type: 'array',
      ...(spec.min ? { minItems: spec.min } : {}),
      maxItems: spec.max,
      description: spec.description,
      items: spec.item.jsonSchema(),
    }),
  };
}

/** Marks the top-level read: the object being read becomes the root of every scope below it. */
export const ROOT: Readonly<Record<string, unknown>> = Object.freeze({});

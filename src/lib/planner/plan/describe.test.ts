import { describe, expect, it } from 'vitest';
import { leaf, list, object, ROOT, type Scope } from './describe.ts';
import { hostname, integer, text } from './kinds.ts';
import { Reader } from './read.ts';

const scope: Scope = { root: ROOT, parent: ROOT, options: {} };
const paths = (reader: Reader) => reader.issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('leaf', () => {
  const spec = {
    key: 'k',
    description: 'A value.',
    schema: { type: 'string' },
    read: (_reader: Reader, raw: unknown, _path: string, fallback: string | undefined) =>
      `read ${String(raw)} (default ${String(fallback)})`,
  };

  it('takes its defaults: not required, not personal, no assumption', () => {
    const field = leaf<string>(spec);
    expect(field).toMatchObject({ kind: 'leaf', key: 'k', required: false, personal: false });
    expect(field.assumption).toBeUndefined();
    expect(field.defaultFor(scope)).toBeUndefined();
    expect(field.jsonSchema()).toEqual({ type: 'string', description: 'A value.' });
  });

  it('gives the default for an absent or null value without reading it', () => {
    const field = leaf<string>({ ...spec, default: 'd' });
    const reader = new Reader();
    expect(field.read(reader, undefined, 'f', scope)).toBe('d');
    expect(field.read(reader, null, 'f', scope)).toBe('d');
    expect(field.read(reader, 'x', 'f', scope)).toBe('read x (default d)');
  });

  it('reads null as a value of its own when told to', () => {
    const field = leaf<string>({ ...spec, default: 'd', nullIsValue: true });
    expect(field.read(new Reader(), null, 'f', scope)).toBe('read null (default d)');
  });

  it('computes its default from the scope', () => {
    const field = leaf<string>({ ...spec, default: (at) => at.options.today });
    const today = { ...scope, options: { today: '2026-11-22' } };
    expect(field.defaultFor(today)).toBe('2026-11-22');
    expect(field.read(new Reader(), undefined, 'f', today)).toBe('2026-11-22');
  });

  it('calls missing when absent without a default, and reads otherwise', () => {
    const missing = leaf<string>({ ...spec, missing: () => 'missing' });
    expect(missing.read(new Reader(), undefined, 'f', scope)).toBe('missing');
    expect(leaf<string>(spec).read(new Reader(), undefined, 'f', scope)).toBe(
      'read undefined (default undefined)',
    );
  });

  it('keeps required, personal and assumption as given', () => {
    expect(
      leaf<string>({ ...spec, required: true, personal: true, assumption: 'a' }),
    ).toMatchObject({ required: true, personal: true, assumption: 'a' });
  });
});

describe('object', () => {
  const inner = object({
    key: 'i',
    description: 'Inner.',
    fields: {
      // A default that looks at the root and the parent: both must be the values read so far.
      copy: text({
        key: 'c',
        description: 'Copy.',
        max: 99,
        default: (at) =>
          `${String((at.root as { name?: string }).name)}/${String((at.parent as { own?: string }).own)}`,
      }),
      own: text({ key: 'o', description: 'Own.', max: 99, default: 'mine' }),
    },
  });
  const outer = object({
    key: '',
    description: 'Outer.',
    fields: {
      name: text({ key: 'n', description: 'Name.', max: 99, default: 'contoso' }),
      inner,
      host: hostname({ key: 'h', description: 'Host.', required: true }),
    },
    check(value, reader, path) {
      if (value.name === 'bad') reader.report(path, 'is bad');
    },
  });

  it('reads fields in order, so defaults see the root and their parent as read so far', () => {
    const reader = new Reader();
    const value = outer.read(reader, { host: 'a.contoso.com', inner: {} }, '', scope);
    expect(value).toEqual({
      name: 'contoso',
      inner: { copy: 'contoso/undefined', own: 'mine' },
      host: 'a.contoso.com',
    });
    expect(reader.issues).toEqual([]);
  });

  it('reports unknown keys and what its check finds, at their paths', () => {
    const reader = new Reader();
    outer.read(reader, { name: 'bad', host: 'a.contoso.com', inner: { x: 1 } }, 'p', scope);
    expect(paths(reader)).toEqual([
      'p.inner.x: is not a plan field; expected one of: copy, own',
      'p: is bad',
    ]);
  });

  it('is required when a field is, and says so in its schema', () => {
    expect(outer.required).toBe(true);
    expect(inner.required).toBe(false);
    expect(outer.defaultFor(scope)).toBeUndefined();
    expect(outer.jsonSchema()).toEqual({
      type: 'object',
      additionalProperties: false,
      description: 'Outer.',
      required: ['host'],
      properties: {
        name: { type: 'string', maxLength: 99, description: 'Name.' },
        inner: inner.jsonSchema(),
        host: { type: 'string', minLength: 1, maxLength: 253, description: 'Host.' },
      },
    });
    expect(inner.jsonSchema()).not.toHaveProperty('required');
  });
});

describe('list', () => {
  const numbers = list({
    key: 'l',
    description: 'Numbers.',
    item: integer({ key: '', description: 'A number.', min: 0, max: 9, default: 0 }),
    max: 3,
    min: 2,
    minMessage: 'needs two',
    default: [1, 2],
    assumption: 'two numbers',
  });

  it('gives a copy of its default when absent', () => {
    const first = numbers.read(new Reader(), undefined, 'f', scope);
    expect(first).toEqual([1, 2]);
    first.push(3);
    expect(numbers.read(new Reader(), null, 'f', scope)).toEqual([1, 2]);
    expect(numbers.defaultFor(scope)).toEqual([1, 2]);
    expect(numbers.assumption).toBe('two numbers');
  });

  it('reads each item at its index, and reports a short list with its message', () => {
    const reader = new Reader();
    expect(numbers.read(reader, [12], 'f', scope)).toEqual([0]);
    expect(paths(reader)).toEqual(['f[0]: must be between 0 and 9', 'f: needs two']);
  });

  it('says how many entries it needs when it has no message of its own', () => {
    const plain = list({ key: 'l', description: 'D.', item: numbers.item, max: 3, min: 1 });
    const reader = new Reader();
    expect(plain.read(reader, [], 'f', scope)).toEqual([]);
    expect(paths(reader)).toEqual(['f: needs at least 1 entries']);
    expect(plain.defaultFor(scope)).toEqual([]);
    expect(plain.read(new Reader(), undefined, 'f', scope)).toEqual([]);
  });

  it('must be given when it needs entries and has no default', () => {
    const servers = list({ key: 'l', description: 'D.', item: numbers.item, max: 3, min: 1 });
    expect(servers.required).toBe(true);
    expect(numbers.required).toBe(false);
    const reader = new Reader();
    expect(servers.read(reader, undefined, 'f', scope)).toEqual([]);
    expect(servers.read(reader, null, 'g', scope)).toEqual([]);
    expect(paths(reader)).toEqual(['f: needs at least 1 entries', 'g: needs at least 1 entries']);
    const optional = list({ key: 'l', description: 'D.', item: numbers.item, max: 3 });
    expect(optional.required).toBe(false);
  });

  it('does not count what is not a list as too short', () => {
    const reader = new Reader();
    numbers.read(reader, 'x', 'f', scope);
    expect(paths(reader)).toEqual(['f: must be a list']);
  });

  it('lets its check drop entries', () => {
    const unique = list({
      key: 'l',
      description: 'D.',
      item: numbers.item,
      max: 5,
      check: (items) => [...new Set(items)],
    });
    expect(unique.read(new Reader(), [1, 1, 2], 'f', scope)).toEqual([1, 2]);
  });

  it('writes its limits into the schema', () => {
    expect(numbers.jsonSchema()).toEqual({
      type: 'array',
      minItems: 2,
      maxItems: 3,
      description: 'Numbers.',
      items: { type: 'integer', minimum: 0, maximum: 9, description: 'A number.' },
    });
    expect(
      list({ key: 'l', description: 'D.', item: numbers.item, max: 3 }).jsonSchema(),
    ).not.toHaveProperty('minItems');
  });

  it('reads list items with a scope of their own, so an item default never sees a sibling', () => {
    const items = list({
      key: 'l',
      description: 'D.',
      max: 3,
      item: object({
        key: '',
        description: 'Item.',
        fields: {
          a: text({ key: 'a', description: 'A.', max: 9 }),
          b: text({
            key: 'b',
            description: 'B.',
            max: 9,
            default: (at) => `b-${String((at.parent as { a?: string }).a)}`,
          }),
        },
      }),
    });
    expect(items.read(new Reader(), [{ a: 'x' }, { a: 'y' }], 'f', scope)).toEqual([
      { a: 'x', b: 'b-x' },
      { a: 'y', b: 'b-y' },
    ]);
  });
});

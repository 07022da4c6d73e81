import { describe, expect, it } from 'vitest';
import type { LeafField, Scope } from './describe.ts';
import { ROOT } from './describe.ts';
import {
  boolean,
  choice,
  computerName,
  country,
  date,
  folder,
  hostname,
  integer,
  ipv4,
  optionalHostname,
  siteName,
  text,
} from './kinds.ts';
import { Reader } from './read.ts';

const scope: Scope = { root: ROOT, parent: ROOT, options: {} };
function read<T>(field: LeafField<T>, raw: unknown, at: Scope = scope) {
  const reader = new Reader();
  const value = field.read(reader, raw, 'f', at);
  return { value, issues: reader.issues.map((issue) => `${issue.path}: ${issue.message}`) };
}
const base = { key: 'k', description: 'What it is.' };

describe('text', () => {
  const name = text({ ...base, max: 14, subject: true, personal: true });
  it('reads, trims and falls back to empty', () => {
    expect(read(name, ' Contoso ')).toEqual({ value: 'Contoso', issues: [] });
    expect(read(name, undefined)).toEqual({ value: '', issues: [] });
    expect(read(name, '   ')).toEqual({ value: '', issues: [] });
    expect(name.personal).toBe(true);
    expect(name.defaultFor(scope)).toBe('');
  });

  it.each(['Contoso "Ltd"', 'C:\\x'])('keeps %j out of a certificate subject', (raw) => {
    expect(read(name, raw).issues).toEqual([
      'f: contains " or \\, which this planner does not put in a certificate subject',
    ]);
  });

  it('allows quotes in text that is not a subject field, and uses its default when blank', () => {
    const label = text({ ...base, max: 10, default: 'dflt' });
    expect(read(label, 'a "b"')).toEqual({ value: 'a "b"', issues: [] });
    expect(read(label, '  ')).toEqual({ value: 'dflt', issues: [] });
    expect(read(label, undefined)).toEqual({ value: 'dflt', issues: [] });
    expect(label.personal).toBe(false);
    expect(label.jsonSchema()).toEqual({
      type: 'string',
      maxLength: 10,
      description: 'What it is.',
    });
  });

  it('reports text over its length', () => {
    expect(read(name, 'x'.repeat(15)).issues).toEqual([
      'f: is 15 characters long; at most 14 are allowed',
    ]);
  });
});

describe('hostname', () => {
  it('is personal, required when asked, and says so when missing', () => {
    const primary = hostname({ ...base, required: true });
    expect(primary.personal).toBe(true);
    expect(primary.required).toBe(true);
    expect(read(primary, undefined)).toEqual({ value: '', issues: ['f: is required'] });
    expect(read(primary, 'Contoso.COM')).toEqual({ value: 'contoso.com', issues: [] });
    expect(primary.jsonSchema()).toEqual({
      type: 'string',
      minLength: 1,
      maxLength: 253,
      description: 'What it is.',
    });
  });

  it('can be marked not personal (a fixed label)', () => {
    expect(hostname({ ...base, personal: false }).personal).toBe(false);
  });

  it('passes single-label and wildcard permission on', () => {
    expect(read(hostname({ ...base, singleLabel: true }), 'EX01').value).toBe('ex01');
    expect(read(hostname(base), 'EX01').issues).toEqual([
      'f: "EX01" is a single label; enter the full name, for example ex01.com',
    ]);
    expect(read(hostname({ ...base, wildcard: true }), '*.contoso.com').value).toBe(
      '*.contoso.com',
    );
    expect(read(hostname(base), '*.contoso.com').issues).toEqual([
      'f: a wildcard (*) is not allowed here',
    ]);
  });

  it('uses its default for an absent or empty value', () => {
    const namespace = hostname({ ...base, default: 'mail.contoso.com' });
    expect(read(namespace, undefined).value).toBe('mail.contoso.com');
    expect(read(namespace, '').value).toBe('mail.contoso.com');
  });
});

describe('optionalHostname', () => {
  const field = optionalHostname(base);
  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['Mail2.Contoso.com', 'mail2.contoso.com'],
  ])('%j → %j', (raw, value) => {
    expect(read(field, raw)).toEqual({ value, issues: [] });
  });

  it('reports a broken name and reads it as none', () => {
    expect(read(field, 'a..b')).toEqual({
      value: null,
      issues: ['f: "a..b" has an empty label; labels are separated by single dots'],
    });
    expect(field.personal).toBe(true);
    expect(field.jsonSchema()).toEqual({
      type: ['string', 'null'],
      maxLength: 253,
      description: 'What it is.',
    });
  });
});

describe('ipv4', () => {
  it('is personal, null by default, and checks its pattern like the reader does', () => {
    const field = ipv4(base);
    expect(field.personal).toBe(true);
    expect(field.defaultFor(scope)).toBeNull();
    expect(read(field, undefined)).toEqual({ value: null, issues: [] });
    expect(read(field, '10.0.0.1')).toEqual({ value: '10.0.0.1', issues: [] });
    const pattern = new RegExp(String(field.jsonSchema().pattern));
    for (const ip of ['0.0.0.0', '10.0.0.11', '255.255.255.255', '199.249.1.9'])
      expect(pattern.test(ip)).toBe(true);
    for (const ip of ['256.0.0.1', '10.0.0', '10.0.0.01', 'a10.0.0.1', '10.0.0.1a', '1.2.3.4.5'])
      expect(pattern.test(ip)).toBe(false);
  });
});

describe('boolean, choice, integer', () => {
  it('boolean', () => {
    const field = boolean({ ...base, default: true });
    expect(read(field, undefined).value).toBe(true);
    expect(read(field, false).value).toBe(false);
    expect(read(field, 'no')).toEqual({ value: true, issues: ['f: must be true or false'] });
    expect(field.jsonSchema()).toEqual({ type: 'boolean', description: 'What it is.' });
  });

  it('choice', () => {
    const field = choice({ ...base, options: ['a', 'b'] as const, default: 'b' });
    expect(read(field, undefined).value).toBe('b');
    expect(read(field, 'A').value).toBe('a');
    expect(read(field, 'c')).toEqual({ value: 'b', issues: ['f: must be one of: a, b'] });
    expect(field.jsonSchema()).toEqual({ enum: ['a', 'b'], description: 'What it is.' });
    const noDefault = choice({ ...base, options: ['a', 'b'] as const, default: undefined });
    expect(read(noDefault, 'c')).toEqual({ value: 'a', issues: ['f: must be one of: a, b'] });
  });

  it('integer', () => {
    const field = integer({ ...base, min: 1, max: 9, default: 5 });
    expect(read(field, undefined).value).toBe(5);
    expect(read(field, 9).value).toBe(9);
    expect(read(field, 10)).toEqual({ value: 5, issues: ['f: must be between 1 and 9'] });
    expect(field.jsonSchema()).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: 9,
      description: 'What it is.',
    });
    const computed = integer({ ...base, min: 3, max: 9, default: () => undefined });
    expect(read(computed, 'x')).toEqual({ value: 3, issues: ['f: must be a whole number'] });
  });
});

describe('date', () => {
  it('is required without a default, and takes a computed one', () => {
    expect(read(date(base), undefined).issues).toEqual(['f: is required (YYYY-MM-DD)']);
    expect(read(date(base), null).issues).toEqual(['f: is required (YYYY-MM-DD)']);
    const today = date({ ...base, default: (at) => at.options.today });
    expect(read(today, undefined, { ...scope, options: { today: '2026-11-22' } })).toEqual({
      value: '2026-11-22',
      issues: [],
    });
    expect(read(today, '2026-02-30', { ...scope, options: { today: '2026-11-22' } })).toEqual({
      value: '2026-11-22',
      issues: ['f: "2026-02-30" is not a date written YYYY-MM-DD'],
    });
    expect(date(base).jsonSchema()).toEqual({
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'What it is.',
    });
  });
});

describe('country', () => {
  const field = country(base);
  it.each([
    [undefined, '', []],
    ['', '', []],
    ['  ', '', []],
    ['gb', 'GB', []],
    ['UK', '', ['f: "UK" is not an ISO 3166 code; use GB']],
    [
      'x'.repeat(17),
      '',
      [
        // Text over its length is refused whole; the country rule never sees it.
        'f: is 17 characters long; at most 16 are allowed',
      ],
    ],
  ])('%j → %j', (raw, value, issues) => {
    expect(read(field, raw)).toEqual({ value, issues });
  });
});

describe('computerName', () => {
  const field = computerName({ ...base, example: 'EX01' });
  it.each([
    ['EX01', []],
    ['ex-01', []],
    ['A', []],
    ['ABCDEFGHIJKLMNO', []],
    ['1A', []],
  ])('accepts %j', (raw, issues) => {
    expect(read(field, raw)).toEqual({ value: raw, issues });
  });

  it('refuses a name over 15 characters by its length', () => {
    expect(read(field, 'ABCDEFGHIJKLMNOP').issues).toEqual([
      'f: is 16 characters long; at most 15 are allowed',
    ]);
  });

  it.each(['EX_01', 'EX 01', '1234', '-EX01', 'EX01-', 'EX.01'])('refuses %j', (raw) => {
    expect(read(field, raw).issues).toContain(
      `f: "${raw}" is not a computer name (1–15 letters, digits or hyphens, not all digits)`,
    );
  });

  it.each([undefined, null, '', '  '])('requires a name (%j), with an example', (raw) => {
    expect(read(field, raw)).toEqual({
      value: '',
      issues: ["f: is required (the server's computer name, e.g. EX01)"],
    });
  });

  it('is required and personal', () => {
    expect(field.required).toBe(true);
    expect(field.personal).toBe(true);
  });
});

describe('siteName', () => {
  const field = siteName({ ...base, default: 'Default-First-Site-Name' });
  it.each([
    [undefined, 'Default-First-Site-Name', []],
    ['', 'Default-First-Site-Name', []],
    ['Redmond_2', 'Redmond_2', []],
    ['9th-Floor', '9th-Floor', []],
    [
      '-Redmond',
      '-Redmond',
      ['f: "-Redmond" is not an Active Directory site name (letters, digits, - and _)'],
    ],
    [
      'Red mond',
      'Red mond',
      ['f: "Red mond" is not an Active Directory site name (letters, digits, - and _)'],
    ],
    [
      'Redmond!',
      'Redmond!',
      ['f: "Redmond!" is not an Active Directory site name (letters, digits, - and _)'],
    ],
  ])('%j → %j', (raw, value, issues) => {
    expect(read(field, raw)).toEqual({ value, issues });
  });
});

describe('folder', () => {
  const field = folder({ ...base, default: 'C:\\Certs' });
  it.each([
    [undefined, 'C:\\Certs'],
    ['', 'C:\\Certs'],
    ['D:\\Requests\\2026', 'D:\\Requests\\2026'],
    ['D:\\Requests\\', 'D:\\Requests'],
    ['D:\\Requests\\\\', 'D:\\Requests'],
    ['\\\\fs01.contoso.local\\certs', '\\\\fs01.contoso.local\\certs'],
    ['\\\\fs01\\certs\\exchange\\', '\\\\fs01\\certs\\exchange'],
    ['\\', 'C:\\Certs'],
  ])('%j → %j', (raw, value) => {
    expect(read(field, raw)).toEqual({ value, issues: [] });
  });

  it.each([
    'Certs',
    'C:',
    'C:\\',
    'C:Certs',
    '/tmp/certs',
    'C:\\Certs/2026',
    'C:\\Ce*rts',
    'C:\\Certs?',
    'C:\\Ce"rts',
    'C:\\Ce<rts',
    'C:\\Ce|rts',
    'C:\\Ce:rts',
    '\\\\fs01',
    '\\\\fs01\\',
    '\\\\fs 01\\certs',
    'xC:\\Certs',
    '\\\\fs01\\certs\\a|b',
  ])('refuses %j and keeps the default', (raw) => {
    const shown = raw.replace(/\\+$/, '');
    expect(read(field, raw)).toEqual({
      value: 'C:\\Certs',
      issues: [`f: "${shown}" is not a folder path such as C:\\Certs or \\\\fileserver\\certs`],
    });
  });
});

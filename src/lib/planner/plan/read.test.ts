import { describe, expect, it } from 'vitest';
import { join, Reader } from './read.ts';

/** Runs one reader method and returns its value with the issues it reported. */
function read<T>(call: (reader: Reader) => T) {
  const reader = new Reader();
  const value = call(reader);
  return { value, issues: reader.issues };
}
const issue = (path: string, message: string) => [{ path, message }];

describe('Reader.object', () => {
  it.each([undefined, null])('reads %j as an empty object', (raw) => {
    expect(read((reader) => reader.object(raw, 'x', ['a']))).toEqual({ value: {}, issues: [] });
  });

  it.each(['text', 1, [], true])('refuses %j', (raw) => {
    expect(read((reader) => reader.object(raw, 'x', ['a']))).toEqual({
      value: {},
      issues: issue('x', 'must be an object'),
    });
  });

  it('names every unknown key with the keys it expected, and keeps only known ones', () => {
    expect(read((reader) => reader.object({ a: 1, b: 2, c: 3 }, 'x', ['a', 'z']))).toEqual({
      value: { a: 1 },
      issues: [
        { path: 'x.b', message: 'is not a plan field; expected one of: a, z' },
        { path: 'x.c', message: 'is not a plan field; expected one of: a, z' },
      ],
    });
  });
});

describe('Reader.array', () => {
  it.each([undefined, null])('reads %j as an empty list', (raw) => {
    expect(read((reader) => reader.array(raw, 'x', 2))).toEqual({ value: [], issues: [] });
  });

  it('refuses what is not a list', () => {
    expect(read((reader) => reader.array({ 0: 'a' }, 'x', 2))).toEqual({
      value: [],
      issues: issue('x', 'must be a list'),
    });
  });

  it('keeps at most max entries, and says how many it had', () => {
    expect(read((reader) => reader.array([1, 2], 'x', 2))).toEqual({ value: [1, 2], issues: [] });
    expect(read((reader) => reader.array([1, 2, 3], 'x', 2))).toEqual({
      value: [1, 2],
      issues: issue('x', 'has 3 entries; at most 2 are allowed'),
    });
  });
});

describe('Reader.text', () => {
  it.each([undefined, null])('gives the fallback for %j', (raw) => {
    expect(read((reader) => reader.text(raw, 'x', 'fb', 5))).toEqual({ value: 'fb', issues: [] });
  });

  it('trims, and measures the trimmed text', () => {
    expect(read((reader) => reader.text('  abcde  ', 'x', '', 5))).toEqual({
      value: 'abcde',
      issues: [],
    });
    expect(read((reader) => reader.text('abcdef', 'x', '', 5))).toEqual({
      value: '',
      issues: issue('x', 'is 6 characters long; at most 5 are allowed'),
    });
  });

  it('refuses what is not text', () => {
    expect(read((reader) => reader.text(5, 'x', 'fb', 5))).toEqual({
      value: 'fb',
      issues: issue('x', 'must be text'),
    });
  });

  it.each([
    ['a\nb', 'U+000A'],
    ['a\u0000b', 'U+0000'],
    ['a\u001fb', 'U+001F'],
    ['a\u007fb', 'U+007F'],
    ['a\tb', 'U+0009'],
  ])('refuses control characters (%j), naming the code point', (raw, code) => {
    expect(read((reader) => reader.text(raw, 'x', 'fb', 50))).toEqual({
      value: 'fb',
      issues: issue(
        'x',
        `contains a control character (${code}), which would change how the text around it is shown`,
      ),
    });
  });

  it('accepts printable text beyond ASCII', () => {
    expect(read((reader) => reader.text('Zürich ~ \u00a0x', 'x', '', 50)).issues).toEqual([]);
  });
});

describe('Reader.boolean', () => {
  it('reads booleans, gives the fallback when absent, refuses other values', () => {
    expect(read((reader) => reader.boolean(false, 'x', true))).toEqual({
      value: false,
      issues: [],
    });
    expect(read((reader) => reader.boolean(undefined, 'x', true))).toEqual({
      value: true,
      issues: [],
    });
    expect(read((reader) => reader.boolean(null, 'x', false))).toEqual({
      value: false,
      issues: [],
    });
    expect(read((reader) => reader.boolean('true', 'x', false))).toEqual({
      value: false,
      issues: issue('x', 'must be true or false'),
    });
  });
});

describe('Reader.choice', () => {
  const options = ['public', 'enterprise'] as const;
  it.each([
    [' Public ', 'public'],
    ['ENTERPRISE', 'enterprise'],
  ])('matches %j as %s, whatever the case', (raw, value) => {
    expect(read((reader) => reader.choice(raw, 'x', options, 'public'))).toEqual({
      value,
      issues: [],
    });
  });

  it('matches numbers for version-like values', () => {
    expect(read((reader) => reader.choice(2016, 'x', ['none', '2016'], 'none')).value).toBe('2016');
    expect(read((reader) => reader.choice('2048', 'x', [1024, 2048], 1024)).value).toBe(2048);
  });

  it.each([undefined, null])('gives the fallback for %j', (raw) => {
    expect(read((reader) => reader.choice(raw, 'x', options, 'enterprise'))).toEqual({
      value: 'enterprise',
      issues: [],
    });
  });

  it.each(['private', ['public'], true, { toString: () => 'public' }])(
    'refuses %j, listing the options',
    (raw) => {
      expect(read((reader) => reader.choice(raw, 'x', options, 'public'))).toEqual({
        value: 'public',
        issues: issue('x', 'must be one of: public, enterprise'),
      });
    },
  );
});

describe('Reader.integer', () => {
  it.each([
    [1, 1, []],
    [10, 10, []],
    [undefined, 5, []],
    [null, 5, []],
    [0, 5, issue('x', 'must be between 1 and 10')],
    [11, 5, issue('x', 'must be between 1 and 10')],
    [1.5, 5, issue('x', 'must be a whole number')],
    ['3', 5, issue('x', 'must be a whole number')],
  ])('%j → %j', (raw, value, issues) => {
    expect(read((reader) => reader.integer(raw, 'x', 5, 1, 10))).toEqual({ value, issues });
  });
});

describe('Reader.hostname', () => {
  it.each([undefined, null, ''])('gives the fallback for %j when there is one', (raw) => {
    expect(read((reader) => reader.hostname(raw, 'x', 'mail.contoso.com'))).toEqual({
      value: 'mail.contoso.com',
      issues: [],
    });
  });

  it('requires a name when there is no fallback', () => {
    expect(read((reader) => reader.hostname(undefined, 'x', undefined))).toEqual({
      value: '',
      issues: issue('x', 'is required'),
    });
  });

  it('refuses what is not text', () => {
    expect(read((reader) => reader.hostname(5, 'x', 'fb.contoso.com'))).toEqual({
      value: 'fb.contoso.com',
      issues: issue('x', 'must be a host name (text)'),
    });
    expect(read((reader) => reader.hostname(5, 'x', undefined)).value).toBe('');
  });

  it('normalises, passing its options on', () => {
    expect(read((reader) => reader.hostname('Mail.Contoso.COM.', 'x', undefined))).toEqual({
      value: 'mail.contoso.com',
      issues: [],
    });
    expect(
      read((reader) => reader.hostname('CONTOSO', 'x', undefined, { singleLabel: true })).value,
    ).toBe('contoso');
    expect(
      read((reader) => reader.hostname('*.contoso.com', 'x', undefined, { wildcard: true })).value,
    ).toBe('*.contoso.com');
  });

  it('reports a broken name and keeps the fallback', () => {
    expect(read((reader) => reader.hostname('bad..name', 'x', 'fb.contoso.com'))).toEqual({
      value: 'fb.contoso.com',
      issues: issue('x', '"bad..name" has an empty label; labels are separated by single dots'),
    });
  });
});

describe('Reader.ipv4', () => {
  it.each([undefined, null, ''])('reads %j as not known', (raw) => {
    expect(read((reader) => reader.ipv4(raw, 'x'))).toEqual({ value: null, issues: [] });
  });

  it('reads an address, and reports what is not one', () => {
    expect(read((reader) => reader.ipv4(' 10.0.0.1 ', 'x'))).toEqual({
      value: '10.0.0.1',
      issues: [],
    });
    expect(read((reader) => reader.ipv4(10, 'x'))).toEqual({
      value: null,
      issues: issue('x', 'must be an IPv4 address (text)'),
    });
    expect(read((reader) => reader.ipv4('10.0.0.256', 'x'))).toEqual({
      value: null,
      issues: issue('x', '"10.0.0.256" has a number above 255'),
    });
  });
});

describe('Reader.date', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    [' 2028-02-29 ', '2028-02-29'],
    ['2000-01-01', '2000-01-01'],
    ['2100-12-31', '2100-12-31'],
  ])('accepts %j', (raw, value) => {
    expect(read((reader) => reader.date(raw, 'x', undefined))).toEqual({ value, issues: [] });
  });

  it.each([
    '2027-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-12-00',
    '1999-12-31',
    '2101-01-01',
    '2026-1-01',
    '26-12-01',
    '2026/12/01',
    'x2026-12-01',
    '2026-12-01x',
  ])('refuses %j', (raw) => {
    expect(read((reader) => reader.date(raw, 'x', undefined))).toEqual({
      value: '2000-01-01',
      issues: issue('x', `"${raw}" is not a date written YYYY-MM-DD`),
    });
  });

  it('keeps the fallback for a bad date', () => {
    expect(read((reader) => reader.date('2026-02-30', 'x', '2026-12-01')).value).toBe('2026-12-01');
  });

  it.each([undefined, null, ''])('gives the fallback for %j', (raw) => {
    expect(read((reader) => reader.date(raw, 'x', '2026-12-01'))).toEqual({
      value: '2026-12-01',
      issues: [],
    });
  });

  it.each([undefined, ''])('says the date is required when %j has no fallback', (raw) => {
    expect(read((reader) => reader.date(raw, 'x', undefined))).toEqual({
      value: '2000-01-01',
      issues: issue('x', 'is required (YYYY-MM-DD)'),
    });
  });

  it('names a value that is not text', () => {
    expect(read((reader) => reader.date(20261201, 'x', undefined)).issues).toEqual(
      issue('x', 'must be a date written YYYY-MM-DD (text)'),
    );
  });
});

describe('join', () => {
  it.each([
    ['', 'domains', 'domains'],
    ['exchange', 'sites', 'exchange.sites'],
    ['exchange.sites', 0, 'exchange.sites[0]'],
    ['', 3, '[3]'],
  ])('%j + %j = %s', (path, key, joined) => {
    expect(join(path, key)).toBe(joined);
  });
});

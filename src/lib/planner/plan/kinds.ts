/**
 * The kinds of value a plan holds, as field constructors for plan/describe.ts. Each knows how to
 * read and normalise its value (through the Reader, which reports problems instead of throwing)
 * and its JSON Schema fragment. Validation rules: names/hostname.ts (RFC 1035, IDNA), names/ipv4.ts,
 * names/country.ts (ISO 3166).
 */
import { quoted } from '../names/characters.ts';
import { normalizeCountry } from '../names/country.ts';
import { normalizeHostname, type HostnameOptions } from '../names/hostname.ts';
import { leaf, type JsonSchema, type LeafField, type Scope } from './describe.ts';
import type { Reader } from './read.ts';

type Default<T> = T | ((scope: Scope) => T | undefined) | undefined;

interface Common<T> {
  key: string;
  description: string;
  default?: Default<T>;
  personal?: boolean;
  assumption?: string;
}

const IPV4_PATTERN =
  '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$';

/** Free text (a certificate subject field, a label): printable, no control characters. */
export function text(spec: Common<string> & { max: number; subject?: boolean }): LeafField<string> {
  return leaf<string>({
    ...spec,
    default: spec.default ?? '',
    schema: { type: 'string', maxLength: spec.max },
    read(reader, raw, path, fallback) {
      const value = reader.text(raw, path, fallback ?? '', spec.max);
      // The certificate subject is written into commands and requests: no quoting games there.
      if (spec.subject && /["\\]/.test(value)) {
        reader.report(
          path,
          'contains " or \\, which this planner does not put in a certificate subject',
        );
      }
      return value === '' ? (fallback ?? '') : value;
    },
  });
}

/**
 * A DNS host name, normalised (lower case, punycode, no trailing dot). A default built from other
 * fields (mail.<primary>) is checked like a typed name: a primary domain of 250 characters must not
 * give a 255-character namespace nobody typed and nothing checked.
 */
export function hostname(
  spec: Common<string> & HostnameOptions & { required?: boolean },
): LeafField<string> {
  const field = hostnameLeaf(spec);
  return {
    ...field,
    read(reader, raw, path, scope) {
      const value = field.read(reader, raw, path, scope);
      const defaulted = raw === undefined || raw === null || raw === '';
      if (defaulted && value !== '') {
        const result = normalizeHostname(value, spec);
        if (!result.ok) reader.report(path, `the default ${quoted(value)}: ${result.message}`);
      }
      return value;
    },
  };
}

function hostnameLeaf(
  spec: Common<string> & HostnameOptions & { required?: boolean },
): LeafField<string> {
  return leaf<string>({
    ...spec,
    personal: spec.personal ?? true,
    schema: { type: 'string', minLength: 1, maxLength: 253 },
    read: (reader, raw, path, fallback) =>
      reader.hostname(raw, path, fallback, {
        singleLabel: spec.singleLabel,
        wildcard: spec.wildcard,
      }),
    missing: (reader, path) => reader.hostname('', path, undefined),
  });
}

/** A host name that may be absent on purpose (null): a site without a namespace of its own. */
export function optionalHostname(spec: Common<string | null>): LeafField<string | null> {
  return leaf<string | null>({
    ...spec,
    personal: true,
    default: spec.default ?? null,
    schema: { type: ['string', 'null'], maxLength: 253 },
    read: (reader, raw, path) =>
      raw === '' ? null : reader.hostname(raw, path, undefined) || null,
  });
}

/** An IPv4 address, or null when not known. */
export function ipv4(spec: Omit<Common<string | null>, 'default'>): LeafField<string | null> {
  return leaf<string | null>({
    ...spec,
    personal: true,
    default: null,
    schema: { type: ['string', 'null'], pattern: IPV4_PATTERN },
    read: (reader, raw, path) => reader.ipv4(raw, path),
  });
}

export function boolean(spec: Common<boolean> & { default: boolean }): LeafField<boolean> {
  return leaf<boolean>({
    ...spec,
    schema: { type: 'boolean' },
    read: (reader, raw, path, fallback) => reader.boolean(raw, path, fallback ?? false),
  });
}

/** One of a closed set of values (compared without regard to case). */
export function choice<const T extends string | number>(
  spec: Omit<Common<T>, 'default'> & { options: readonly T[]; default: Default<NoInfer<T>> },
): LeafField<T> {
  return leaf<T>({
    ...spec,
    schema: { enum: [...spec.options] },
    read: (reader, raw, path, fallback) =>
      reader.choice(raw, path, spec.options, fallback ?? (spec.options[0] as T)),
  });
}

export function integer(
  spec: Common<number> & { min: number; max: number; default: Default<number> },
): LeafField<number> {
  return leaf<number>({
    ...spec,
    schema: { type: 'integer', minimum: spec.min, maximum: spec.max },
    read: (reader, raw, path, fallback) =>
      reader.integer(raw, path, fallback ?? spec.min, spec.min, spec.max),
  });
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function date(spec: Common<string>): LeafField<string> {
  return leaf<string>({
    ...spec,
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    read: (reader, raw, path, fallback) => reader.date(raw, path, fallback),
    missing: (reader, path) => reader.date(undefined, path, undefined),
  });
}

/** ISO 3166-1 alpha-2 country code for C=; empty means not given. */
export function country(spec: Omit<Common<string>, 'default'>): LeafField<string> {
  return leaf<string>({
    ...spec,
    default: '',
    schema: { type: 'string', pattern: '^([A-Za-z]{2})?$' },
    read(reader, raw, path) {
      const value = reader.text(raw, path, '', 16);
      if (value === '') return '';
      const result = normalizeCountry(value);
      if (result.ok) return result.value;
      reader.report(path, result.message);
      return '';
    },
  });
}

/** A Windows computer (NetBIOS) name: 1–15 letters, digits or hyphens, not all digits. */
export function computerName(spec: Omit<Common<string>, 'default'> & { example: string }) {
  return leaf<string>({
    ...spec,
    personal: true,
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9-]{1,15}$' },
    read(reader, raw, path) {
      const reported = reader.issues.length;
      const name = reader.text(raw, path, '', 15);
      if (reader.issues.length > reported) return name;
      if (name === '')
        reader.report(path, `is required (the server's computer name, e.g. ${spec.example})`);
      else if (!/^[A-Za-z0-9-]{1,15}$/.test(name) || /^\d+$/.test(name) || /^-|-$/.test(name)) {
        reader.report(
          path,
          `${quoted(name)} is not a computer name (1–15 letters, digits or hyphens, not all digits)`,
        );
      }
      return name;
    },
    missing: (reader, path) => {
      reader.report(path, `is required (the server's computer name, e.g. ${spec.example})`);
      return '';
    },
  });
}

/** An Active Directory site name. */
export function siteName(spec: Common<string> & { default: string }): LeafField<string> {
  return leaf<string>({
    ...spec,
    personal: true,
    schema: { type: 'string', maxLength: 63 },
    read(reader, raw, path, fallback) {
      const name = reader.text(raw, path, fallback ?? '', 63) || (fallback ?? '');
      if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
        reader.report(
          path,
          `${quoted(name)} is not an Active Directory site name (letters, digits, - and _)`,
        );
      }
      return name;
    },
  });
}

/** A local absolute path (C:\Certs) or a UNC share (\\fs01\certs), without a trailing backslash. */
export function folder(spec: Common<string> & { default: string }): LeafField<string> {
  return leaf<string>({
    ...spec,
    personal: true,
    schema: { type: 'string', maxLength: 200 },
    read(reader, raw, path, fallback) {
      const defaultFolder = fallback ?? spec.default;
      const value = reader.text(raw, path, defaultFolder, 200).replace(/\\+$/, '') || defaultFolder;
      const local = /^[A-Za-z]:(\\[^\\/:*?"<>|]+)+$/.test(value);
      const unc = /^\\\\[A-Za-z0-9.-]+(\\[^\\/:*?"<>|]+)+$/.test(value);
      if (!local && !unc) {
        reader.report(
          path,
          `${quoted(value)} is not a folder path such as C:\\Certs or \\\\fileserver\\certs`,
        );
        return defaultFolder;
      }
      return value;
    },
  });
}

export type { JsonSchema, Reader };

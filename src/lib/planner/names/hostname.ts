/**
 * Host-name normalisation and validation for everything that can end up on a certificate, in a DNS
 * record or in a command. Rules: RFC 1035 lengths (label ≤ 63, name ≤ 253), letters-digits-hyphen
 * labels, international names as IDNA 2008 through UTS #46 (names/idna.ts: mapped, validated and
 * converted to A-labels, xn--), and a wildcard only as the whole leftmost label (CA/Browser Forum
 * BR). The result is lower case with no trailing dot.
 *
 * Cheap checks come first: the length before any Unicode work (punycode is quadratic in a label's
 * length, and 20,000 characters took seconds), and characters no name may hold (controls,
 * bidirectional and invisible characters) before anything maps them away.
 */
import punycode from 'punycode/punycode.js';
import { codePoint, quoted, unsafeCharacter } from './characters.ts';
import { idna2008Refuses, loadIdna, needsIdna, uts46ToAscii } from './idna.ts';

export type NameResult =
  | { ok: true; value: string }
  | {
      ok: false;
      message: string;
      /** The name needs the IDNA tables, which are still loading (names/idna.ts). */
      pending?: true;
    };

export interface HostnameOptions {
  /** Allow `*.` as the whole leftmost label. */
  wildcard?: boolean;
  /** Allow a name of one label (an Active Directory domain such as CONTOSO). */
  singleLabel?: boolean;
}

const MAX_NAME = 253;
const MAX_LABEL = 63;
/**
 * Longest text worth normalising. Mapping and NFC can shorten text (conjoining jamo, combining
 * marks), but no valid name comes from more than a few characters per character of its A-labels.
 */
const MAX_INPUT = MAX_NAME * 4;
const LDH = /^[a-z0-9-]+$/;
const IPV4_LIKE = /^\d{1,3}(\.\d{1,3}){3}$/;

const tooLong = (length: number) =>
  fail(`is ${length} characters long; a DNS name has at most ${MAX_NAME} (RFC 1035)`);

/** Normalises a host name or reports, in words, the first rule it breaks. */
export function normalizeHostname(raw: string, options: HostnameOptions = {}): NameResult {
  const trimmed = raw.trim();
  if (trimmed === '') return fail('is required');
  if (trimmed.length > MAX_INPUT) return tooLong(trimmed.length);
  const unsafe = unsafeCharacter(trimmed);
  if (unsafe) return fail(`${quoted(trimmed)} contains ${unsafe}; a host name cannot hold it`);
  if (/\s/.test(trimmed)) return fail(`${quoted(trimmed)} contains a space; a host name has none`);
  const name = trimmed.replace(/\.$/, '');
  // One trailing dot (the root) is allowed and dropped above; any other empty label is reported
  // here, including a second trailing dot ("contoso.com..") and a lone ".".
  if (name === '' || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
    return fail(`${quoted(trimmed)} has an empty label; labels are separated by single dots`);
  }
  if (IPV4_LIKE.test(name)) return fail(`${quoted(trimmed)} is an IP address, not a host name`);

  const wildcard = name.startsWith('*.') ? '*.' : '';
  const converted = toAscii(name.slice(wildcard.length), trimmed);
  if (!converted.ok) return converted;
  const ascii = `${wildcard}${converted.value}`;
  if (ascii.length > MAX_NAME) return tooLong(ascii.length);

  const labels = ascii.split('.');
  if (labels.length === 1 && !options.singleLabel) {
    return fail(
      `${quoted(trimmed)} is a single label; enter the full name, for example ${ascii}.com`,
    );
  }
  for (const [index, label] of labels.entries()) {
    const problem = labelProblem(label, index, options);
    if (problem) return fail(problem);
  }
  // Stryker disable next-line StringLiteral: split always returns at least one label
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length > 1 && /^\d+$/.test(tld)) {
    return fail(`the last label "${tld}" is all digits; no top-level domain is numeric`);
  }
  return { ok: true, value: ascii };
}

/**
 * The name in A-labels: ASCII names are lower-cased here (UTS #46 does nothing else to them);
 * international names and xn-- labels go through UTS #46, once its tables are loaded.
 */
function toAscii(name: string, typed: string): NameResult {
  if (!needsIdna(name)) return { ok: true, value: name.toLowerCase() };
  const ascii = uts46ToAscii(name);
  if (ascii === undefined) {
    // Checked again once the tables are here (the editor listens for that); never accepted unchecked.
    loadIdna().catch(() => undefined);
    return {
      ok: false,
      pending: true,
      message: `${quoted(typed)} is an international name; checking it…`,
    };
  }
  if (ascii !== null) {
    for (const label of ascii.split('.').filter((part) => part.startsWith('xn--'))) {
      const unicode = punycode.toUnicode(label);
      const refused = idna2008Refuses(unicode);
      if (refused !== undefined) {
        return fail(
          `the label ${quoted(unicode)} contains ${quoted(refused)} (${codePoint(refused)}), a symbol or punctuation; IDNA 2008 allows letters, digits and marks in international names`,
        );
      }
    }
    return { ok: true, value: ascii };
  }
  const label = name.split(/[.\u3002\uff0e\uff61]/).find((part) => uts46ToAscii(part) === null);
  return fail(
    `${label === undefined ? quoted(typed) : `the label ${quoted(label)}`} is not a valid international name (IDNA 2008: letters of one script, no symbols, marks only after a letter, right-to-left text only as the IDNA bidi rule allows)`,
  );
}

function labelProblem(label: string, index: number, options: HostnameOptions): string | undefined {
  if (label === '*') {
    if (!options.wildcard) return 'a wildcard (*) is not allowed here';
    if (index !== 0)
      return 'a wildcard (*) is only allowed as the whole leftmost label, as in *.contoso.com';
    return undefined;
  }
  if (label.includes('*'))
    return 'a wildcard (*) must be a whole label on its own, as in *.contoso.com';
  if (label.length > MAX_LABEL) {
    return `the label ${quoted(label, 20)} is longer than a label can be: at most ${MAX_LABEL} characters (RFC 1035)`;
  }
  if (label.includes('_')) {
    return `${quoted(label)} contains an underscore; host names use only letters, digits and hyphens (SRV names such as _autodiscover._tcp are created for you)`;
  }
  if (!LDH.test(label)) {
    // Stryker disable next-line StringLiteral: empty labels are reported earlier, so a label failing LDH has a bad character
    const bad = [...label].find((ch) => !/[a-z0-9-]/.test(ch)) ?? '';
    return `${quoted(label)} contains ${quoted(bad)}; host names use only letters, digits and hyphens`;
  }
  if (label.startsWith('-') || label.endsWith('-'))
    return `the label "${label}" starts or ends with a hyphen`;
  if (label.slice(2, 4) === '--' && !label.startsWith('xn--')) {
    return `the label "${label}" has hyphens in its third and fourth places, which IDNA 2008 keeps for international names (xn--)`;
  }
  return undefined;
}

const fail = (message: string): NameResult => ({ ok: false, message });

/** The labels to the right of the first one: `mail.contoso.com` → `contoso.com`. */
export function parentOf(name: string): string {
  const dot = name.indexOf('.');
  // Stryker disable next-line ConditionalExpression: without a dot, slice(-1 + 1) is the whole name too
  return dot === -1 ? name : name.slice(dot + 1);
}

/** True when `name` equals `domain` or lies below it. */
export function isWithin(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** True when a wildcard `*.base` matches `name` (exactly one label deeper, per RFC 6125 §6.4.3). */
export function wildcardCovers(wildcardBase: string, name: string): boolean {
  return parentOf(name) === wildcardBase && name !== wildcardBase;
}

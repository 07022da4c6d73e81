/**
 * Host-name normalisation and validation for everything that can end up on a certificate, in a DNS
 * record or in a command. Rules: RFC 1035 lengths (label ≤ 63, name ≤ 253), letters-digits-hyphen
 * labels, IDN converted to punycode (RFC 5891), and a wildcard only as the whole leftmost label
 * (CA/Browser Forum BR). The result is lower case with no trailing dot.
 */
import punycode from 'punycode/punycode.js';

export type NameResult = { ok: true; value: string } | { ok: false; message: string };

export interface HostnameOptions {
  /** Allow `*.` as the whole leftmost label. */
  wildcard?: boolean;
  /** Allow a name of one label (an Active Directory domain such as CONTOSO). */
  singleLabel?: boolean;
}

const MAX_NAME = 253;
const MAX_LABEL = 63;
const LDH = /^[a-z0-9-]+$/;
const IPV4_LIKE = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Normalises a host name or reports, in words, the first rule it breaks. */
export function normalizeHostname(raw: string, options: HostnameOptions = {}): NameResult {
  const trimmed = raw.trim();
  if (trimmed === '') return fail('is required');
  if (/\s/.test(trimmed)) return fail(`"${trimmed}" contains a space; a host name has none`);
  const name = trimmed.normalize('NFC').toLowerCase().replace(/\.$/, '');
  // One trailing dot (the root) is allowed and dropped above; any other empty label is reported
  // here, including a second trailing dot ("contoso.com..") and a lone ".".
  if (name === '' || name.startsWith('.') || name.endsWith('.') || name.includes('..')) {
    return fail(`"${trimmed}" has an empty label; labels are separated by single dots`);
  }
  if (IPV4_LIKE.test(name)) return fail(`"${trimmed}" is an IP address, not a host name`);

  let ascii: string;
  try {
    ascii = punycode.toASCII(name);
  } catch {
    return fail(`"${trimmed}" cannot be converted to an international (punycode) name`);
  }
  if (ascii.length > MAX_NAME) {
    return fail(
      `is ${ascii.length} characters long; a DNS name has at most ${MAX_NAME} (RFC 1035)`,
    );
  }

  const labels = ascii.split('.');
  if (labels.length === 1 && !options.singleLabel) {
    return fail(`"${trimmed}" is a single label; enter the full name, for example ${ascii}.com`);
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
    return `the label "${label.slice(0, 20)}…" is ${label.length} characters; a label has at most ${MAX_LABEL} (RFC 1035)`;
  }
  if (label.includes('_')) {
    return `"${label}" contains an underscore; host names use only letters, digits and hyphens (SRV names such as _autodiscover._tcp are created for you)`;
  }
  if (!LDH.test(label)) {
    // Stryker disable next-line StringLiteral: empty labels are reported earlier, so a label failing LDH has a bad character
    const bad = [...label].find((ch) => !/[a-z0-9-]/.test(ch)) ?? '';
    return `"${label}" contains "${bad}"; host names use only letters, digits and hyphens`;
  }
  if (label.startsWith('-') || label.endsWith('-'))
    return `the label "${label}" starts or ends with a hyphen`;
  // Stryker disable next-line ConditionalExpression,StringLiteral: toUnicode decodes only xn-- labels and never throws on the plain LDH labels that reach here
  if (label.startsWith('xn--')) {
    try {
      punycode.toUnicode(label);
    } catch {
      return `the label "${label}" is not valid punycode`;
    }
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

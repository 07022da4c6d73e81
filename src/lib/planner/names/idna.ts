/**
 * International host names, validated as IDNA 2008 through UTS #46 (nontransitional processing,
 * STD3 rules, CheckHyphens, CheckBidi, CheckJoiners) by `tr46`, the implementation jsdom maintains
 * and the WHATWG URL parser (whatwg-url) uses. It runs unchanged in Node and in the browser.
 *
 * Its Unicode tables are about 60 KB gzip: more than a guide page's whole script budget (45 KB), for
 * names few readers have. So it is loaded only when a name needs it (letters outside ASCII, or a
 * label that starts with xn--): the CLI and the tests load it before they read a plan, the site
 * when such a name is typed, opened from a link or found in storage. Until then such a name is
 * "being checked" (names/hostname.ts), never accepted unchecked.
 */

interface Tr46 {
  toASCII(name: string, options: Record<string, boolean>): string | null;
}

/** IDNA 2008 as UTS #46 states it, for names that go on certificates and into DNS. */
const OPTIONS = {
  checkHyphens: true,
  checkBidi: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
  // Lengths are checked by names/hostname.ts, with messages that say which limit.
  verifyDNSLength: false,
  ignoreInvalidPunycode: false,
} as const;

let engine: Tr46 | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** True once the tables are here: names that need them can be checked synchronously. */
export const idnaReady = (): boolean => engine !== undefined;

/** Loads the tables once; later calls return the same promise. Rejects only if loading fails. */
export function loadIdna(): Promise<void> {
  loading ??= import('tr46').then((module: Tr46 | { default: Tr46 }) => {
    engine = 'default' in module ? module.default : module;
    for (const listener of listeners) listener();
  });
  return loading;
}

/** Calls `listener` once the tables have loaded (to check again what was waiting for them). */
export function whenIdnaReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The ASCII form (A-labels) of a name under UTS #46, null when the name is not valid IDNA 2008,
 * undefined while the tables are not loaded.
 */
export function uts46ToAscii(name: string): string | null | undefined {
  return engine ? engine.toASCII(name, OPTIONS) : undefined;
}

/**
 * What IDNA 2008 refuses and UTS #46 still allows for compatibility (its "NV8" code points, which
 * tr46 does not tell apart): symbols and punctuation such as ♥ or emoji. IDNA 2008 (RFC 5892)
 * allows letters, digits and combining marks, less a few exceptions, plus the contextual
 * characters listed here; this checks a label UTS #46 already accepted (mapped, NFC, lower case).
 */
const IDNA2008_LETTERS =
  /^[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}\u00b7\u0375\u05f3\u05f4\u06fd\u06fe\u0f0b\u3007\u30fb-]$/u;
/** RFC 5892 §2.6 exceptions (DISALLOWED) and §2.4–2.5 ignorable blocks and old Hangul jamo. */
const IDNA2008_EXCLUDED: readonly (readonly [number, number])[] = [
  [0x0640, 0x0640],
  [0x07fa, 0x07fa],
  [0x302e, 0x302f],
  [0x3031, 0x3035],
  [0x303b, 0x303b],
  [0x20d0, 0x20ff],
  [0x1100, 0x11ff],
  [0xa960, 0xa97f],
  [0xd7b0, 0xd7ff],
  [0x1d100, 0x1d24f],
];
const excluded = (char: string) => {
  const point = char.codePointAt(0) ?? 0;
  return IDNA2008_EXCLUDED.some(([from, to]) => point >= from && point <= to);
};

/** The first character of a Unicode label that IDNA 2008 does not allow, if any. */
export function idna2008Refuses(label: string): string | undefined {
  return [...label].find((char) => !IDNA2008_LETTERS.test(char) || excluded(char));
}

/** True when the name needs the tables: letters outside ASCII, or an xn-- label to verify. */
export function needsIdna(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- the ASCII range, not control characters
  return /[^\u0000-\u007f]|(^|\.)xn--/i.test(name);
}

/** True when a text (a plan's JSON) may hold a name that needs the tables: cheaper than reading it. */
export function mayNeedIdna(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the ASCII range, not control characters
  return /[^\u0000-\u007f]|xn--/i.test(text);
}

/**
 * Characters a plan's text may not hold, and how a message quotes a value it rejects.
 *
 * Text from a plan ends up in certificate subjects, commands, comments of a .ps1 file and the
 * reader's terminal. Characters that change how the text around them is shown (bidirectional
 * overrides, invisible characters, line separators other than \n) let a value look like something
 * else there, so they are refused: control characters (Cc), format characters (Cf: bidi controls,
 * zero-width characters, the byte-order mark, the soft hyphen), line and paragraph separators
 * (Zl, Zp), lone surrogates (Cs: half of a character, broken text) and noncharacters.
 */

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const INVISIBLE = /[\p{Cf}]/u;

/** `U+202E`, the way Unicode names a code point. */
export const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What kind of unsafe character this is, in words. */
function kindOf(char: string): string {
  if (BIDI.test(char)) return 'a bidirectional control character';
  if (/\p{Cs}/u.test(char)) return 'half of a character (a lone surrogate: the text is damaged)';
  if (/[\p{Zl}\p{Zp}]/u.test(char)) return 'a line separator';
  if (/\p{Cc}/u.test(char)) return 'a control character';
  if (INVISIBLE.test(char)) return 'an invisible character';
  return 'a character that is not text (a noncharacter)';
}

/**
 * The first character of `text` a plan may not hold, described for a message
 * (`a bidirectional control character (U+202E)`), or undefined when there is none.
 */
export function unsafeCharacter(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  return match ? `${kindOf(match[0])} (${codePoint(match[0])})` : undefined;
}

/** How many characters of a value a message quotes at most. */
export const EXCERPT_LENGTH = 40;

/**
 * A value quoted for a message: at most EXCERPT_LENGTH characters, unsafe characters written as
 * their code points (a message must not be spoofed by the value it quotes), and the length said
 * when it is cut: `"contoso…" (120,000 characters)`.
 */
export function quoted(value: string, length = EXCERPT_LENGTH): string {
  const characters = value.length > length * 2 ? [...value.slice(0, length * 2)] : [...value];
  const cut = characters.length > length;
  const shown = characters
    .slice(0, length)
    .join('')
    .replace(UNSAFE_ALL, (char) => `<${codePoint(char)}>`);
  return cut ? `"${shown}…" (${value.length.toLocaleString('en-US')} characters)` : `"${shown}"`;
}

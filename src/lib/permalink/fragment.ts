/**
 * Finding a permalink's token in a URL, without the codec: every page checks its own URL on load,
 * and only a page that carries a plan needs the decoder (and its compression code) at all.
 */
export const FRAGMENT_KEY = 'plan';

/**
 * Accepts a whole URL, a fragment (`#plan=…`), `plan=…`, or the bare `v1.…` token.
 * Returns null when the text holds no plan at all (a normal page URL).
 */
export function extractToken(text: string): string | null {
  const trimmed = text.trim();
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  for (const part of hash.split('&')) {
    if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
  }
  return /^v\d+\./.test(hash) ? hash : null;
}

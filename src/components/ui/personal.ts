/**
 * Which parts of an output came from the reader's plan. The islands mark them so the reader sees
 * at a glance what was personalised (and a reviewer sees what to check).
 */
import type { Plan } from '../../lib/planner/index.ts';
import { personalValues as personalFieldValues } from '../../lib/planner/plan/operations.ts';

export interface Segment {
  text: string;
  personal: boolean;
}

/**
 * Every value the reader typed that can appear in outputs, longest first (so the longer of two
 * overlapping values wins). Which fields are personal is part of the plan's description.
 */
export function personalValues(plan: Plan): string[] {
  const values = personalFieldValues(plan).filter((value) => value.length >= 2);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /[A-Za-z0-9]/;

export interface Matcher {
  split(text: string): Segment[];
  /**
   * The values that `split` could mark somewhere in `text`, as one string: every value `text`
   * contains when case is ignored, as it is or escaped as JSON escapes it (a superset of what the
   * pattern matches, which also needs word boundaries). Equal texts that contain the same values
   * are marked the same.
   */
  valuesIn(text: string): string;
}

/**
 * A matcher for the plan's values: case-insensitive (server names appear lower-cased inside
 * FQDNs), and only where the value is not part of a longer word ("US" in "C=US", not in "Status").
 */
export function personalMatcher(values: readonly string[]): Matcher {
  const pattern = values.length > 0 ? new RegExp(values.map(escape).join('|'), 'gi') : null;
  // Upper case, as the pattern's case folding compares (a lower-case test would miss σ ~ ς). A
  // value JSON writes differently (a quote, a backslash) is also looked for as JSON writes it.
  const needles = values.map((value) => {
    const plain = value.toUpperCase();
    const json = JSON.stringify(value).slice(1, -1).toUpperCase();
    return { value, plain, json: json === plain ? null : json };
  });
  return {
    valuesIn(text) {
      const haystack = text.toUpperCase();
      return needles
        .filter(
          ({ plain, json }) =>
            haystack.includes(plain) || (json !== null && haystack.includes(json)),
        )
        .map(({ value }) => value)
        .join('\u0000');
    },
    split(text) {
      if (!pattern) return [{ text, personal: false }];
      const segments: Segment[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (WORD.test(text[start - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
        if (start > last) segments.push({ text: text.slice(last, start), personal: false });
        segments.push({ text: match[0], personal: true });
        last = end;
      }
      if (last < text.length) segments.push({ text: text.slice(last), personal: false });
      return segments;
    },
  };
}

export interface MarkedToken<S> {
  style: S | undefined;
  /** The token's text cut where the reader's values start and end. */
  parts: Segment[];
}

/**
 * Cuts a line's highlighted tokens where the reader's values start and end, so a value is marked
 * even when it spans tokens. `segments` is the matcher's split of the same line.
 */
export function markTokens<S>(
  tokens: readonly { text: string; style?: S }[],
  segments: readonly Segment[],
): MarkedToken<S>[] {
  const marked: MarkedToken<S>[] = [];
  let segment = 0;
  let segmentLeft = segments[0]?.text.length ?? 0;
  for (const token of tokens) {
    const parts: Segment[] = [];
    let rest = token.text;
    while (rest.length > 0) {
      while (segmentLeft === 0 && segment < segments.length - 1)
        segmentLeft = segments[++segment]!.text.length;
      const take = segmentLeft > 0 ? Math.min(segmentLeft, rest.length) : rest.length;
      parts.push({ text: rest.slice(0, take), personal: segments[segment]?.personal ?? false });
      rest = rest.slice(take);
      segmentLeft -= Math.min(segmentLeft, take);
    }
    if (parts.length > 0) marked.push({ style: token.style, parts });
  }
  return marked;
}

/**
 * What a rendering of `view` (plain data: strings, numbers, booleans, arrays, objects) depends on:
 * the data itself and the reader's values that could be marked in it. Equal signatures render the
 * same, so a ui/Memo.tsx subtree keyed by it can skip rendering. The values are looked for in the
 * JSON text, each escaped as JSON escapes it, so a value with a quote or a backslash is still found.
 */
export function signature(view: unknown, matcher: Matcher): string {
  const json = JSON.stringify(view);
  return `${json}\u0001${matcher.valuesIn(json)}`;
}

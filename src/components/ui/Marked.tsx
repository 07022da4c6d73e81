/** Text with the reader's own values marked (see ui/personal.ts). */
import type { ComponentChild } from 'preact';
import type { Matcher } from './personal.ts';

/** Where a long name or path may wrap: after a dot (host names), a path separator or a comma (subjects). */
export const NAME_BREAKS = /(?<=[.])/;
export const PATH_BREAKS = /(?<=[\\/.,])/;

/**
 * `text` with a line-break opportunity (<wbr>) after each character `breaks` finds, so a host
 * name wraps at its dots and a path at its separators, never inside a label; copying the text
 * gives it back unchanged.
 */
export function withBreaks(text: string, breaks: RegExp): ComponentChild {
  const pieces = text.split(breaks);
  if (pieces.length === 1) return text;
  // One flat list, not a fragment per piece: Preact diffs every fragment as a node of its own.
  const children: ComponentChild[] = [pieces[0]];
  for (let index = 1; index < pieces.length; index += 1) children.push(<wbr />, pieces[index]);
  return children;
}

export function Marked({
  text,
  matcher,
  breaks,
}: {
  text: string;
  matcher: Matcher;
  /** Where long names may wrap (NAME_BREAKS, PATH_BREAKS); nowhere extra when absent. */
  breaks?: RegExp;
}) {
  const segments = matcher.split(text);
  const piece = (value: string) => (breaks ? withBreaks(value, breaks) : value);
  // Most text holds no value of the reader's: a bare string is the cheapest thing to diff.
  if (segments.length === 1 && !segments[0]!.personal) return breaks ? <>{piece(text)}</> : text;
  return (
    <>
      {segments.map((segment, index) =>
        segment.personal ? (
          <mark class="uc-value" key={index}>
            {piece(segment.text)}
          </mark>
        ) : (
          piece(segment.text)
        ),
      )}
    </>
  );
}

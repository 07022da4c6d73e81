/** Text with the reader's own values marked (see ui/personal.ts). */
import type { Matcher } from './personal.ts';

export function Marked({ text, matcher }: { text: string; matcher: Matcher }) {
  const segments = matcher.split(text);
  // Most text holds no value of the reader's: a bare string is the cheapest thing to diff.
  if (segments.length === 1 && !segments[0]!.personal) return text;
  return (
    <>
      {segments.map((segment, index) =>
        segment.personal ? (
          <mark class="uc-value" key={index}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/** Text with the reader's own values marked (see lib/personal.ts). */
import type { Matcher } from '../../lib/personal.ts';

export function Marked({ text, matcher }: { text: string; matcher: Matcher }) {
  return (
    <>
      {matcher.split(text).map((segment, index) =>
        segment.personal ? <mark class="uc-value" key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

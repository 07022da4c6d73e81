/**
 * A block of generated commands. It renders as plain text (with the reader's values marked) until
 * the highlighter has loaded, lazily, when the first code block appears; from then on every line
 * is highlighted synchronously from a cache that typing does not invalidate (ui/highlight.ts), so
 * a keystroke only changes text on the page. Tokens are Preact elements: no HTML string is used.
 * Each line is a block element (for the hanging indent of wrapped lines) with no newline of its
 * own, so text selected by hand copies with one newline per line, exactly like the Copy button.
 */
import { Component, type ComponentChild, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LineHighlighter } from './highlight.ts';
import { markTokens, type Matcher, type Segment } from './personal.ts';
import { CopyButton } from './CopyButton.tsx';

/** The loaded highlighter, so blocks that mount later start highlighted (loadLineHighlighter loads once). */
let highlighter: LineHighlighter | undefined;

function useLineHighlighter(enabled: boolean): LineHighlighter | undefined {
  const [loaded, setLoaded] = useState(highlighter);
  useEffect(() => {
    if (highlighter || !enabled) return;
    let current = true;
    void import('./highlight.ts')
      .then((module) => module.loadLineHighlighter())
      .then((value) => {
        highlighter = value;
        if (current) setLoaded(value);
      });
    return () => {
      current = false;
    };
  }, [enabled]);
  return loaded;
}

interface LineProps {
  text: string;
  segments: Segment[];
  /** The segments as a string: lines re-render only when their text or their marks change. */
  marks: string;
  highlighter: LineHighlighter | undefined;
}

/**
 * One line, rebuilt only when its text or its marks change: a keystroke changes a few lines of a
 * runbook, and the rest cost a string comparison, which keeps typing fast on long pages.
 */
class Line extends Component<LineProps> {
  override shouldComponentUpdate(next: LineProps): boolean {
    const { text, marks, highlighter } = this.props;
    return next.text !== text || next.marks !== marks || next.highlighter !== highlighter;
  }

  override render({ text, segments, highlighter }: LineProps) {
    const tokens = highlighter ? highlighter.line(text) : [{ text }];
    const children: ComponentChild[] = [];
    for (const { style, parts } of markTokens(tokens, segments)) {
      // A single child, not an array: an array would cost Preact a fragment per token.
      if (style)
        children.push(
          <span style={style as JSX.CSSProperties}>
            {parts.length === 1 ? partOf(parts[0]!) : parts.map(partOf)}
          </span>,
        );
      // Text in the theme's default colour needs no element of its own.
      else for (const part of parts) children.push(partOf(part));
    }
    return <span class="uc-line">{children}</span>;
  }
}

const partOf = (part: Segment): ComponentChild =>
  part.personal ? (
    <mark class="uc-value">{keepHyphenated(part.text)}</mark>
  ) : (
    keepHyphenated(part.text)
  );

/**
 * Words joined by a hyphen (adventure-works.net, New-Item): browsers may break a line after a
 * hyphen, which would split a name or a cmdlet, so such words are kept whole; lines wrap at
 * spaces only.
 */
const HYPHENATED = /(\S*\w-\w\S*)/;
function keepHyphenated(text: string): ComponentChild {
  if (!text.includes('-')) return text;
  const pieces = text.split(HYPHENATED);
  if (pieces.length === 1) return text;
  return pieces.map((piece, index) =>
    index % 2 === 1 ? <span class="uc-nowrap">{piece}</span> : piece,
  );
}

const marksOf = (segments: Segment[]) =>
  segments
    .map((segment) => (segment.personal ? `[${segment.text.length}]` : segment.text.length))
    .join();

interface Props {
  code: string;
  /** The block's accessible name (its step or file). */
  label: string;
  /** What the bar above the block shows, when not the label (the shell, under a step heading). */
  caption?: string;
  matcher: Matcher;
  /** Not PowerShell (an INF file): shown without highlighting. */
  plain?: boolean;
}

export function CodeBlock({ code, label, caption, matcher, plain = false }: Props) {
  const loaded = useLineHighlighter(!plain);
  const highlighter = plain ? undefined : loaded;
  return (
    <div class="uc-code">
      <div class="uc-code-bar">
        <span class="uc-code-label">{caption ?? label}</span>
        <CopyButton text={code} label={label} />
      </div>
      <pre tabIndex={0} aria-label={label}>
        <code>
          {code.split('\n').map((text, index) => {
            const segments = matcher.split(text);
            return (
              <Line
                key={index}
                text={text}
                segments={segments}
                marks={marksOf(segments)}
                highlighter={highlighter}
              />
            );
          })}
        </code>
      </pre>
    </div>
  );
}

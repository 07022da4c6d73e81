/**
 * A block of generated commands. It renders as plain text (with the reader's values marked) until
 * the highlighter has loaded, lazily, when the first code block appears; from then on every line
 * is highlighted synchronously from a cache that typing does not invalidate (lib/highlight.ts), so
 * a keystroke only changes text on the page. Tokens are Preact elements: no HTML string is used.
 * Each line is a block element (for the hanging indent of wrapped lines) with no newline of its
 * own, so text selected by hand copies with one newline per line, exactly like the Copy button.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { LineHighlighter } from '../../lib/highlight.ts';
import type { Matcher } from '../../lib/personal.ts';
import { CopyButton } from './CopyButton.tsx';
import { Marked } from './Marked.tsx';

let highlighter: LineHighlighter | undefined;
let loading: Promise<LineHighlighter> | undefined;

function useLineHighlighter(): LineHighlighter | undefined {
  const [loaded, setLoaded] = useState(highlighter);
  useEffect(() => {
    if (highlighter) return;
    loading ??= import('../../lib/highlight.ts').then((module) => module.loadLineHighlighter());
    let current = true;
    void loading.then((value) => {
      highlighter = value;
      if (current) setLoaded(value);
    });
    return () => {
      current = false;
    };
  }, []);
  return loaded;
}

interface Props {
  code: string;
  label: string;
  matcher: Matcher;
}

export function CodeBlock({ code, label, matcher }: Props) {
  const lines = useLineHighlighter();
  return (
    <div class="uc-code">
      <div class="uc-code-bar">
        <span class="uc-code-label">{label}</span>
        <CopyButton text={code} label={label} />
      </div>
      <pre tabIndex={0} aria-label={label}>
        <code>
          {code.split('\n').map((line, index) => (
            <span class="uc-line" key={index}>
              {lines ? (
                lines.line(line).map((token, position) => (
                  <span key={position} style={token.style as JSX.CSSProperties | undefined}>
                    <Marked text={token.text} matcher={matcher} />
                  </span>
                ))
              ) : (
                <Marked text={line} matcher={matcher} />
              )}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}

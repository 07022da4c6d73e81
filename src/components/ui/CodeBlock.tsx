/**
 * A block of generated commands. Plain text (with the reader's values marked) renders at once, so
 * typing repaints immediately; the lazily loaded highlighter colours it a moment after typing
 * stops. Tokens are rendered as Preact elements: no HTML string ever reaches the page.
 * Each line is a block element (for the hanging indent of wrapped lines) with no newline of its
 * own, so text selected by hand copies with one newline per line, exactly like the Copy button.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Line } from '../../lib/highlight.ts';
import type { Matcher } from '../../lib/personal.ts';
import { CopyButton } from './CopyButton.tsx';
import { Marked } from './Marked.tsx';

const HIGHLIGHT_DELAY_MS = 150;

interface Props {
  code: string;
  label: string;
  matcher: Matcher;
  language?: 'powershell' | 'text';
}

export function CodeBlock({ code, label, matcher, language = 'powershell' }: Props) {
  const [highlighted, setHighlighted] = useState<{ code: string; lines: Line[] } | null>(null);

  useEffect(() => {
    if (language !== 'powershell') return;
    let current = true;
    const timer = setTimeout(async () => {
      const { highlight } = await import('../../lib/highlight.ts');
      const lines = await highlight(code, 'powershell');
      if (current) setHighlighted({ code, lines });
    }, HIGHLIGHT_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [code, language]);

  const lines = highlighted?.code === code ? highlighted.lines : null;
  return (
    <div class="uc-code">
      <div class="uc-code-bar">
        <span class="uc-code-label">{label}</span>
        <CopyButton text={code} label={label} />
      </div>
      <pre tabIndex={0} aria-label={label}>
        <code>
          {lines
            ? lines.map((tokens, index) => (
                <span class="uc-line" key={index}>
                  {tokens.map((token, position) => (
                    <span key={position} style={token.htmlStyle as JSX.CSSProperties}>
                      <Marked text={token.content} matcher={matcher} />
                    </span>
                  ))}
                </span>
              ))
            : code.split('\n').map((line, index) => (
                <span class="uc-line" key={index}>
                  <Marked text={line} matcher={matcher} />
                </span>
              ))}
        </code>
      </pre>
    </div>
  );
}


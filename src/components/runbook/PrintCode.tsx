/**
 * Code on paper: every line a block that a page break never splits, wrapping only between tokens
 * (code-tokens.ts) with a hanging indent, so a wrapped command reads as one. No highlighter and no
 * Copy button: the page is made to be printed.
 */
import { Fragment } from 'preact';
import { codePieces, proseWords, type CodePiece } from './code-tokens.ts';

export function PrintCode({ lines, label }: { lines: string[]; label: string }) {
  return (
    <figure class="uc-rb-code">
      <figcaption>{label}</figcaption>
      <pre>
        <code>
          {lines.map((line, index) => (
            <span class="uc-rb-line" key={index}>
              <Pieces pieces={codePieces(line)} />
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

/** Prose whose hyphenated words (names, cmdlets, parameters) never break at their hyphens. */
export function Prose({ text }: { text: string }) {
  return <Pieces pieces={proseWords(text)} />;
}

function Pieces({ pieces }: { pieces: CodePiece[] }) {
  return (
    <>
      {pieces.map((piece, position) => (
        <Fragment key={position}>
          {piece.keep ? <span class="uc-rb-keep">{piece.text}</span> : piece.text}
          {piece.breakAfter ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}

import { useState } from 'preact/hooks';
import { copyText } from './download.ts';

/** Copies exactly `text` (what the block shows) and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus((await copyText(text)) ? 'Copied' : 'Copy failed: select the text and copy it');
    setTimeout(() => setStatus(''), 2500);
  };
  return (
    <span class="uc-copy">
      <button type="button" class="uc-button" onClick={copy} aria-label={`Copy ${label}`}>
        Copy
      </button>
      <span class="uc-copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}

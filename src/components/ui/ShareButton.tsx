import { useState } from 'preact/hooks';
import { $plan } from '../stores/plan.ts';
import { copyText } from './download.ts';

/** Copies a permalink to this page with the plan in the fragment (never sent to a server). */
export function ShareButton() {
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');
  const share = async () => {
    // The encoder is loaded on the first Share, not with every page.
    const { planFragment } = await import('../../lib/permalink/codec.ts');
    const url = `${location.origin}${location.pathname}${await planFragment($plan.get())}`;
    const copied = await copyText(url);
    setLink(copied ? '' : url);
    setStatus(copied ? 'Link to your plan copied.' : 'Copy the link below.');
  };
  return (
    <div class="uc-share">
      <button type="button" class="uc-button" onClick={share}>
        Share
      </button>
      <span class="uc-share-status" role="status" aria-live="polite">
        {status}
      </span>
      {link ? (
        <input
          class="uc-share-link"
          type="text"
          readOnly
          value={link}
          aria-label="Link to your plan"
          onFocus={(event) => event.currentTarget.select()}
        />
      ) : null}
    </div>
  );
}

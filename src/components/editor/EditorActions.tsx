/** Whole-plan actions: share, download, reset, clear, and switching to the plan set aside. */
import { useState } from 'preact/hooks';
import { $plan, clearMyData, resetToExample } from '../stores/plan.ts';
import { $setAside, swapWithSetAside } from '../stores/shared.ts';
import { downloadText } from '../ui/download.ts';
import { useHydrated } from '../ui/hooks.ts';
import { ShareButton } from '../ui/ShareButton.tsx';

export function EditorActions() {
  const setAside = useHydrated($setAside, () => null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <div class="uc-editor-actions">
      <div class="uc-actions">
        <ShareButton />
        <button
          type="button"
          class="uc-button"
          onClick={() =>
            downloadText(
              'plan.json',
              `${JSON.stringify($plan.get(), null, 2)}\n`,
              'application/json',
            )
          }
        >
          Download plan.json
        </button>
        <button
          type="button"
          class="uc-button"
          onClick={() => {
            resetToExample();
            setStatus('Back to the example plan.');
          }}
        >
          Reset to example
        </button>
        {confirming ? (
          <span class="uc-confirm" role="group" aria-label="Clear my data">
            <span>Remove everything this site saved in this browser?</span>
            <button
              type="button"
              class="uc-button uc-button-danger"
              onClick={() => {
                clearMyData();
                setConfirming(false);
                setStatus('Your data was removed from this browser.');
              }}
            >
              Yes, clear it
            </button>
            <button type="button" class="uc-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="uc-button" onClick={() => setConfirming(true)}>
            Clear my data
          </button>
        )}
      </div>
      {setAside ? (
        <p class="uc-hint">
          A plan is set aside ({setAside.domains.primary}, {setAside.exchange.namespace}).{' '}
          <button
            type="button"
            class="uc-button uc-button-quiet"
            onClick={() => {
              swapWithSetAside();
              setStatus('Switched plans; the other one is set aside.');
            }}
          >
            Switch to it
          </button>
        </p>
      ) : null}
      <p class="uc-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

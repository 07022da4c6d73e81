/**
 * Whole-plan actions. At the top: share, download, and switching to a plan set aside. Set apart at
 * the foot of the form: the two that throw the plan away (reset to the example, clear my data),
 * each asking first.
 */
import { useState } from 'preact/hooks';
import { $plan, clearMyData, resetToExample } from '../stores/plan.ts';
import { $setAside, swapWithSetAside } from '../stores/shared.ts';
import { downloadText } from '../ui/download.ts';
import { useHydrated } from '../ui/hooks.ts';
import { ShareButton } from '../ui/ShareButton.tsx';

export function EditorActions() {
  const setAside = useHydrated($setAside, () => null);
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
      </div>
      {setAside ? (
        <p class="uc-hint">
          A plan is set aside ({setAside.domains.primary}, {setAside.exchange.namespace}).{' '}
          <button
            type="button"
            class="uc-button"
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

/** The actions that discard the plan, apart from everything else, each confirmed. */
export function StartOver() {
  const [status, setStatus] = useState('');
  return (
    <fieldset class="uc-group uc-start-over">
      <legend>Start over</legend>
      <p class="uc-hint">
        These throw your plan away. Download plan.json or copy a Share link first if you may want it
        back.
      </p>
      <div class="uc-actions">
        <ConfirmButton
          label="Reset to example"
          question="Replace your plan with the example plan?"
          confirm="Yes, reset"
          onConfirm={() => {
            resetToExample();
            setStatus('Back to the example plan.');
          }}
        />
        <ConfirmButton
          label="Clear my data"
          question="Remove everything this site saved in this browser?"
          confirm="Yes, clear it"
          onConfirm={() => {
            clearMyData();
            setStatus('Your data was removed from this browser.');
          }}
        />
      </div>
      <p class="uc-status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}

function ConfirmButton({
  label,
  question,
  confirm,
  onConfirm,
}: {
  label: string;
  question: string;
  confirm: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="uc-button uc-button-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span class="uc-confirm" role="group" aria-label={label}>
      <span>{question}</span>
      <button
        type="button"
        class="uc-button uc-button-danger"
        ref={(button) => button?.focus()}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirm}
      </button>
      <button type="button" class="uc-button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/**
 * Notices about where the plan came from: a shared link (what it holds, then use it or keep yours),
 * a link that could not be opened, a plan in the query string that was ignored, or stored data that
 * could not be read. Shown by the plan bar and the editor. Every text here is rendered as text
 * (never HTML) and the messages quote at most short excerpts of what they are about.
 */
import { $storedPlan, DAMAGED_KEY, SERVER_STORED_PLAN, type StoredPlan } from '../stores/plan.ts';
import { readItem } from '../stores/storage.ts';
import { downloadText } from './download.ts';
import {
  $queryPlanIgnored,
  $shared,
  acceptSharedPlan,
  dismissShared,
  keepOwnPlan,
  type SharedState,
} from '../stores/shared.ts';
import { useHydrated } from './hooks.ts';

const IDLE = { status: 'idle' } as const;
const NOT_IGNORED = () => false;

export function PlanNotices() {
  const shared = useHydrated($shared, () => IDLE);
  const stored = useHydrated($storedPlan, () => SERVER_STORED_PLAN);
  const queryIgnored = useHydrated($queryPlanIgnored, NOT_IGNORED);
  return (
    <div class="uc-notices" aria-live="polite">
      {shared.status === 'offer' ? <SharedPlanOffer offer={shared} /> : null}
      {shared.status === 'opened' ? (
        <Dismissable text="Opened the plan from the link. It is now saved in this browser." />
      ) : null}
      {shared.status === 'kept' ? (
        <Dismissable text="Kept your plan. The shared plan is set aside on the Your plan page." />
      ) : null}
      {queryIgnored ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            <strong>The address carried a plan after ?plan=, which was ignored.</strong> A plan in
            that part of an address is sent to the web server; UC Runbook reads plans only after
            #plan=, which stays in your browser. It was removed from the address. Ask for a link
            made with Share.
          </p>
          <button type="button" class="uc-button" onClick={dismissShared}>
            Dismiss
          </button>
        </div>
      ) : null}
      {shared.status === 'invalid' ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            <strong>This plan link could not be opened.</strong> {shared.message} Your own plan is
            unchanged.
          </p>
          {shared.details.length > 0 ? (
            <ul>
              {shared.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" class="uc-button" onClick={dismissShared}>
            Dismiss
          </button>
        </div>
      ) : null}
      {stored.origin === 'damaged' ? <DamagedPlan stored={stored} /> : null}
    </div>
  );
}

/** What a shared link holds, before the reader decides to use it. */
function SharedPlanOffer({ offer }: { offer: Extract<SharedState, { status: 'offer' }> }) {
  const { summary } = offer;
  return (
    <div class="uc-notice uc-notice-ask" role="group" aria-label="A shared plan">
      <p>
        <strong>This link holds a plan.</strong>{' '}
        {offer.replaces
          ? 'It differs from the one saved in this browser. Which one should the guides use? The other is set aside, and you can switch back on the Your plan page.'
          : 'Check what it holds before the guides use it:'}
      </p>
      <dl class="uc-summary">
        <dt>Domains</dt>
        <dd>{summary.domains}</dd>
        <dt>Products</dt>
        <dd>{summary.products}</dd>
        <dt>Servers</dt>
        <dd>{summary.servers}</dd>
        <dt>Certificate files go to</dt>
        <dd>{summary.folders}</dd>
      </dl>
      {summary.warnings.map((warning, index) => (
        <p key={index} class="uc-notice-warning">
          <strong>Warning:</strong> {warning}
        </p>
      ))}
      <div class="uc-actions">
        <button type="button" class="uc-button uc-button-primary" onClick={acceptSharedPlan}>
          Use the shared plan
        </button>
        <button type="button" class="uc-button" onClick={keepOwnPlan}>
          {offer.replaces ? 'Keep my plan' : 'Not now'}
        </button>
      </div>
    </div>
  );
}

/** Stored data that is not a plan: said in plain words, the damaged text offered back. */
function DamagedPlan({ stored }: { stored: StoredPlan }) {
  return (
    <div class="uc-notice uc-notice-error" role="alert">
      <p>
        <strong>Your saved plan is damaged, so the guides show the example plan.</strong>{' '}
        {stored.keptAside
          ? 'Nothing was thrown away: download the damaged text to repair it in an editor, or to send it to whoever made it. It is kept aside in this browser until you clear your data or save a new plan.'
          : 'It was too large to keep a copy of in this browser, and is replaced when you save a plan.'}
      </p>
      <details>
        <summary>What is wrong with it</summary>
        <p>{stored.problem}</p>
      </details>
      {stored.keptAside ? (
        <button
          type="button"
          class="uc-button"
          onClick={() => {
            const text = readItem(DAMAGED_KEY);
            if (text !== null) downloadText('damaged-plan.txt', text, 'text/plain');
          }}
        >
          Download the damaged text
        </button>
      ) : null}
    </div>
  );
}

function Dismissable({ text }: { text: string }) {
  return (
    <div class="uc-notice">
      <p>{text}</p>
      <button type="button" class="uc-button" onClick={dismissShared}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * Notices about where the plan came from: a shared link (use it or keep yours), a link that could
 * not be opened, or stored data that could not be read. Shown by the plan bar and the editor.
 */
import { $storedPlan, SERVER_STORED_PLAN } from '../stores/plan.ts';
import { $shared, acceptSharedPlan, dismissShared, keepOwnPlan } from '../stores/shared.ts';
import { useHydrated } from './hooks.ts';

const IDLE = { status: 'idle' } as const;

export function PlanNotices() {
  const shared = useHydrated($shared, () => IDLE);
  const stored = useHydrated($storedPlan, () => SERVER_STORED_PLAN);
  return (
    <div class="uc-notices" aria-live="polite">
      {shared.status === 'offer' ? (
        <div class="uc-notice uc-notice-ask" role="group" aria-label="A shared plan">
          <p>
            <strong>This link holds a different plan</strong> ({shared.plan.domains.primary},{' '}
            {shared.plan.exchange.namespace}) from the one saved in this browser. Which one should
            the guides use? The other is set aside, and you can switch back on the Your plan page.
          </p>
          <div class="uc-actions">
            <button type="button" class="uc-button uc-button-primary" onClick={acceptSharedPlan}>
              Use the shared plan
            </button>
            <button type="button" class="uc-button" onClick={keepOwnPlan}>
              Keep my plan
            </button>
          </div>
        </div>
      ) : null}
      {shared.status === 'opened' ? (
        <Dismissable text="Opened the plan from the link. It is now saved in this browser." />
      ) : null}
      {shared.status === 'kept' ? (
        <Dismissable text="Kept your plan. The shared plan is set aside on the Your plan page." />
      ) : null}
      {shared.status === 'invalid' ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            <strong>This plan link could not be opened.</strong> {shared.message} Your own plan is
            unchanged.
          </p>
          {shared.details.length > 0 ? (
            <ul>
              {shared.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" class="uc-button" onClick={dismissShared}>
            Dismiss
          </button>
        </div>
      ) : null}
      {stored.origin === 'damaged' ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            <strong>The plan saved in this browser could not be read</strong> ({stored.problem}).
            The guides show the example plan; the unreadable data is kept aside until you clear your
            data or save a new plan.
          </p>
        </div>
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

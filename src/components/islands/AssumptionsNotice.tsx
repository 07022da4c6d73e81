/**
 * A short notice of the plan values a guide uses that the reader never set (plan defaults that
 * stand for facts, such as an Edge server's name): the reader sees at once what to check. Reads the
 * plan only, so it loads no product rules.
 */
import { assumptions } from '../../lib/planner/plan/operations.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { $plan } from '../stores/plan.ts';
import { useHydrated, useReady } from '../ui/hooks.ts';

/** A default's value in words: a name, or a list of names. */
function valueText(json: string): string {
  const value: unknown = JSON.parse(json);
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'string' ? item : ((item as { name?: string }).name ?? '')))
      .filter(Boolean)
      .join(', ');
  return '';
}

export default function AssumptionsNotice({ section }: { section: 'exchange' | 'lync' }) {
  const ready = useReady();
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  const assumed = assumptions(plan, section);
  return (
    <div class="not-content uc-island uc-assumptions" data-ready={ready ? '' : undefined}>
      {assumed.length > 0 ? (
        <div class="uc-notice uc-notice-quiet" role="note">
          <p>
            This page assumes what your plan does not say yet; check these on{' '}
            <a href="/your-plan/">Your plan</a>:
          </p>
          <ul>
            {assumed.map((entry) => {
              const value = valueText(entry.value);
              return (
                <li key={entry.path}>
                  {entry.text}
                  {value ? (
                    <>
                      {' '}
                      (<code>{value}</code>)
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

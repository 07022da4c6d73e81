/**
 * The plan bar on every guide: who the plan is for (primary domain, Active Directory domain,
 * organisation, the family's own name) editable in place, and the products the reader runs as
 * links to their guides. The guide's version is the page's and is shown as fixed: a guide always
 * shows the plan as its own version, so the bar never offers a choice that would contradict it.
 */
import { useEffect } from 'preact/hooks';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { guideHref, PRODUCTS, type ProductId } from '../../lib/planner/products.ts';
import {
  EXCHANGE_BAR_FIELDS,
  ExchangeBarFields,
  LYNC_BAR_FIELDS,
  LyncBarFields,
} from '../editor/lync-bar.tsx';
import { $issues } from '../stores/draft.ts';
import { $plan } from '../stores/plan.ts';
import { openSharedPlanFromPage } from '../stores/shared.ts';
import { idForKey, TextField } from '../ui/fields.tsx';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { PlanNotices } from '../ui/PlanNotices.tsx';
import { ShareButton } from '../ui/ShareButton.tsx';

/** Fields the bar shows; their problems appear at the field, any other field's here as a notice. */
const BAR_FIELDS = new Set([
  'domains.primary',
  'domains.internal',
  'organization.name',
  ...EXCHANGE_BAR_FIELDS,
  ...LYNC_BAR_FIELDS,
]);
const NO_ISSUES: Readonly<Record<string, string>> = {};

/** The products the plan runs, Exchange first. */
function productsOf(plan: Plan): ProductId[] {
  return [
    ...(plan.exchange.enabled ? [plan.exchange.product] : []),
    ...(plan.lync.enabled ? [plan.lync.product] : []),
  ];
}

export default function PlanBar({ product }: { product?: ProductId }) {
  const ready = useReady();
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  const issues = useHydrated($issues, () => NO_ISSUES);
  useEffect(openSharedPlanFromPage, []);
  const elsewhere = Object.entries(issues).filter(([path]) => !BAR_FIELDS.has(path));
  const lync = product !== undefined && PRODUCTS[product].family === 'lync';
  const runs = productsOf(plan);
  return (
    <section
      class="not-content uc-island uc-planbar"
      data-ready={ready ? '' : undefined}
      aria-label="Your plan"
    >
      <div class="uc-planbar-row">
        <TextField idPrefix="bar" path={['domains', 'primary']} label="Primary domain" />
        {lync ? <LyncBarFields /> : <ExchangeBarFields />}
        <TextField idPrefix="bar" path={['domains', 'internal']} label="Active Directory domain" />
        <TextField idPrefix="bar" path={['organization', 'name']} label="Organisation" />
      </div>
      <div class="uc-planbar-products">
        {product ? (
          <p class="uc-planbar-product">
            This guide is for <strong>{PRODUCTS[product].label}</strong> and shows your plan as that
            version.
          </p>
        ) : null}
        <p class="uc-planbar-product">
          {runs.length === 0 ? (
            'Your plan runs no product yet.'
          ) : (
            <>
              Your plan runs{' '}
              {runs.map((id, index) => (
                <span key={id}>
                  {index > 0 ? ' and ' : ''}
                  {id === product ? (
                    <strong aria-current="page">{PRODUCTS[id].label} (this guide)</strong>
                  ) : (
                    <a href={guideHref(id)}>{PRODUCTS[id].label}</a>
                  )}
                </span>
              ))}
              .
            </>
          )}
        </p>
        <div class="uc-planbar-actions">
          <ShareButton />
          <a class="uc-button" href="/your-plan/">
            Edit the whole plan
          </a>
        </div>
      </div>
      {elsewhere.length > 0 ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            What you typed on Your plan is kept, and every other field is in use. These fields still
            need fixing there:
          </p>
          <ul>
            {elsewhere.map(([path, message]) => (
              <li key={path}>
                <a href={`/your-plan/#${idForKey('editor', path)}`}>
                  <code>{path}</code>
                </a>
                : {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PlanNotices />
    </section>
  );
}

/**
 * The plan bar on every guide: the plan's key values, editable in place, so a reader who lands on
 * a guide from a search engine can make it theirs without leaving the page.
 */
import { useEffect } from 'preact/hooks';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import {
  availableProducts,
  guideHref,
  PRODUCTS,
  type ProductId,
} from '../../lib/planner/products.ts';
import { LYNC_BAR_FIELDS, LyncBarFields } from '../editor/lync-bar.tsx';
import { $issues } from '../stores/draft.ts';
import { $plan } from '../stores/plan.ts';
import { openSharedPlanFromPage } from '../stores/shared.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { PlanNotices } from '../ui/PlanNotices.tsx';
import { ShareButton } from '../ui/ShareButton.tsx';

const VERSION_OPTIONS = availableProducts('exchange').map((product) => ({
  value: product.id,
  label: product.label,
}));
/** Fields the bar shows; their problems appear at the field, any other field's here as a notice. */
const BAR_FIELDS = new Set([
  'domains.primary',
  'exchange.namespace',
  'exchange.product',
  ...LYNC_BAR_FIELDS,
]);
const NO_ISSUES: Readonly<Record<string, string>> = {};

export default function PlanBar({ product }: { product?: ProductId }) {
  const ready = useReady();
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  const issues = useHydrated($issues, () => NO_ISSUES);
  useEffect(openSharedPlanFromPage, []);
  const elsewhere = Object.entries(issues).filter(([path]) => !BAR_FIELDS.has(path));
  const lync = product !== undefined && PRODUCTS[product].family === 'lync';
  const planProduct = lync ? plan.lync.product : plan.exchange.product;
  return (
    <section
      class="not-content uc-island uc-planbar"
      data-ready={ready ? '' : undefined}
      aria-label="Your plan"
    >
      <div class="uc-planbar-row">
        {lync && product ? (
          <LyncBarFields product={product} />
        ) : (
          <>
            <TextField idPrefix="bar" path={['domains', 'primary']} label="Primary domain" />
            <TextField idPrefix="bar" path={['exchange', 'namespace']} label="Client namespace" />
            <SelectField
              idPrefix="bar"
              path={['exchange', 'product']}
              label="Your Exchange version"
              options={VERSION_OPTIONS}
            />
          </>
        )}
        <div class="uc-planbar-actions">
          <ShareButton />
          <a class="uc-button" href="/your-plan/">
            Edit the whole plan
          </a>
        </div>
      </div>
      {product && planProduct !== product ? (
        <p class="uc-hint uc-planbar-note">
          This guide is for {PRODUCTS[product].label} and shows your plan as that version. Your plan
          says <a href={guideHref(planProduct)}>{PRODUCTS[planProduct].label}</a>.
        </p>
      ) : null}
      {elsewhere.length > 0 ? (
        <div class="uc-notice uc-notice-error" role="alert">
          <p>
            The guides keep showing your last valid plan until this is fixed on{' '}
            <a href="/your-plan/">Your plan</a>:
          </p>
          <ul>
            {elsewhere.map(([path, message]) => (
              <li key={path}>
                <code>{path}</code>: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PlanNotices />
    </section>
  );
}

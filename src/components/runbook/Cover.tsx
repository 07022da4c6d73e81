/**
 * The runbook's cover: who it is for, which products and versions, the dates, and the plan's
 * permalink as text (so the paper copy leads back to the same plan). On screen it also carries the
 * plan notices (a shared link is offered here as on the guides) and "Download PDF", which opens the
 * browser's print dialog: the print style sheet turns the page into the document.
 */
import { useEffect, useState } from 'preact/hooks';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { PRODUCTS } from '../../lib/planner/products.ts';
import { $plan, SESSION } from '../stores/plan.ts';
import { openSharedPlanFromPage } from '../stores/shared.ts';
import { today } from '../stores/today.ts';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { PlanNotices } from '../ui/PlanNotices.tsx';
import { familyProduct, planFamilies, RUNBOOK_FAMILIES } from './families.ts';
import { FAMILIES_EVENT, FAMILIES_GLOBAL } from '../directives/plan-family.ts';

/** Where the permalink points: the plan page, which opens a link after showing what it holds. */
export const LINK_PATH = '/your-plan/';

export function coverTitle(plan: Plan): string {
  return `Runbook: ${plan.organization.name || plan.domains.primary}`;
}

interface Props {
  /** The example plan's permalink fragment, computed at build time for the server render. */
  exampleFragment: string;
}

export default function Cover({ exampleFragment }: Props) {
  const ready = useReady();
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  const link = usePermalink(plan, ready, exampleFragment);
  useEffect(openSharedPlanFromPage, []);
  useEffect(() => {
    if (!ready) return;
    document.title = `${coverTitle(plan)} | UC Runbook`;
    // The sections of the plan's families hydrate (client:plan-family), the others hide.
    const families = planFamilies(plan);
    (window as unknown as Record<string, unknown>)[FAMILIES_GLOBAL] = families;
    dispatchEvent(new CustomEvent(FAMILIES_EVENT, { detail: families }));
  }, [plan, ready]);
  const products = RUNBOOK_FAMILIES.flatMap((family) => {
    const product = familyProduct(plan, family);
    return product ? [PRODUCTS[product].label] : [];
  });
  const { domains, organization, certificate } = plan;
  return (
    <div
      class="not-content uc-island uc-rb-cover"
      data-ready={ready ? '' : undefined}
      data-permalink-ready={link.ready ? '' : undefined}
    >
      <PlanNotices />
      <div class="uc-actions uc-rb-actions">
        <button type="button" class="uc-button uc-button-primary" onClick={() => window.print()}>
          Download PDF
        </button>
        <span class="uc-rb-hint">Choose “Save as PDF” as the printer.</span>
      </div>
      <p class="uc-rb-org">{coverTitle(plan)}</p>
      <dl class="uc-rb-facts">
        <dt>Organisation</dt>
        <dd>{organization.name || '(not set)'}</dd>
        <dt>Products</dt>
        <dd>{products.length > 0 ? products.join(', ') : 'none: the plan runs no product'}</dd>
        <dt>Domains</dt>
        <dd>{[domains.primary, ...domains.additional].join(', ')}</dd>
        <dt>Certificate issue date</dt>
        <dd>{certificate.issueDate}</dd>
        <dt>Prepared on</dt>
        <dd>{ready ? today() : 'the day it is printed'}</dd>
        <dt>Plan link</dt>
        <dd class="uc-rb-link">{link.text}</dd>
      </dl>
      <p class="uc-rb-hint">
        The plan link opens this plan on the plan page; nothing in it is sent to a server.
      </p>
    </div>
  );
}

/** The permalink as text: the example's from the build, the reader's computed once hydrated. */
function usePermalink(plan: Plan, ready: boolean, exampleFragment: string) {
  const [link, setLink] = useState({ text: `${LINK_PATH}${exampleFragment}`, ready: false });
  useEffect(() => {
    if (!ready) return;
    let current = true;
    const base = SESSION?.linkBase ?? `${location.origin}${LINK_PATH}`;
    // The encoder loads with the first link, not with the page.
    void import('../../lib/permalink/codec.ts')
      .then(({ planFragment }) => planFragment(plan))
      .then((fragment) => {
        if (current) setLink({ text: `${base}${fragment}`, ready: true });
      });
    return () => {
      current = false;
    };
  }, [plan, ready]);
  return link;
}

/**
 * The runbook page's sections for one product family, bound to that family's deriver like the
 * guides' islands (islands/family.tsx). Each section shows the family's product in the current
 * plan, or nothing when the plan does not run that family, so one page covers every product the
 * plan holds. The summary reuses the guides' islands (certificates, DNS, ports, findings).
 */
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { familyOf, PRODUCTS, type Family, type ProductId } from '../../lib/planner/products.ts';
import AssumptionsNotice from '../islands/AssumptionsNotice.tsx';
import CertificateCard from '../islands/CertificateCard.tsx';
import DnsTables from '../islands/DnsTables.tsx';
import FindingsPanel from '../islands/FindingsPanel.tsx';
import PortsTable from '../islands/PortsTable.tsx';
import { $plan } from '../stores/plan.ts';
import { createViews, type FamilyDeriver, type Views } from '../stores/views.ts';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';
import { familyProduct } from './families.ts';
import { StepList } from './StepList.tsx';

export type RunbookSectionName = 'summary' | 'steps' | 'findings';

const TITLES: Readonly<Record<RunbookSectionName, string>> = {
  summary: 'Summary',
  steps: 'Steps',
  findings: 'Findings',
};

export function runbookSections<P extends ProductId>(family: Family, derive: FamilyDeriver<P>) {
  const views = createViews(derive as FamilyDeriver);
  return {
    RunbookSection: ({ section }: { section: RunbookSectionName }) => {
      const ready = useReady();
      const plan = useHydrated($plan, () => EXAMPLE_PLAN);
      const product = familyProduct(plan, family);
      return (
        <section
          class={`not-content uc-island uc-rb-section uc-rb-${section}`}
          data-family={family}
          data-product={product}
          data-ready={ready ? '' : undefined}
          hidden={product === undefined}
        >
          {product === undefined ? null : (
            <Section section={section} product={product} views={views} />
          )}
        </section>
      );
    },
  };
}

interface SectionProps {
  section: RunbookSectionName;
  product: ProductId;
  views: Views;
}

function Section({ section, product, views }: SectionProps) {
  const anchor = `${section}-${product}`;
  const heading = (
    <h2 id={anchor} class="uc-rb-heading">
      {TITLES[section]}: {PRODUCTS[product].label}
    </h2>
  );
  switch (section) {
    case 'summary':
      return (
        <>
          {heading}
          <Summary product={product} views={views} />
        </>
      );
    case 'steps':
      return (
        <>
          {heading}
          <Steps product={product} views={views} anchor={anchor} />
        </>
      );
    case 'findings':
      return (
        <>
          {heading}
          <FindingsPanel product={product} views={views} />
        </>
      );
  }
}

function Summary({ product, views }: { product: ProductId; views: Views }) {
  const { derived } = useView(views, product);
  return (
    <>
      <h3 class="uc-rb-subheading">Certificates</h3>
      <CertificateCard product={product} views={views} />
      <h3 class="uc-rb-subheading">DNS records</h3>
      <DnsTables product={product} views={views} />
      {derived.ports.length > 0 ? (
        <>
          <h3 class="uc-rb-subheading">Firewall ports</h3>
          <PortsTable product={product} views={views} />
        </>
      ) : null}
      <AssumptionsNotice section={familyOf(product)} />
    </>
  );
}

function Steps({ product, views, anchor }: { product: ProductId; views: Views; anchor: string }) {
  const { derived, revision } = useView(views, product);
  return (
    <div class="uc-rb-steps-wrap" data-revision={revision}>
      <StepList steps={derived.steps} anchor={anchor} />
    </div>
  );
}

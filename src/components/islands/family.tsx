/**
 * The output islands for one product family, bound to that family's deriver. A guide page
 * hydrates the family's module (islands/exchange.tsx, …), so it loads only its own family's rules.
 * The product comes from the page (components/guide/*.astro read it from the guide's frontmatter).
 */
import type { ProductId } from '../../lib/planner/products.ts';
import Exports from '../exports/Exports.tsx';
import { createViews, type FamilyDeriver } from '../stores/views.ts';
import CertificateCard from './CertificateCard.tsx';
import DnsTables from './DnsTables.tsx';
import FindingsPanel from './FindingsPanel.tsx';
import FindingsSummary from './FindingsSummary.tsx';
import PortsTable from './PortsTable.tsx';
import RunbookSteps from './RunbookSteps.tsx';

type IslandProps = { product: ProductId };

export function familyIslands<P extends ProductId>(derive: FamilyDeriver<P>) {
  const views = createViews(derive as FamilyDeriver);
  return {
    CertificateCard: ({ product }: IslandProps) => (
      <CertificateCard product={product} views={views} />
    ),
    DnsTables: ({ product }: IslandProps) => <DnsTables product={product} views={views} />,
    PortsTable: ({ product }: IslandProps) => <PortsTable product={product} views={views} />,
    RunbookSteps: ({ product }: IslandProps) => <RunbookSteps product={product} views={views} />,
    FindingsPanel: ({ product }: IslandProps) => <FindingsPanel product={product} views={views} />,
    FindingsSummary: ({ product }: IslandProps) => (
      <FindingsSummary product={product} views={views} />
    ),
    Exports: ({ product }: IslandProps) => <Exports product={product} views={views} />,
  };
}

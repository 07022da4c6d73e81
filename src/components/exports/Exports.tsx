/**
 * The downloads of one product's guide: its script, zone files, Windows DNS commands, INF files and
 * certificate names, and the plan's JSON and renewal calendar, for the reader's plan. Bound to a
 * family's views like the other output islands (islands/family.tsx).
 */
import { exportFiles } from '../../lib/export/index.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import { useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';
import { ExportList } from './ExportList.tsx';

export default function Exports({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { plan, derived, revision } = useView(views, product);
  const files = exportFiles({ plan, derived: [derived], now: new Date() });
  return (
    <div
      class="not-content uc-island uc-exports-island"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      <ExportList files={files} />
    </div>
  );
}

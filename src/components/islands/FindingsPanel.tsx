/** What in the plan will fail, is risky, or is worth knowing, with the fix for each. */
import type { Finding } from '../../lib/planner/derived.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import { findingAnchor } from '../ui/finding-links.ts';
import { FindingItem } from '../ui/FindingItem.tsx';
import { useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';

const NOUNS: Record<Finding['severity'], [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export default function FindingsPanel({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { derived, matcher, revision } = useView(views, product);
  const { findings } = derived;
  const count = (severity: Finding['severity']) => {
    const total = findings.filter((finding) => finding.severity === severity).length;
    return `${total} ${NOUNS[severity][total === 1 ? 0 : 1]}`;
  };
  return (
    <div
      class="not-content uc-island uc-findings"
      id="uc-findings"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      <p class="uc-findings-summary" aria-live="polite">
        {count('error')}, {count('warning')}, {count('info')} for your plan.
      </p>
      <ul>
        {findings.map((finding, index) => (
          <FindingItem
            finding={finding}
            matcher={matcher}
            id={findingAnchor(index)}
            key={`${finding.id}-${index}`}
          />
        ))}
      </ul>
    </div>
  );
}

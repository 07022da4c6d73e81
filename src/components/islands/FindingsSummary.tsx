/**
 * Findings first: right under the plan bar, the errors and warnings an admin must see before
 * running anything, each linking to its detail (with the fix) and to the part of the guide it is
 * about. Notes stay in the findings panel; the line counts them.
 */
import type { Finding } from '../../lib/planner/derived.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import { findingAnchor, SECTION_ANCHORS, sectionOf } from '../ui/finding-links.ts';
import { SEVERITY_LABEL } from '../ui/FindingItem.tsx';
import { useReady } from '../ui/hooks.ts';
import { Marked, PATH_BREAKS } from '../ui/Marked.tsx';
import { useView } from '../ui/use-view.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export default function FindingsSummary({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { derived, matcher, revision } = useView(views, product);
  const shown = derived.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.severity !== 'info');
  const count = (severity: Finding['severity']) =>
    derived.findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  return (
    <section
      class={`not-content uc-island uc-findings-first${errors > 0 ? ' uc-findings-first-error' : ''}`}
      data-ready={ready ? '' : undefined}
      data-revision={revision}
      aria-label="Findings for your plan"
    >
      <p class="uc-findings-first-count">
        <strong>
          {plural(errors, 'error', 'errors')}, {plural(count('warning'), 'warning', 'warnings')}
        </strong>{' '}
        for your plan
        {shown.length > 0 ? ': read them before you run anything.' : '.'}{' '}
        <a href="#uc-findings">All findings ({plural(count('info'), 'note', 'notes')} too)</a>
      </p>
      {shown.length > 0 ? (
        <ul>
          {shown.map(({ finding, index }) => {
            const section = SECTION_ANCHORS[sectionOf(finding)];
            return (
              <li key={`${finding.id}-${index}`} class={`uc-finding-${finding.severity}`}>
                <strong class="uc-severity">{SEVERITY_LABEL[finding.severity]}</strong>{' '}
                <Marked text={finding.message} matcher={matcher} breaks={PATH_BREAKS} />{' '}
                <span class="uc-findings-first-links">
                  <a href={`#${findingAnchor(index)}`}>Details and fix</a> ·{' '}
                  <a href={`#${section.id}`}>{section.label}</a>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

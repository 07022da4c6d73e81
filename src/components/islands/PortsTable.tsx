/** The firewall rules a product needs (Edge and reverse proxy): from where, to where, which ports, why. */
import type { PortRule } from '../../lib/planner/derived.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import { useReady } from '../ui/hooks.ts';
import { Marked } from '../ui/Marked.tsx';
import type { Matcher } from '../ui/personal.ts';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useView } from '../ui/use-view.ts';

export default function PortsTable({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { derived, matcher, revision } = useView(views, product);
  return (
    <div
      class="not-content uc-island uc-ports"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      {derived.ports.length > 0 ? (
        <table class="uc-table uc-port-table">
          <caption>Firewall rules ({derived.ports.length})</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Ports</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {derived.ports.map((rule) => (
              <PortRow rule={rule} matcher={matcher} key={rule.id} />
            ))}
          </tbody>
        </table>
      ) : (
        <p>No firewall rules to plan for this product.</p>
      )}
    </div>
  );
}

function PortRow({ rule, matcher }: { rule: PortRule; matcher: Matcher }) {
  return (
    <tr>
      <td data-label="From">
        <Marked text={rule.from} matcher={matcher} />
      </td>
      <td data-label="To">
        <Marked text={rule.to} matcher={matcher} />
      </td>
      <td data-label="Ports">
        <code>
          {rule.protocol} {rule.ports}
        </code>
      </td>
      <td data-label="Why">
        <Marked text={rule.reason.text} matcher={matcher} />{' '}
        <span class="uc-source-note">
          Source: <SourceLink id={rule.reason.source} />
        </span>
      </td>
    </tr>
  );
}

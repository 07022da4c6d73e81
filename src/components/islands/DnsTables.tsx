/** Public and internal DNS records, each with its reason, and the zone files to download. */
import { recordData } from '../../lib/planner/common/dns.ts';
import { serialFromDate, renderZoneFiles } from '../../lib/render/bind-zone.ts';
import { renderWindowsDns } from '../../lib/render/windows-dns.ts';
import type { DnsRecord, DnsView } from '../../lib/planner/derived.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import type { Matcher } from '../ui/personal.ts';
import { downloadText } from '../ui/download.ts';
import { Marked, NAME_BREAKS, withBreaks } from '../ui/Marked.tsx';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';

const VIEWS: readonly { view: DnsView; title: string }[] = [
  { view: 'external', title: 'Public DNS' },
  { view: 'internal', title: 'Internal DNS' },
];

export default function DnsTables({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { plan, derived, matcher, revision } = useView(views, product);
  const zones = renderZoneFiles(derived, { serial: serialFromDate(plan.certificate.issueDate) });
  return (
    <div
      class="not-content uc-island uc-dns"
      id="uc-dns"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      {VIEWS.map(({ view, title }) => (
        <section key={view} aria-label={title}>
          <RecordTable
            records={derived.dns.filter((record) => record.view === view)}
            title={title}
            matcher={matcher}
          />
          <div class="uc-actions">
            {zones
              .filter((zone) => zone.view === view)
              .map((zone, index) => (
                <button
                  type="button"
                  class="uc-button"
                  key={index}
                  onClick={() => downloadText(zone.fileName, zone.text)}
                >
                  Download {withBreaks(zone.fileName, NAME_BREAKS)}
                </button>
              ))}
            {view === 'internal' ? (
              <button
                type="button"
                class="uc-button"
                onClick={() => downloadText('internal-dns.ps1', renderWindowsDns(derived))}
              >
                Download Windows DNS commands (.ps1)
              </button>
            ) : null}
          </div>
        </section>
      ))}
    </div>
  );
}

function RecordTable({
  records,
  title,
  matcher,
}: {
  records: DnsRecord[];
  title: string;
  matcher: Matcher;
}) {
  return (
    <table class="uc-table uc-records">
      <caption>{title}</caption>
      <colgroup>
        <col class="uc-col-name" />
        <col class="uc-col-type" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record, index) => (
          <tr key={index}>
            <th scope="row">
              <code class="uc-name">
                <Marked text={record.name} matcher={matcher} breaks={NAME_BREAKS} />
              </code>
            </th>
            <td class="uc-type">{record.type}</td>
            <td>
              {record.value === null ? (
                <span class="uc-missing">Not in your plan yet: {record.missing}</span>
              ) : (
                <code class="uc-name">
                  <Marked text={recordData(record) ?? ''} matcher={matcher} breaks={NAME_BREAKS} />
                </code>
              )}
              <details class="uc-why">
                <summary>
                  Why<span class="sr-only"> {record.name}</span>
                </summary>
                <p>
                  <Marked text={record.reason.text} matcher={matcher} />{' '}
                  <span class="uc-ttl">TTL {record.ttl} seconds.</span>{' '}
                  <span class="uc-source-note">
                    Source: <SourceLink id={record.reason.source} />
                  </span>
                </p>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The page "One certificate for Exchange and Lync": the reader's plan (or the example) as if it
 * shared one public certificate, in four parts the page places under its headings: the shared
 * certificate's names with both products' reasons, what shares and what stays apart, the findings,
 * and both products' DNS side by side. It loads both families' rules, which only this page needs.
 */
import { computed } from 'nanostores';
import { sharingFor } from '../../lib/planner/combined/index.ts';
import type { Sharing } from '../../lib/planner/combined/sharing.ts';
import type { DnsView } from '../../lib/planner/derived.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { PRODUCTS, type ProductId } from '../../lib/planner/products.ts';
import { recordData } from '../../lib/planner/common/dns.ts';
import { $plan, savePlan } from '../stores/plan.ts';
import { Marked } from '../ui/Marked.tsx';
import { FindingItem } from '../ui/FindingItem.tsx';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { personalMatcher, personalValues, type Matcher } from '../ui/personal.ts';

export type SharedSection = 'status' | 'certificate' | 'decisions' | 'findings' | 'dns';

interface SharedView {
  /** The plan shown: the reader's when it runs both products, the example's otherwise. */
  plan: Plan;
  ownPlan: boolean;
  /** The reader's plan already asks for the shared certificate. */
  sharing: boolean;
  result: Sharing | undefined;
  matcher: Matcher;
}

const withSharing = (plan: Plan): Plan => ({
  ...plan,
  lync: { ...plan.lync, shareWithExchange: true },
});

function viewOf(reader: Plan): SharedView {
  const ownPlan = reader.exchange.enabled && reader.lync.enabled;
  const plan = ownPlan ? reader : EXAMPLE_PLAN;
  return {
    plan,
    ownPlan,
    sharing: ownPlan && reader.lync.shareWithExchange,
    result: sharingFor(withSharing(plan)),
    matcher: personalMatcher(personalValues(plan)),
  };
}

const $view = computed($plan, viewOf);
let example: SharedView | undefined;
const exampleView = () => (example ??= viewOf(EXAMPLE_PLAN));

const label = (id: ProductId) => PRODUCTS[id].label;

export default function SharedCertificate({ section }: { section: SharedSection }) {
  const ready = useReady();
  const view = useHydrated($view, exampleView);
  return (
    <div
      class={`not-content uc-island uc-shared uc-shared-part-${section}`}
      data-ready={ready ? '' : undefined}
    >
      {section === 'status' ? <Status view={view} /> : null}
      {section === 'certificate' ? <Certificate view={view} /> : null}
      {section === 'decisions' ? <Decisions view={view} /> : null}
      {section === 'findings' ? <Findings view={view} /> : null}
      {section === 'dns' ? <Dns view={view} /> : null}
    </div>
  );
}

function Status({ view }: { view: SharedView }) {
  const { plan, result } = view;
  const pair = `${label(plan.exchange.product)} with ${label(plan.lync.product)}`;
  const toggle = () =>
    savePlan({ ...plan, lync: { ...plan.lync, shareWithExchange: !view.sharing } });
  return (
    <>
      <p>
        {view.ownPlan ? 'Your plan: ' : 'The example plan (yours does not run both products): '}
        <strong>{pair}</strong>.{' '}
        {result?.shared
          ? 'This pair can share one public certificate.'
          : 'This guide does not share a certificate for this pair.'}
      </p>
      {view.ownPlan ? (
        <p>
          <button type="button" class="uc-button" onClick={toggle}>
            {view.sharing
              ? 'Stop sharing: give each product its own certificates'
              : 'Share it: use this certificate in both guides'}
          </button>{' '}
          {view.sharing
            ? 'Your Exchange and Lync guides use the shared certificate.'
            : 'Your guides still use separate certificates.'}
        </p>
      ) : null}
    </>
  );
}

function Certificate({ view }: { view: SharedView }) {
  const shared = view.result?.shared;
  if (!shared) return <p>No shared certificate for this plan: see the findings below.</p>;
  const { certificate } = shared;
  return (
    <>
      <p>
        Subject <code>{certificate.subject}</code>, requested once on{' '}
        <strong>{shared.requestOn}</strong> with an exportable key, then imported on{' '}
        {[
          ...certificate.servers.filter((name) => name !== shared.requestOn),
          'the reverse proxy',
        ].join(', ')}
        .
      </p>
      <table class="uc-table uc-shared-names">
        <caption>Names on the shared certificate</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Why, per product</th>
          </tr>
        </thead>
        <tbody>
          {certificate.sans.map((san) => (
            <tr key={san.name}>
              <td>
                <code>
                  <Marked text={san.name} matcher={view.matcher} />
                </code>
              </td>
              <td>
                {san.reasons.map((reason, index) => (
                  <p key={index}>
                    <Marked text={reason.text} matcher={view.matcher} />{' '}
                    <SourceLink id={reason.source} />
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Exchange enables it for <strong>{shared.usages.exchange.join(', ')}</strong>; Lync assigns
        it to <strong>{shared.usages.lync.join(', ')}</strong>.
      </p>
    </>
  );
}

function Decisions({ view }: { view: SharedView }) {
  const decisions = view.result?.decisions ?? [];
  if (decisions.length === 0) return <p>Nothing to decide for this plan.</p>;
  return (
    <table class="uc-table uc-shared-decisions">
      <caption>Every certificate of both products</caption>
      <thead>
        <tr>
          <th scope="col">Certificate</th>
          <th scope="col">Shared?</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr key={`${decision.family}-${decision.certificateId}`}>
            <td>
              {decision.purpose}
              {decision.names.length > 0 ? (
                <>
                  {' '}
                  (<Marked text={decision.names.join(', ')} matcher={view.matcher} />)
                </>
              ) : null}
            </td>
            <td>{decision.shared ? 'Shared' : 'Separate'}</td>
            <td>
              <Marked text={decision.reason.text} matcher={view.matcher} />{' '}
              <SourceLink id={decision.reason.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Findings({ view }: { view: SharedView }) {
  const findings = view.result?.findings ?? [];
  if (findings.length === 0) return <p>No findings for this plan.</p>;
  return (
    <ul class="uc-findings">
      {findings.map((finding, index) => (
        <FindingItem finding={finding} matcher={view.matcher} key={`${finding.id}-${index}`} />
      ))}
    </ul>
  );
}

const DNS_VIEWS: readonly { view: DnsView; title: string }[] = [
  { view: 'external', title: 'Public DNS, both products' },
  { view: 'internal', title: 'Internal DNS, both products' },
];

function Dns({ view }: { view: SharedView }) {
  const records = view.result?.dns ?? [];
  return (
    <>
      {DNS_VIEWS.map(({ view: dnsView, title }) => (
        <table class="uc-table uc-records uc-shared-dns" key={dnsView}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Value</th>
              <th scope="col">Needed by</th>
            </tr>
          </thead>
          <tbody>
            {records
              .filter((entry) => entry.record.view === dnsView)
              .map((entry, index) => (
                <tr key={index}>
                  <td>
                    <code>
                      <Marked text={entry.record.name} matcher={view.matcher} />
                    </code>
                  </td>
                  <td>{entry.record.type}</td>
                  <td>
                    {entry.record.value === null ? (
                      <em>{entry.record.missing ?? 'missing'}</em>
                    ) : (
                      <code>
                        <Marked text={recordData(entry.record) ?? ''} matcher={view.matcher} />
                      </code>
                    )}
                  </td>
                  <td>{entry.products.map(label).join(', ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

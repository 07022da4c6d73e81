/** The certificates the plan needs: subject, every name with its reason and source, what it is assigned to, issuer. */
import type { PlannedCertificate } from '../../lib/planner/derived.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import type { Views } from '../stores/views.ts';
import type { Matcher } from '../ui/personal.ts';
import { Marked, NAME_BREAKS, PATH_BREAKS } from '../ui/Marked.tsx';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';

const PURPOSES = {
  serverAuth: 'Server authentication',
  clientAuth: 'Client authentication',
} as const;

const ISSUER = {
  public: 'Public CA',
  enterprise: 'Your enterprise CA',
  'self-signed': 'Self-signed (created by Exchange Setup)',
} as const;

export default function CertificateCard({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { derived, matcher, revision } = useView(views, product);
  return (
    <div
      class="not-content uc-island uc-certificates"
      id="uc-certificates"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      {derived.certificates.map((certificate) => (
        <Certificate certificate={certificate} matcher={matcher} key={certificate.id} />
      ))}
    </div>
  );
}

function Certificate({
  certificate,
  matcher,
}: {
  certificate: PlannedCertificate;
  matcher: Matcher;
}) {
  return (
    <article
      class={`uc-card${certificate.replace ? '' : ' uc-card-keep'}`}
      aria-label={certificate.purpose}
    >
      <h3 class="uc-card-title">{certificate.purpose}</h3>
      <dl class="uc-facts">
        <dt>Subject</dt>
        <dd>
          <code>
            <Marked text={certificate.subject} matcher={matcher} breaks={NAME_BREAKS} />
          </code>
        </dd>
        <dt>Issuer</dt>
        <dd>
          {ISSUER[certificate.authority]}
          {certificate.authority === 'self-signed' ? '' : `, RSA ${certificate.keySize}-bit`}
        </dd>
        <dt>Purpose (EKU)</dt>
        <dd>{certificate.extendedKeyUsage.map((purpose) => PURPOSES[purpose]).join(', ')}</dd>
        <dt>Private key</dt>
        <dd>{certificate.exportable ? 'Exportable' : 'Not exportable: it stays on the server'}</dd>
        <dt>Assigned to</dt>
        <dd>{certificate.usages.join(', ')}</dd>
        {certificate.servers.length > 0 ? (
          <>
            <dt>Servers</dt>
            <dd>
              <Marked text={certificate.servers.join(', ')} matcher={matcher} />
            </dd>
          </>
        ) : null}
      </dl>
      {certificate.sans.length > 0 ? (
        <table class="uc-table uc-names">
          <caption>Names on the certificate ({certificate.sans.length})</caption>
          <colgroup>
            <col class="uc-col-name" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Why it is there</th>
            </tr>
          </thead>
          <tbody>
            {certificate.sans.map((san, index) => (
              // Rows keep their place while names change as the reader types: update, not rebuild.
              <tr key={index}>
                <th scope="row">
                  <code class="uc-name">
                    <Marked text={san.name} matcher={matcher} breaks={NAME_BREAKS} />
                  </code>
                </th>
                <td>
                  <details class="uc-why">
                    <summary>
                      {san.reasons.length === 1 ? 'Why' : `Why (${san.reasons.length} reasons)`}
                      <span class="sr-only"> {san.name}</span>
                    </summary>
                    {san.reasons.map((reason, position) => (
                      <p key={position}>
                        <Marked text={reason.text} matcher={matcher} breaks={PATH_BREAKS} />{' '}
                        <span class="uc-source-note">
                          Source: <SourceLink id={reason.source} />
                        </span>
                      </p>
                    ))}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No names beyond the subject.</p>
      )}
      {certificate.notes.map((note) => (
        <p class="uc-card-note" key={note.rule}>
          {note.text}{' '}
          <span class="uc-source-note">
            Source: <SourceLink id={note.source} />
          </span>
        </p>
      ))}
    </article>
  );
}

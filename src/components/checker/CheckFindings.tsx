/** The comparison: which planned certificate, its names covered or not, the findings, the command. */
import type { CheckReport, Matcher } from './engine.ts';
import { SHELL_LABELS, partLines } from '../../lib/render/parts.ts';
import type { Severity } from '../../lib/planner/derived.ts';
import { CodeBlock } from '../ui/CodeBlock.tsx';
import { Marked } from '../ui/Marked.tsx';
import { SourceLink } from '../ui/SourceLink.tsx';

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

export function CheckFindings({ report, matcher }: { report: CheckReport; matcher: Matcher }) {
  const count = (severity: Severity) => {
    const total = report.findings.filter((finding) => finding.severity === severity).length;
    return `${total} ${NOUNS[severity][total === 1 ? 0 : 1]}`;
  };
  return (
    <section class="uc-findings" aria-label="Findings">
      <p class="uc-findings-summary" role="status">
        {count('error')}, {count('warning')}, {count('info')}.
      </p>
      <ul>
        {report.findings.map((finding, index) => (
          <li
            class={`uc-finding uc-finding-${finding.severity}`}
            key={`${finding.id}-${index}`}
            data-finding={finding.id}
          >
            <p>
              <strong class="uc-severity">{LABEL[finding.severity]}</strong>{' '}
              <Marked text={finding.message} matcher={matcher} />
            </p>
            <p class="uc-fix">
              Fix: <Marked text={finding.fix} matcher={matcher} />
            </p>
            {finding.commands ? (
              <CodeBlock
                code={partLines(finding.commands).join('\n')}
                label={SHELL_LABELS[finding.commands.shell]}
                matcher={matcher}
              />
            ) : null}
            <p class="uc-source-note">
              Source: <SourceLink id={finding.source} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Coverage({ report }: { report: CheckReport }) {
  const coverage = report.coverage;
  if (!coverage || (coverage.planned.length === 0 && coverage.extra.length === 0)) return null;
  return (
    <table class="uc-table uc-coverage">
      <caption>Planned names</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">On the file</th>
        </tr>
      </thead>
      <tbody>
        {coverage.planned.map((entry) => (
          <tr key={entry.name} data-name={entry.name}>
            <td>{entry.name}</td>
            <td class={entry.coveredBy === null ? 'uc-missing' : undefined}>
              {entry.coveredBy === null
                ? 'missing'
                : entry.coveredBy === entry.name
                  ? 'present'
                  : `covered by ${entry.coveredBy}`}
            </td>
          </tr>
        ))}
        {coverage.extra.map((name) => (
          <tr key={name} data-name={name}>
            <td>{name}</td>
            <td>not in the plan</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Activation({ report, matcher }: { report: CheckReport; matcher: Matcher }) {
  const activation = report.activation;
  if (!activation) return null;
  const label = `${SHELL_LABELS[activation.part.shell]}, on ${activation.runOn}`;
  return (
    <section class="uc-activation" aria-label="Enable the certificate">
      <h3>Put it to work</h3>
      <CodeBlock code={partLines(activation.part).join('\n')} label={label} matcher={matcher} />
      <ul>
        {activation.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

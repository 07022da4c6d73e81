/** The checker's report: the file in a sentence, the comparison, the command, the facts. */
import { chainText, fileSummary } from '../../lib/planner/compare/describe.ts';
import { Activation, CheckFindings, Coverage } from './CheckFindings.tsx';
import type { ReadState, PlanCertificates } from './engine.ts';
import { FactsTable } from './FactsTable.tsx';

/** The choice that compares with no planned certificate. */
const NO_PLAN = -1;

export function Report({
  state,
  source,
  onChoose,
}: {
  state: ReadState;
  source: string;
  onChoose: (value: string) => void;
}) {
  const { file, plan, report, choice } = state;
  const chain = chainText(file);
  const best = report.target ? label(report.target) : 'none of them shares a name with it';
  return (
    <div class="uc-checker-report">
      <p class="uc-checker-summary">
        Read {source}: {fileSummary(file)}.{chain ? ` Chain: ${chain}.` : ''}
      </p>
      {file.notices.map((notice) => (
        <div class="uc-notice" key={notice}>
          <p>{notice}</p>
        </div>
      ))}
      <div class="uc-field">
        <label for="uc-checker-choice">Compare with (your plan for {plan.domain})</label>
        <select
          id="uc-checker-choice"
          value={choice === null ? '' : String(choice)}
          onChange={(event) => onChoose(event.currentTarget.value)}
        >
          <option value="">Best match: {choice === null ? best : 'chosen by its names'}</option>
          {plan.targets.map((target, index) => (
            <option value={String(index)} key={index}>
              {label(target)}
            </option>
          ))}
          <option value={String(NO_PLAN)}>No planned certificate</option>
        </select>
      </div>
      <CheckFindings report={report} matcher={plan.matcher} />
      <Coverage report={report} />
      <Activation report={report} matcher={plan.matcher} />
      {file.items.map((item, index) => (
        <FactsTable
          key={index}
          item={item}
          caption={`${index === report.subject ? 'Compared: ' : ''}item ${index + 1} of ${file.items.length}`}
        />
      ))}
    </div>
  );
}

const label = ({ derived, certificate }: PlanCertificates['targets'][number]) =>
  `${derived.product.label}: ${certificate.purpose} (${certificate.commonName})`;

/** The runbook: ordered steps with where to run them, why, the commands and what to watch. */
import { renderScript, renderStatement } from '../../lib/render/powershell.ts';
import type { ExchangeVersion, Step } from '../../lib/planner/index.ts';
import type { Matcher } from '../../lib/personal.ts';
import { CodeBlock } from '../ui/CodeBlock.tsx';
import { downloadText } from '../ui/download.ts';
import { Marked } from '../ui/Marked.tsx';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useReady } from '../ui/hooks.ts';
import { useView } from '../ui/use-view.ts';

const SHELLS: Record<Step['shell'], string> = {
  exchange: 'Exchange Management Shell',
  'exchange-edge': 'Exchange Management Shell on the Edge server',
  'exchange-2007': 'Exchange 2007 Management Shell',
  windows: 'Windows PowerShell, as administrator',
  none: 'no shell',
};

export default function RunbookSteps({ version }: { version: ExchangeVersion }) {
  const ready = useReady();
  const { plan, derived, matcher, revision } = useView(version);
  const fileName = `uc-runbook-${plan.domains.primary}-exchange-${version}.ps1`;
  return (
    <div
      class="not-content uc-island uc-runbook"
      data-ready={ready ? '' : undefined}
      data-revision={revision}
    >
      <div class="uc-actions">
        <button
          type="button"
          class="uc-button uc-button-primary"
          onClick={() =>
            downloadText(
              fileName,
              renderScript(derived, `${plan.domains.primary}, ${derived.product.label}`),
            )
          }
        >
          Download the whole runbook (.ps1)
        </button>
      </div>
      <ol class="uc-steps">
        {derived.steps.map((step) => (
          <StepItem step={step} matcher={matcher} key={step.id} />
        ))}
      </ol>
    </div>
  );
}

function StepItem({ step, matcher }: { step: Step; matcher: Matcher }) {
  return (
    <li class="uc-step" id={`step-${step.id}`}>
      <h3 class="uc-step-title">
        <Marked text={step.title} matcher={matcher} />
      </h3>
      <p class="uc-step-where">
        Run on: <Marked text={step.runOn} matcher={matcher} /> ({SHELLS[step.shell]})
      </p>
      <p>{step.why}</p>
      {step.commands.length > 0 ? (
        <CodeBlock
          code={step.commands.map(renderStatement).join('\n')}
          label={step.title}
          matcher={matcher}
        />
      ) : null}
      {step.notes.length > 0 ? (
        <ul class="uc-notes">
          {step.notes.map((note, index) => (
            <li key={index}>
              <Marked text={note} matcher={matcher} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="uc-source-note">
        Sources:{' '}
        {step.sources.map((source, index) => (
          <span key={source}>
            {index > 0 ? '; ' : ''}
            <SourceLink id={source} />
          </span>
        ))}
      </p>
    </li>
  );
}

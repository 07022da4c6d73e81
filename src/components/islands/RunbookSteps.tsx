/** The runbook: ordered steps with where to run them, why, each part (commands, files, clicks) and what to watch. */
import type { ProductId } from '../../lib/planner/products.ts';
import type { Step, StepPart } from '../../lib/planner/derived.ts';
import { partLines, SHELL_LABELS, stepShell, wizardActionText } from '../../lib/render/parts.ts';
import { renderInf } from '../../lib/render/inf.ts';
import { renderScript } from '../../lib/render/script.ts';
import type { Views } from '../stores/views.ts';
import { CodeBlock } from '../ui/CodeBlock.tsx';
import { downloadText } from '../ui/download.ts';
import { useReady } from '../ui/hooks.ts';
import { Marked, PATH_BREAKS } from '../ui/Marked.tsx';
import type { Matcher } from '../ui/personal.ts';
import { SourceLink } from '../ui/SourceLink.tsx';
import { stepAnchor, useStepLinks } from '../ui/step-links.ts';
import { useView } from '../ui/use-view.ts';
import { ChecklistProgress } from '../checklist/ChecklistProgress.tsx';
import { StepCheck } from '../checklist/StepCheck.tsx';
import { useChecklist, type Checklist } from '../checklist/use-checklist.ts';

export default function RunbookSteps({ product, views }: { product: ProductId; views: Views }) {
  const ready = useReady();
  const { plan, derived, matcher, revision } = useView(views, product);
  const fileName = `uc-runbook-${plan.domains.primary}-${product}.ps1`;
  useStepLinks(derived.steps);
  const checklist = useChecklist(plan, product, derived.steps);
  return (
    <div
      class="not-content uc-island uc-runbook"
      id="uc-runbook"
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
        <ChecklistProgress checklist={checklist} />
      </div>
      <ol class="uc-steps">
        {derived.steps.map((step, index) => (
          <StepItem
            step={step}
            number={index + 1}
            matcher={matcher}
            checklist={checklist}
            key={step.id}
          />
        ))}
      </ol>
    </div>
  );
}

function StepItem({
  step,
  number,
  matcher,
  checklist,
}: {
  step: Step;
  number: number;
  matcher: Matcher;
  checklist: Checklist;
}) {
  const anchor = stepAnchor(step);
  return (
    <li class="uc-step" id={anchor}>
      <h3 class="uc-step-title">
        <StepCheck step={step} checklist={checklist} />
        <span class="uc-step-number">{number}.</span> <Marked text={step.title} matcher={matcher} />{' '}
        <a class="uc-step-anchor" href={`#${anchor}`} aria-label={`Link to step ${number}`}>
          #
        </a>
      </h3>
      <p class="uc-step-where">
        Run on: <Marked text={step.runOn} matcher={matcher} breaks={PATH_BREAKS} /> (
        {SHELL_LABELS[stepShell(step) ?? 'none']})
      </p>
      <p>{step.why}</p>
      {step.parts.map((part, index) => (
        <Part part={part} label={`Step ${number} commands`} matcher={matcher} key={index} />
      ))}
      {step.notes.length > 0 ? (
        <ul class="uc-notes">
          {step.notes.map((note, index) => (
            <li key={index}>
              <Marked text={note} matcher={matcher} breaks={PATH_BREAKS} />
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

/** Each kind of part, once: commands and INF files as code, wizard clicks and instructions as lists. */
function Part({ part, label, matcher }: { part: StepPart; label: string; matcher: Matcher }) {
  switch (part.kind) {
    case 'powershell':
      return (
        <CodeBlock
          code={partLines(part).join('\n')}
          label={label}
          caption={SHELL_LABELS[part.shell]}
          matcher={matcher}
        />
      );
    case 'inf':
      return (
        <div class="uc-inf">
          <CodeBlock
            code={partLines(part).join('\n')}
            label={part.fileName}
            matcher={matcher}
            plain
          />
          <button
            type="button"
            class="uc-button"
            onClick={() => downloadText(part.fileName, renderInf(part.request))}
          >
            Download {part.fileName}
          </button>
        </div>
      );
    case 'wizard':
      return (
        <div class="uc-wizard">
          <p>
            In <strong>{part.tool}</strong>:
          </p>
          <ol>
            {part.actions.map((action, index) => (
              <li key={index}>
                <Marked text={wizardActionText(action)} matcher={matcher} breaks={PATH_BREAKS} />
              </li>
            ))}
          </ol>
        </div>
      );
    case 'instructions':
      return (
        <ul class="uc-instructions">
          {part.items.map((item, index) => (
            <li key={index}>
              <Marked text={item} matcher={matcher} breaks={PATH_BREAKS} />
            </li>
          ))}
        </ul>
      );
  }
}

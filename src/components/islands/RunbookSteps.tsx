/** The runbook: ordered steps with where to run them, why, each part (commands, files, clicks) and what to watch. */
import type { ProductId } from '../../lib/planner/products.ts';
import { renderScript } from '../../lib/render/script.ts';
import type { Views } from '../stores/views.ts';
import { CodeBlock } from '../ui/CodeBlock.tsx';
import { downloadText } from '../ui/download.ts';
import { useReady } from '../ui/hooks.ts';
import { Marked, PATH_BREAKS } from '../ui/Marked.tsx';
import { Memo } from '../ui/Memo.tsx';
import { signature, type Matcher } from '../ui/personal.ts';
import { SourceLink } from '../ui/SourceLink.tsx';
import { useStepLinks } from '../ui/step-links.ts';
import { stepView, type PartView, type StepView } from '../ui/step-view.ts';
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
        {derived.steps.map((step, index) => {
          const view = stepView(step, index + 1);
          const ticked = checklist.ticked(step);
          return (
            // Most steps read the same after a keystroke: those render once, not on every change.
            <Memo signature={`${ticked}${signature(view, matcher)}`} key={step.id}>
              <StepItem view={view} ticked={ticked} matcher={matcher} checklist={checklist} />
            </Memo>
          );
        })}
      </ol>
    </div>
  );
}

function StepItem({
  view,
  ticked,
  matcher,
  checklist,
}: {
  view: StepView;
  ticked: boolean;
  matcher: Matcher;
  checklist: Checklist;
}) {
  const { anchor, number } = view;
  return (
    <li class="uc-step" id={anchor}>
      <h3 class="uc-step-title">
        <StepCheck stepId={view.id} title={view.title} ticked={ticked} checklist={checklist} />
        <span class="uc-step-number">{`${number}.`}</span>{' '}
        <Marked text={view.title} matcher={matcher} />{' '}
        <a class="uc-step-anchor" href={`#${anchor}`} aria-label={`Link to step ${number}`}>
          #
        </a>
      </h3>
      <p class="uc-step-where">
        Run on: <Marked text={view.runOn} matcher={matcher} breaks={PATH_BREAKS} /> ({view.shell})
      </p>
      <p>{view.why}</p>
      {view.parts.map((part, index) => (
        <Part part={part} label={`Step ${number} commands`} matcher={matcher} key={index} />
      ))}
      {view.notes.length > 0 ? (
        <ul class="uc-notes">
          {view.notes.map((note, index) => (
            <li key={index}>
              <Marked text={note} matcher={matcher} breaks={PATH_BREAKS} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="uc-source-note">
        Sources:{' '}
        {view.sources.map((source, index) => (
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
function Part({ part, label, matcher }: { part: PartView; label: string; matcher: Matcher }) {
  switch (part.kind) {
    case 'powershell':
      return <CodeBlock code={part.code} label={label} caption={part.caption} matcher={matcher} />;
    case 'inf':
      return (
        <div class="uc-inf">
          <CodeBlock code={part.code} label={part.fileName} matcher={matcher} plain />
          <button
            type="button"
            class="uc-button"
            onClick={() => downloadText(part.fileName, part.file)}
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
                <Marked text={action} matcher={matcher} breaks={PATH_BREAKS} />
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

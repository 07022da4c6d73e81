/**
 * A product's steps for paper: each with its number, where it runs, why, every part (commands,
 * INF file, wizard clicks, instructions) and what to check. The parts are written by the same
 * renderers as the guides and the .ps1 (render/parts.ts); only the presentation is the runbook's.
 */
import type { Step, StepPart } from '../../lib/planner/derived.ts';
import { PRODUCTS } from '../../lib/planner/products.ts';
import { partLines, SHELL_LABELS, stepShell, wizardActionText } from '../../lib/render/parts.ts';
import { SourceLink } from '../ui/SourceLink.tsx';
import { PrintCode, Prose } from './PrintCode.tsx';

export function StepList({ steps, anchor }: { steps: Step[]; anchor: string }) {
  return (
    <ol class="uc-rb-steps">
      {steps.map((step, index) => (
        <li class="uc-rb-step" id={`${anchor}-step-${step.id}`} key={step.id}>
          <h3>
            {index + 1}. {step.title}
          </h3>
          <p class="uc-rb-where">
            <strong>Run on:</strong> {step.runOn} ({SHELL_LABELS[stepShell(step) ?? 'none']})
          </p>
          <p class="uc-rb-why">
            <strong>Why:</strong> <Prose text={step.why} />
          </p>
          {step.parts.map((part, position) => (
            <Part part={part} step={step} key={position} />
          ))}
          {step.notes.length > 0 ? (
            <div class="uc-rb-check">
              <p>
                <strong>Check and watch for:</strong>
              </p>
              <ul>
                {step.notes.map((note, position) => (
                  <li key={position}>
                    <Prose text={note} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p class="uc-source-note">
            Sources:{' '}
            {step.sources.map((source, position) => (
              <span key={source}>
                {position > 0 ? '; ' : ''}
                <SourceLink id={source} />
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Part({ part, step }: { part: StepPart; step: Step }) {
  switch (part.kind) {
    case 'powershell':
      return (
        <PrintCode
          lines={partLines(part)}
          label={`${SHELL_LABELS[part.shell]}${part.product ? `, ${PRODUCTS[part.product].label}` : ''}`}
        />
      );
    case 'inf':
      return <PrintCode lines={partLines(part)} label={`${part.fileName} (certreq INF file)`} />;
    case 'wizard':
      return (
        <div class="uc-rb-wizard">
          <p>
            In <strong>{part.tool}</strong>:
          </p>
          <ol>
            {part.actions.map((action, position) => (
              <li key={position}>
                <Prose text={wizardActionText(action)} />
              </li>
            ))}
          </ol>
        </div>
      );
    case 'instructions':
      return (
        <ul class="uc-rb-instructions" aria-label={`${step.title}: what to do`}>
          {part.items.map((item, position) => (
            <li key={position}>
              <Prose text={item} />
            </li>
          ))}
        </ul>
      );
  }
}

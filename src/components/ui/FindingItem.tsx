/** One finding as a list item: severity, message, fix and source (the findings panel, the shared-certificate page). */
import type { Finding } from '../../lib/planner/derived.ts';
import { Marked } from './Marked.tsx';
import type { Matcher } from './personal.ts';
import { SourceLink } from './SourceLink.tsx';

export const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export function FindingItem({ finding, matcher }: { finding: Finding; matcher: Matcher }) {
  return (
    <li class={`uc-finding uc-finding-${finding.severity}`}>
      <p>
        <strong class="uc-severity">{SEVERITY_LABEL[finding.severity]}</strong>{' '}
        <Marked text={finding.message} matcher={matcher} />
      </p>
      <p class="uc-fix">
        Fix: <Marked text={finding.fix} matcher={matcher} />
      </p>
      <p class="uc-source-note">
        Source: <SourceLink id={finding.source} />
      </p>
    </li>
  );
}

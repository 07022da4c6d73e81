/** One finding as a list item: severity, message, fix and source (the findings panel, the shared-certificate page). */
import type { Finding } from '../../lib/planner/derived.ts';
import { Marked, PATH_BREAKS } from './Marked.tsx';
import type { Matcher } from './personal.ts';
import { SourceLink } from './SourceLink.tsx';

export const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** `id` makes the item a target of the findings summary's links (focusable, not tabbable). */
export function FindingItem({
  finding,
  matcher,
  id,
}: {
  finding: Finding;
  matcher: Matcher;
  id?: string;
}) {
  return (
    <li
      class={`uc-finding uc-finding-${finding.severity}`}
      id={id}
      tabIndex={id === undefined ? undefined : -1}
    >
      <p>
        <strong class="uc-severity">{SEVERITY_LABEL[finding.severity]}</strong>{' '}
        <Marked text={finding.message} matcher={matcher} breaks={PATH_BREAKS} />
      </p>
      <p class="uc-fix">
        Fix: <Marked text={finding.fix} matcher={matcher} breaks={PATH_BREAKS} />
      </p>
      <p class="uc-source-note">
        Source: <SourceLink id={finding.source} />
      </p>
    </li>
  );
}

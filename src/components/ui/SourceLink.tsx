import { SOURCES, type SourceId } from '../../lib/planner/index.ts';

/** A link to the document a rule comes from, named by its title. */
export function SourceLink({ id }: { id: SourceId }) {
  const source = SOURCES[id];
  return (
    <a class="uc-source" href={source.url} rel="noreferrer noopener" target="_blank">
      {source.title}
    </a>
  );
}

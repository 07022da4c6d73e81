import { Component } from 'preact';
import { SOURCES, type SourceId } from '../../lib/planner/sources.ts';

/**
 * A link to the document a rule comes from, named by its title. A source's link never changes,
 * so re-renders while the reader types skip it.
 */
export class SourceLink extends Component<{ id: SourceId }> {
  override shouldComponentUpdate(next: { id: SourceId }): boolean {
    return next.id !== this.props.id;
  }

  override render({ id }: { id: SourceId }) {
    const source = SOURCES[id];
    return (
      <a class="uc-source" href={source.url} rel="noreferrer noopener" target="_blank">
        {source.title}
      </a>
    );
  }
}

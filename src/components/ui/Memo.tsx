/**
 * A subtree rendered again only when its signature changes. The planner derives new objects on
 * every keystroke, so props never compare equal by identity; a signature built from what the
 * subtree shows (ui/personal.ts `signature`) lets Preact skip the parts of a page that a change
 * leaves as they were, which is most of a runbook when one field changes.
 */
import { Component, type ComponentChildren } from 'preact';

export class Memo extends Component<{ signature: string; children: ComponentChildren }> {
  override shouldComponentUpdate(next: { signature: string }): boolean {
    return next.signature !== this.props.signature;
  }

  override render() {
    return this.props.children;
  }
}

/**
 * Where the reader is looking (it stays in view at the top of the form): whether the plan is
 * saved, and while a field blocks part of it, which field, with a link that jumps there and a way
 * to drop the unsaved changes. The other fields are saved meanwhile (stores/draft.ts).
 */
import { $issues, $unsaved, discardDraft } from '../stores/draft.ts';
import { idForKey } from '../ui/fields.tsx';
import { useHydrated } from '../ui/hooks.ts';

const NO_ISSUES: Readonly<Record<string, string>> = {};

/** The label the field carries on the page (the path when it is not on the page). */
function labelOf(id: string, key: string): string {
  if (typeof document === 'undefined') return key;
  return document.querySelector(`label[for="${id}"]`)?.textContent ?? key;
}

function jumpTo(event: Event, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

export function DraftStatus() {
  const issues = Object.entries(useHydrated($issues, () => NO_ISSUES));
  const unsaved = useHydrated($unsaved, () => false);
  if (!unsaved || issues.length === 0)
    return (
      <p class="uc-draft-status" role="status">
        Saved in this browser. The guides use this plan.
      </p>
    );
  return (
    <div class="uc-draft-status uc-draft-status-blocked" role="status">
      <p>
        <strong>
          {issues.length === 1 ? 'One field needs' : `${issues.length} fields need`} fixing.
        </strong>{' '}
        Everything else is saved; {issues.length === 1 ? 'this field keeps' : 'these keep'} the last
        valid value until then, and what you typed stays here, even after a reload.
      </p>
      <ul>
        {issues.map(([key, message]) => {
          const id = idForKey('editor', key);
          return (
            <li key={key}>
              <a href={`#${id}`} onClick={(event) => jumpTo(event, id)}>
                {labelOf(id, key)}
              </a>
              : {message}
            </li>
          );
        })}
      </ul>
      <button type="button" class="uc-button" onClick={discardDraft}>
        Discard what is not saved
      </button>
    </div>
  );
}

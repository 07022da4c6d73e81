/** Lists in the editor: rows that can be added and removed, with focus moved to a new row. */
import type { ComponentChildren } from 'preact';
import { draftOf, getIn, type Path } from './plan-edit.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { $draft, addItem, removeItemAt } from '../stores/draft.ts';
import { idFor, TextField } from '../ui/fields.tsx';
import { useHydrated } from '../ui/hooks.ts';

const EXAMPLE_DRAFT = draftOf(EXAMPLE_PLAN);

/** The value at `path` in the draft (the example plan's before hydration). */
export function useDraftValue(path: Path): unknown {
  const draft = useHydrated($draft, () => EXAMPLE_DRAFT);
  return getIn(draft, path);
}

/** The list at `path` in the draft (empty when absent). */
export function useList(path: Path): unknown[] {
  const draft = useHydrated($draft, () => EXAMPLE_DRAFT);
  const list = getIn(draft, path);
  return Array.isArray(list) ? list : [];
}

/** Adds a row, then puts the keyboard focus in its first field (`focusPath` gives its path). */
export function addRow(path: Path, item: unknown, focusPath: (index: number) => Path): void {
  const list = getIn($draft.get(), path);
  const index = Array.isArray(list) ? list.length : 0;
  addItem(path, item);
  focusWhenRendered(idFor('editor', focusPath(index)));
}

/** Islands re-render a moment after the store changes (batched), so wait for the new row. */
function focusWhenRendered(id: string, framesLeft = 30): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenRendered(id, framesLeft - 1));
}

export function RemoveButton({ path, index, label }: { path: Path; index: number; label: string }) {
  return (
    <button
      type="button"
      class="uc-button uc-button-quiet"
      onClick={() => removeItemAt(path, index)}
      aria-label={label}
    >
      Remove
    </button>
  );
}

/** A list of host names (additional domains, extra certificate names). */
export function NameList({
  path,
  label,
  addLabel,
  hint,
}: {
  path: Path;
  label: string;
  addLabel: string;
  hint?: ComponentChildren;
}) {
  const items = useList(path);
  return (
    <fieldset class="uc-list">
      <legend>{label}</legend>
      {hint ? <p class="uc-hint">{hint}</p> : null}
      {items.map((_, index) => (
        <div class="uc-row" key={index}>
          <TextField
            idPrefix="editor"
            path={[...path, index]}
            label={`${label}, entry ${index + 1}`}
          />
          <RemoveButton
            path={path}
            index={index}
            label={`Remove ${label.toLowerCase()} entry ${index + 1}`}
          />
        </div>
      ))}
      <button
        type="button"
        class="uc-button uc-button-add"
        onClick={() => addRow(path, '', (index) => [...path, index])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

/** Servers: computer name and internal address per row; `noun` names one row ("Edge server"). */
export function ServerList({
  path,
  label,
  noun,
  addLabel,
  hint,
}: {
  path: Path;
  label: string;
  noun: string;
  addLabel: string;
  hint?: ComponentChildren;
}) {
  const items = useList(path);
  return (
    <fieldset class="uc-list">
      <legend>{label}</legend>
      {hint ? <p class="uc-hint">{hint}</p> : null}
      {items.length > 0 ? (
        <div class="uc-server-grid">
          <div class="uc-server-head" aria-hidden="true">
            <span>Name</span>
            <span>Internal IPv4</span>
          </div>
          {items.map((_, index) => (
            <div class="uc-row" key={index}>
              <TextField
                idPrefix="editor"
                path={[...path, index, 'name']}
                label={`${noun} ${index + 1} name`}
                labelHidden
                placeholder="EX01"
              />
              <TextField
                idPrefix="editor"
                path={[...path, index, 'ip']}
                label={`${noun} ${index + 1} internal IPv4`}
                labelHidden
                inputMode="decimal"
                placeholder="10.0.0.11"
              />
              <RemoveButton
                path={path}
                index={index}
                label={`Remove ${noun.toLowerCase()} ${index + 1}`}
              />
            </div>
          ))}
        </div>
      ) : null}
      <button
        type="button"
        class="uc-button uc-button-add"
        onClick={() => addRow(path, { name: '', ip: '' }, (index) => [...path, index, 'name'])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

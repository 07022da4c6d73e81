/**
 * Form controls bound to the plan draft by path. Each shows its own validation message, announced
 * politely as the reader types; a problem in one field never blocks the rest of the page.
 */
import type { ComponentChildren } from 'preact';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import { draftOf, getIn, pathKey, type Path } from '../editor/plan-edit.ts';
import { $draft, $issues, setField } from '../stores/draft.ts';
import { useHydrated } from './hooks.ts';

const EXAMPLE_DRAFT = draftOf(EXAMPLE_PLAN);
const NO_ISSUES: Readonly<Record<string, string>> = {};

interface FieldProps {
  idPrefix: string;
  path: Path;
  label: string;
  hint?: ComponentChildren;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url';
  width?: 'short' | 'medium' | 'long';
  /** The label is for assistive technology only (a grid shows it once, as a column head). */
  labelHidden?: boolean;
}

/** The element id of the control for `path`: stable, so code can move the focus to it. */
export const idFor = (prefix: string, path: Path) => idForKey(prefix, pathKey(path));

/** The same id from a path as parsePlan's issues write it (`exchange.sites[0].name`). */
export const idForKey = (prefix: string, key: string) =>
  `${prefix}-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;

function useField(path: Path) {
  const draft = useHydrated($draft, () => EXAMPLE_DRAFT);
  const issues = useHydrated($issues, () => NO_ISSUES);
  return { value: getIn(draft, path), error: issues[pathKey(path)] };
}

function Messages({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint ? (
        <p class="uc-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <p class="uc-error" id={`${id}-error`} aria-live="polite">
        {error ?? ''}
      </p>
    </>
  );
}

const describedBy = (id: string, hint: unknown) =>
  [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');

export function TextField({
  idPrefix,
  path,
  label,
  hint,
  placeholder,
  inputMode = 'text',
  width = 'medium',
  labelHidden = false,
}: FieldProps) {
  const { value, error } = useField(path);
  const id = idFor(idPrefix, path);
  return (
    <div class={`uc-field uc-field-${width}`}>
      <label for={id} class={labelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value === null || value === undefined ? '' : String(value)}
        placeholder={placeholder}
        spellcheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy(id, hint)}
        onInput={(event) => setField(path, event.currentTarget.value)}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function NumberField({ idPrefix, path, label, hint }: FieldProps) {
  const { value, error } = useField(path);
  const id = idFor(idPrefix, path);
  return (
    <div class="uc-field uc-field-short">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        value={value === null || value === undefined ? '' : String(value)}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy(id, hint)}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setField(path, text === '' ? undefined : Number(text));
        }}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField<T extends string | number>({
  idPrefix,
  path,
  label,
  hint,
  options,
}: FieldProps & { options: readonly { value: T; label: string }[] }) {
  const { value, error } = useField(path);
  const id = idFor(idPrefix, path);
  return (
    <div class="uc-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy(id, hint)}
        onChange={(event) => {
          const chosen = options.find(
            (option) => String(option.value) === event.currentTarget.value,
          );
          if (chosen) setField(path, chosen.value);
        }}
      >
        {options.map((option) => (
          <option value={String(option.value)} key={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({ idPrefix, path, label, hint }: FieldProps) {
  const { value, error } = useField(path);
  const id = idFor(idPrefix, path);
  return (
    <div class="uc-field uc-field-check">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        aria-describedby={describedBy(id, hint)}
        onChange={(event) => setField(path, event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** The checklist of one guide's runbook: ticks read after hydration, written on every change. */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Step } from '../../lib/planner/derived.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import { checklistKey, isTicked, readTicks, toggle, writeTicks, type Ticks } from './checklist.ts';

export interface Checklist {
  ticked(step: Step): boolean;
  /**
   * Ticks or unticks the step with this id as the runbook reads now. It reads the latest ticks and
   * steps when called, so a step that skipped rendering (ui/Memo.tsx) still toggles the right state.
   */
  toggle(stepId: string): void;
  done: number;
  total: number;
}

export function useChecklist(plan: Plan, product: ProductId, steps: readonly Step[]): Checklist {
  const key = checklistKey(plan, product);
  // The server (and the first client render) shows no ticks: storage is read once hydrated, and
  // then in the same render as a change of plan (a new key), not in an effect that would render
  // the whole runbook a second time on every keystroke in the primary domain.
  const [hydrated, setHydrated] = useState(false);
  const [, changed] = useReducer((count: number) => count + 1, 0);
  const read = useRef<{ key: string; ticks: Ticks } | null>(null);
  if (hydrated && read.current?.key !== key) read.current = { key, ticks: readTicks(key) };
  const ticks = hydrated && read.current ? read.current.ticks : {};
  const latest = useRef({ key, ticks, steps });
  latest.current = { key, ticks, steps };

  useEffect(() => {
    setHydrated(true);
    const onStorage = (event: StorageEvent) => {
      const { key: current } = latest.current;
      if (event.key !== current) return;
      read.current = { key: current, ticks: readTicks(current) };
      changed(undefined);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    ticked: (step) => isTicked(ticks, step),
    toggle: (stepId) => {
      const { key: current, ticks: now, steps: shown } = latest.current;
      const step = shown.find((candidate) => candidate.id === stepId);
      if (!step) return;
      const next = toggle(now, step, shown);
      writeTicks(current, next);
      read.current = { key: current, ticks: next };
      changed(undefined);
    },
    done: steps.filter((step) => isTicked(ticks, step)).length,
    total: steps.length,
  };
}

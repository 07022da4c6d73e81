/** The checklist of one guide's runbook: ticks read after hydration, written on every change. */
import { useEffect, useState } from 'preact/hooks';
import type { Step } from '../../lib/planner/derived.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import { checklistKey, isTicked, readTicks, toggle, writeTicks, type Ticks } from './checklist.ts';

export interface Checklist {
  ticked(step: Step): boolean;
  toggle(step: Step): void;
  done: number;
  total: number;
}

export function useChecklist(plan: Plan, product: ProductId, steps: readonly Step[]): Checklist {
  const key = checklistKey(plan, product);
  // The server (and the first client render) shows no ticks: storage is read once hydrated.
  const [state, setState] = useState<{ key: string; ticks: Ticks } | null>(null);
  useEffect(() => {
    setState({ key, ticks: readTicks(key) });
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setState({ key, ticks: readTicks(key) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);
  const ticks = state?.key === key ? state.ticks : {};
  return {
    ticked: (step) => isTicked(ticks, step),
    toggle: (step) => {
      const next = toggle(ticks, step, steps);
      writeTicks(key, next);
      setState({ key, ticks: next });
    },
    done: steps.filter((step) => isTicked(ticks, step)).length,
    total: steps.length,
  };
}

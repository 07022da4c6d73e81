/**
 * Store hooks for islands. The server renders every island with the example plan (so pages read
 * well without JavaScript); the first client render must match it, and the reader's plan follows
 * right after hydration. `ready` marks that moment: until then CSS keeps personalised islands
 * invisible when the reader has a saved plan, so the example never flashes before their values.
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { EXAMPLE_PLAN, derive, type Derived, type ExchangeVersion } from '../../lib/planner/index.ts';
import { personalMatcher, personalValues, type Matcher } from '../../lib/personal.ts';
import { derivedFor } from '../stores/derived.ts';
import { $personal } from '../stores/personal.ts';

const exampleDerived = new Map<ExchangeVersion, Derived>();
const exampleMatcher = personalMatcher(personalValues(EXAMPLE_PLAN));

export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}

export function useDerived(version: ExchangeVersion): Derived {
  return useStore(derivedFor(version), {
    ssr: () => {
      let derived = exampleDerived.get(version);
      if (!derived) exampleDerived.set(version, (derived = derive(EXAMPLE_PLAN, version)));
      return derived;
    },
  });
}

export function usePersonal(): Matcher {
  return useStore($personal, { ssr: () => exampleMatcher });
}

/** A store read with the example plan's value on the server and during hydration. */
export function useHydrated<T>(store: ReadableAtom<T>, serverValue: () => T): T {
  return useStore(store, { ssr: serverValue });
}

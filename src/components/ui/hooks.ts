/**
 * Store hooks for islands. The server renders every island with the example plan (so pages read
 * well without JavaScript); the first client render must match it, and the reader's plan follows
 * right after hydration. `ready` marks that moment: until then CSS keeps personalised islands
 * invisible when the reader has a saved plan, so the example never flashes before their values.
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import type { ExchangeVersion } from '../../lib/planner/index.ts';
import { exampleView, viewFor, type IslandView } from '../stores/derived.ts';

export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}

/** Everything an output island shows, from one store: one render per plan change. */
export function useView(version: ExchangeVersion): IslandView {
  return useStore(viewFor(version), { ssr: () => exampleView(version) });
}

/** A store read with the example plan's value on the server and during hydration. */
export function useHydrated<T>(store: ReadableAtom<T>, serverValue: () => T): T {
  return useStore(store, { ssr: serverValue });
}

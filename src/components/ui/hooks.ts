/**
 * Store hooks for islands. The server renders every island with the example plan (so pages read
 * well without JavaScript); the first client render must match it, and the reader's plan follows
 * right after hydration. `ready` marks that moment: until then CSS keeps personalised islands
 * invisible when the reader has a saved plan, so the example never flashes before their values.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready;
}

/**
 * A store read with the example plan's value on the server and during hydration, and its live
 * value from then on. Unlike @nanostores/preact's useStore, which defers each subscriber's
 * re-render to a timer of its own (so the islands on a page render in separate tasks, and the
 * browser may lay out and paint the page between them), a change re-renders at once: Preact
 * batches every island's update into one render pass, so a keystroke costs one frame.
 */
export function useHydrated<T>(store: ReadableAtom<T>, serverValue: () => T): T {
  const [hydrated, setHydrated] = useState(false);
  const [, setChanges] = useState(0);
  useEffect(() => {
    setHydrated(true);
    return store.listen(() => setChanges((changes) => changes + 1));
  }, [store]);
  return hydrated ? store.get() : serverValue();
}

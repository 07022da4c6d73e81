/**
 * localStorage, guarded. Private modes may throw on access, quotas may throw on write, and the
 * server has no storage at all; every one of those cases degrades to "nothing saved" instead of
 * an exception in an island.
 */
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { STORAGE_PREFIX } from './keys.ts';

export { STORAGE_PREFIX };

function available(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A storage object nanostores/persistent can use as a plain record, with every access guarded. */
function guardedEngine(storage: Storage): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    get: (_target, key) =>
      typeof key === 'string' ? safely(() => storage.getItem(key) ?? undefined) : undefined,
    has: (_target, key) =>
      typeof key === 'string' && safely(() => storage.getItem(key) !== null) === true,
    set: (_target, key, value) => {
      if (typeof key === 'string') safely(() => storage.setItem(key, String(value)));
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') safely(() => storage.removeItem(key));
      return true;
    },
  });
}

function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

const storage = available();
if (storage && typeof window !== 'undefined')
  setPersistentEngine(guardedEngine(storage), windowPersistentEvents);

export function readItem(key: string): string | null {
  return storage ? (safely(() => storage.getItem(key)) ?? null) : null;
}

/** Stores a value; false when it could not be stored (no storage, or the quota is used up). */
export function writeItem(key: string, value: string): boolean {
  if (!storage) return false;
  return (
    safely(() => {
      storage.setItem(key, value);
      return true;
    }) ?? false
  );
}

export function removeItem(key: string): void {
  if (storage) safely(() => storage.removeItem(key));
}

/** Every key this site wrote (for "Clear my data"). */
export function ownKeys(): string[] {
  if (!storage) return [];
  return (
    safely(() =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').filter((key) =>
        key.startsWith(STORAGE_PREFIX),
      ),
    ) ?? []
  );
}

/**
 * Plans saved by earlier releases, brought forward once, before any store reads them. A plan v1
 * saved under `plan:v1` (or set aside under `plan:v1:set-aside`) is migrated to plan v2 by the plan
 * reader and saved under the v2 key; the original text is kept aside under `…:original`, never
 * deleted, and is cleared with the rest by "Clear my data". Unreadable old data is carried over
 * as it is, so the v2 store reports it as damaged and keeps it aside like any other.
 */
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import { PLAN_KEY, PLAN_V1_KEY } from './keys.ts';
import { readItem, removeItem, STORAGE_PREFIX, writeItem } from './storage.ts';

export const STORAGE_GENERATIONS = [
  { from: PLAN_V1_KEY, to: PLAN_KEY },
  { from: `${STORAGE_PREFIX}plan:v1:set-aside`, to: `${STORAGE_PREFIX}plan:v2:set-aside` },
] as const;

export const originalKey = (key: string) => `${key}:original`;

export function migrateStoredPlans(): void {
  for (const { from, to } of STORAGE_GENERATIONS) {
    const old = readItem(from);
    if (old === null) continue;
    if (readItem(to) === null) writeItem(to, migrated(old));
    writeItem(originalKey(from), old);
    removeItem(from);
  }
}

function migrated(text: string): string {
  try {
    const result = parsePlan(JSON.parse(text));
    return result.ok ? JSON.stringify(result.plan) : text;
  } catch {
    return text;
  }
}

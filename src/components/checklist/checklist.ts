/**
 * Checklists: which runbook steps the reader has ticked, per plan and product, in this browser
 * only. A tick is stored with a fingerprint of what the step asks for (its rendered parts and
 * notes), so a plan change that rewrites a step's commands un-ticks that step and keeps every
 * other tick: done work stays done, changed work shows as to do.
 *
 * The plan is identified by its primary domain (what names the organisation in every guide), so
 * edits to servers or addresses keep the checklist, and another organisation's plan gets its own.
 */
import type { Step } from '../../lib/planner/derived.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { ProductId } from '../../lib/planner/products.ts';
import { partLines } from '../../lib/render/parts.ts';
import { readItem, STORAGE_PREFIX, writeItem } from '../stores/storage.ts';

/** Step id → fingerprint of the step when it was ticked. */
export type Ticks = Readonly<Record<string, string>>;

export function checklistKey(plan: Plan, product: ProductId): string {
  return `${STORAGE_PREFIX}checklist:v1:${plan.domains.primary}:${product}`;
}

/** Fingerprints of the steps of the renders so far (a step object never changes once derived). */
const fingerprints = new WeakMap<Step, string>();

/** FNV-1a (32 bits) of the step's rendered parts and notes: cheap, stable, not a secret. */
export function stepFingerprint(step: Step): string {
  let fingerprint = fingerprints.get(step);
  if (fingerprint === undefined) fingerprints.set(step, (fingerprint = fingerprintOf(step)));
  return fingerprint;
}

function fingerprintOf(step: Step): string {
  const text = [...step.parts.flatMap(partLines), ...step.notes].join('\n');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** True when the step was ticked as it reads now (a step never ticked costs no fingerprint). */
export function isTicked(ticks: Ticks, step: Step): boolean {
  const tick = ticks[step.id];
  return tick !== undefined && tick === stepFingerprint(step);
}

/** The ticks after toggling `step`, without ticks of steps the runbook no longer has. */
export function toggle(ticks: Ticks, step: Step, steps: readonly Step[]): Ticks {
  const ids = new Set(steps.map((candidate) => candidate.id));
  const next: Record<string, string> = {};
  for (const [id, fingerprint] of Object.entries(ticks)) if (ids.has(id)) next[id] = fingerprint;
  if (isTicked(ticks, step)) delete next[step.id];
  else next[step.id] = stepFingerprint(step);
  return next;
}

/** Stored ticks; anything unreadable counts as none ticked (the checklist is a convenience). */
export function readTicks(key: string): Ticks {
  try {
    const value: unknown = JSON.parse(readItem(key) ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

export function writeTicks(key: string, ticks: Ticks): boolean {
  return writeItem(key, JSON.stringify(ticks));
}

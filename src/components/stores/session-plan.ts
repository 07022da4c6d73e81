/**
 * A plan for this page view only, never saved. `uc-runbook runbook` renders /runbook/ in a fresh
 * headless browser and hands it the plan through an init script that defines SESSION_GLOBAL before
 * any of the site's code runs: the page shows that plan without writing it to localStorage and
 * without the shared-link confirmation a #plan=… link asks for (the person running the CLI chose
 * the plan). The value is validated like every other plan; an invalid one is ignored.
 */
import { loadIdna, mayNeedIdna } from '../../lib/planner/names/idna.ts';
import { parsePlan } from '../../lib/planner/plan/parse.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { SESSION_GLOBAL } from './keys.ts';

export { SESSION_GLOBAL };

export interface SessionInput {
  /** The plan as JSON text. */
  plan: string;
  /** Where the permalink on the runbook's cover points (the CLI's page runs on a throwaway port). */
  linkBase?: string;
}

export interface Session {
  plan: Plan;
  linkBase?: string;
}

/** The session plan the page was opened with, or undefined (the normal case: no such global). */
export async function readSession(): Promise<Session | undefined> {
  if (typeof window === 'undefined') return undefined;
  const input = (window as unknown as Record<string, unknown>)[SESSION_GLOBAL] as
    SessionInput | undefined;
  if (!input || typeof input.plan !== 'string') return undefined;
  try {
    // International names are checked with the IDNA tables, which load only for plans that need them.
    if (mayNeedIdna(input.plan)) await loadIdna();
    const result = parsePlan(JSON.parse(input.plan));
    if (!result.ok) return undefined;
    return {
      plan: result.plan,
      ...(typeof input.linkBase === 'string' ? { linkBase: input.linkBase } : {}),
    };
  } catch {
    return undefined;
  }
}

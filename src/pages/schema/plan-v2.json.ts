/**
 * The plan's JSON Schema, generated from the plan's description and published as a static file.
 * (plan-v1.json, frozen, is a static file in public/schema.)
 */
import { planJsonSchema } from '../../lib/planner/plan/operations.ts';

export function GET(): Response {
  return new Response(`${JSON.stringify(planJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
}

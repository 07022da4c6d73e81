/** The plan's JSON Schema, published as a static file by the build. */
import { PLAN_SCHEMA_V1 } from '../../lib/planner/plan/json-schema.ts';

export function GET(): Response {
  return new Response(`${JSON.stringify(PLAN_SCHEMA_V1, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
}

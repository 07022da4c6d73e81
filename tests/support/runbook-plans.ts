/**
 * Plans the runbook PDF is tested and measured with. The long plan is the issue's: ten SMTP
 * domains, eight Exchange servers in two sites with POP/IMAP and two Edge servers, and Skype for
 * Business 2019 with four Front Ends, a Director pool and an Edge pool, all in one runbook.
 */
import { parsePlan, type Plan } from '../../src/lib/planner/index.ts';
import { LARGEST_LYNC_PLAN } from './lync-scenarios.ts';
import { LARGEST_PLAN } from './scenarios.ts';

function parsed(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`runbook plan is invalid: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

export const LONG_RUNBOOK_PLAN: Plan = parsed({
  ...LARGEST_PLAN,
  lync: { ...LARGEST_LYNC_PLAN.lync, enabled: true, product: 'sfb-2019' },
});

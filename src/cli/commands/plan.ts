/** `uc-runbook plan`: certificates, DNS records, ports, runbook steps and findings. */
import { derive } from '../../lib/planner/index.ts';
import type { Command } from '../command.ts';
import { exitFor, reportErrors } from '../findings.ts';
import { planJson, planText } from '../text.ts';

export const planCommand: Command = {
  name: 'plan',
  usage:
    'plan <plan>     certificates, DNS records, runbook steps and findings   [--json] [--product P]',
  options: { json: { type: 'boolean', default: false } },
  async run({ values, io, ...context }) {
    const plan = await context.plan();
    const derived = derive(plan, context.product(plan));
    if (values.json) {
      io.stdout(`${JSON.stringify(planJson(plan, derived), null, 2)}\n`);
      reportErrors(derived, io);
    } else {
      io.stdout(planText(plan, derived));
    }
    return exitFor(derived);
  },
};

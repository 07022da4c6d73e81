/** `uc-runbook script`: the whole runbook of one product as a PowerShell (.ps1) file. */
import { derive } from '../../lib/planner/index.ts';
import { BYTE_ORDER_MARK } from '../../lib/render/files.ts';
import { renderScript } from '../../lib/render/script.ts';
import type { Command } from '../command.ts';
import { exitFor, reportErrors } from '../findings.ts';

export const scriptCommand: Command = {
  name: 'script',
  usage: 'script <plan>   the whole runbook as a PowerShell (.ps1) file            [--product P]',
  options: {},
  async run({ io, ...context }) {
    const plan = await context.plan();
    const derived = derive(plan, context.product(plan));
    // A byte-order mark first: redirected into a .ps1, Windows PowerShell 5.1 reads it as UTF-8.
    io.stdout(
      `${BYTE_ORDER_MARK}${renderScript(derived, `${plan.domains.primary}, ${derived.product.label}`)}`,
    );
    reportErrors(derived, io);
    return exitFor(derived);
  },
};

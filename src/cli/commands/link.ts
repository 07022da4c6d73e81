/** `uc-runbook link` and `decode`: a permalink for a plan, and the plan inside a permalink. */
import { encodePlan } from '../../lib/permalink/codec.ts';
import { EXIT, type Command } from '../command.ts';

export const DEFAULT_LINK_BASE = 'http://localhost:4321/your-plan/';

export const linkCommand: Command = {
  name: 'link',
  usage: 'link <plan>     a permalink (#plan=…) that opens the plan on the site    [--base URL]',
  options: { base: { type: 'string', default: DEFAULT_LINK_BASE } },
  async run({ values, io, ...context }) {
    const plan = await context.plan();
    io.stdout(`${String(values.base)}#plan=${await encodePlan(plan)}\n`);
    return EXIT.ok;
  },
};

export const decodeCommand: Command = {
  name: 'decode',
  usage: 'decode <link>   the plan inside a permalink (or any plan input), as JSON',
  options: {},
  async run({ io, ...context }) {
    const plan = await context.plan();
    io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    return EXIT.ok;
  },
};

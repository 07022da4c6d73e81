/**
 * `uc-runbook inf`: the certreq INF files of one product's runbook (the reverse proxy, OCS's public
 * Edge certificates), on standard output or one file each in a folder. Products whose runbook has
 * none (Exchange, whose shell makes its own requests) say so on standard error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { derive } from '../../lib/planner/index.ts';
import { renderInf } from '../../lib/render/inf.ts';
import type { Command } from '../command.ts';
import { exitFor, reportErrors } from '../findings.ts';

export const infCommand: Command = {
  name: 'inf',
  usage: 'inf <plan>      certreq INF files (one per certificate request)            [--out DIR]',
  options: { out: { type: 'string' } },
  async run({ values, io, ...context }) {
    const plan = await context.plan();
    const derived = derive(plan, context.product(plan));
    const files = derived.steps.flatMap((step) =>
      step.parts.flatMap((part) =>
        part.kind === 'inf' ? [{ name: part.fileName, text: renderInf(part.request) }] : [],
      ),
    );
    if (files.length === 0) {
      io.stderr(`uc-runbook: the ${derived.product.label} runbook has no INF files\n`);
    } else if (typeof values.out === 'string') {
      const out = values.out;
      await mkdir(out, { recursive: true });
      for (const file of files) await writeFile(join(out, file.name), file.text);
      io.stdout(files.map((file) => `${join(out, file.name)}\n`).join(''));
    } else {
      io.stdout(files.map((file) => `; ---- ${file.name}\r\n${file.text}`).join('\r\n'));
    }
    reportErrors(derived, io);
    return exitFor(derived);
  },
};

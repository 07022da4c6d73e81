/**
 * `uc-runbook export`: every file of the export registry (lib/export) into a folder: per product
 * the runbook script, zone files, Windows DNS commands, certreq INF files and the certificate
 * names as CSV, and for the plan its JSON and the renewal calendar. All the plan's products, or
 * the one --product names. Each file is written in the encoding its reader expects (render/files.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportFiles } from '../../lib/export/index.ts';
import { derive, productsOf } from '../../lib/planner/index.ts';
import { encodeFile } from '../../lib/render/files.ts';
import { EXIT, UsageError, type Command } from '../command.ts';
import { onFiles } from '../files.ts';
import { exitFor, reportErrors } from '../findings.ts';

export const exportCommand: Command = {
  name: 'export',
  usage:
    'export <plan>   every download (script, zones, INF, CSV, plan.json, .ics) into a folder  --out DIR [--product P]',
  options: { out: { type: 'string' } },
  async run({ values, io, ...context }) {
    const out = values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError('export needs --out DIR');
    const plan = await context.plan();
    const chosen = values.product !== undefined || values.version !== undefined;
    const products = chosen ? [context.product(plan)] : productsOf(plan);
    if (products.length === 0) products.push(context.product(plan));
    const derived = products.map((product) => derive(plan, product));
    const files = exportFiles({ plan, derived, now: new Date() });
    await onFiles('create the folder', out, () => mkdir(out, { recursive: true }));
    for (const file of files) {
      const path = join(out, file.fileName);
      const bytes = encodeFile(file.fileName, await file.build());
      await onFiles('write', path, () => writeFile(path, bytes));
    }
    io.stdout(files.map((file) => `${join(out, file.fileName)}\n`).join(''));
    for (const product of derived) reportErrors(product, io);
    return Math.max(EXIT.ok, ...derived.map(exitFor));
  },
};

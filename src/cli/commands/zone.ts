/** `uc-runbook zone`: zone files for one view, as BIND files or Windows DNS Server commands. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { derive } from '../../lib/planner/index.ts';
import { renderZoneFiles, serialFromDate } from '../../lib/render/bind-zone.ts';
import { BYTE_ORDER_MARK } from '../../lib/render/files.ts';
import { renderWindowsDns } from '../../lib/render/windows-dns.ts';
import { UsageError, type Command } from '../command.ts';
import { onFiles } from '../files.ts';
import { exitFor, reportErrors } from '../findings.ts';

export const zoneCommand: Command = {
  name: 'zone',
  usage:
    'zone <plan>     zone files for one view                                  --zone internal|external [--format bind|windows] [--out DIR]',
  options: {
    zone: { type: 'string' },
    format: { type: 'string', default: 'bind' },
    out: { type: 'string' },
  },
  async run({ values, io, ...context }) {
    const plan = await context.plan();
    const view = values.zone;
    if (view !== 'internal' && view !== 'external') {
      throw new UsageError('zone needs --zone internal or --zone external');
    }
    if (values.format !== 'bind' && values.format !== 'windows') {
      throw new UsageError('--format must be bind or windows');
    }
    if (values.format === 'windows' && view !== 'internal') {
      throw new UsageError(
        '--format windows is for the internal zone (public DNS is usually not Windows DNS)',
      );
    }
    const derived = derive(plan, context.product(plan));
    if (values.format === 'windows') {
      io.stdout(`${BYTE_ORDER_MARK}${renderWindowsDns(derived)}`); // PowerShell: see script.ts
    } else {
      const zones = renderZoneFiles(
        derived,
        { serial: serialFromDate(plan.certificate.issueDate) },
        view,
      );
      const out = values.out;
      if (typeof out === 'string') {
        await onFiles('create the folder', out, () => mkdir(out, { recursive: true }));
        for (const zone of zones) {
          const path = join(out, zone.fileName);
          await onFiles('write', path, () => writeFile(path, zone.text));
        }
        io.stdout(zones.map((zone) => `${join(out, zone.fileName)}\n`).join(''));
      } else {
        io.stdout(zones.map((zone) => zone.text).join('\n'));
      }
    }
    reportErrors(derived, io);
    return exitFor(derived);
  },
};

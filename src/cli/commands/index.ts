/** Every command of uc-runbook, in the order the usage text lists them. */
import type { Command } from '../command.ts';
import { exportCommand } from './export.ts';
import { infCommand } from './inf.ts';
import { inspectCommand } from './inspect.ts';
import { decodeCommand, linkCommand } from './link.ts';
import { planCommand } from './plan.ts';
import { runbookCommand } from './runbook.ts';
import { scriptCommand } from './script.ts';
import { zoneCommand } from './zone.ts';

export const COMMANDS: readonly Command[] = [
  planCommand,
  scriptCommand,
  zoneCommand,
  infCommand,
  exportCommand,
  linkCommand,
  decodeCommand,
  inspectCommand,
  runbookCommand,
];

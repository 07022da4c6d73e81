/**
 * Runs BIND's own zone checker, named-checkzone (Debian bind9-utils), on zone text. `-i local`
 * checks in-zone names only: out-of-zone targets belong to zones checked on their own, and looking
 * them up would need the network. (tests/artifacts/zones.test.ts carries the same helper inline.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const directory = mkdtempSync(join(tmpdir(), 'uc-runbook-zones-'));
let counter = 0;

export function checkZone(zoneName: string, text: string): { ok: boolean; output: string } {
  counter += 1;
  const file = join(directory, `${zoneName}-${counter}.zone`);
  writeFileSync(file, text);
  try {
    return {
      ok: true,
      output: execFileSync('named-checkzone', ['-i', 'local', zoneName, file], {
        encoding: 'utf8',
      }),
    };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

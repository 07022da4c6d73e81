/** Runs the CLI in this process, as bin/uc-runbook.mjs does, and collects what it prints. */
import { run } from '../../src/cli/main.ts';

export async function cli(args: string[], stdin = '', today = '2026-11-22') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => stdin,
    today,
  });
  return { code, stdout, stderr };
}

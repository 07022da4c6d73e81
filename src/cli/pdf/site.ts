/**
 * The built site the runbook PDF is printed from. `uc-runbook runbook` uses dist/ when it is up to
 * date and builds it (astro build, 10 s to a minute) when it is missing or older than any file it
 * is built from (src/ but the CLI and unit tests, public/, astro.config.mjs, package.json,
 * package-lock.json), so it works from
 * a clean clone after `npm install` and never prints a page older than the code.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../command.ts';

/** The project's root (this file is src/cli/pdf/site.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = join(PROJECT_ROOT, 'dist');
/** The page the PDF is made from; its age stands for the build's. */
export const RUNBOOK_PAGE = join(DIST, 'runbook', 'index.html');
const SOURCES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** Files that never reach the site: the CLI itself and the tests beside the code. */
const NOT_SITE = /([\\/]src[\\/]cli([\\/]|$))|\.test\.ts$/;

/** Newest modification time (ms) of a file or of every file under a folder; 0 when absent. */
async function newest(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info || NOT_SITE.test(path)) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newest(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Why dist/ must be (re)built, or undefined when it is up to date. */
export async function staleReason(root = PROJECT_ROOT): Promise<string | undefined> {
  const page = join(root, 'dist', 'runbook', 'index.html');
  const built = await stat(page).catch(() => null);
  if (!built) return 'dist/ holds no built runbook page';
  const sources = await Promise.all(SOURCES.map((source) => newest(join(root, source))));
  return Math.max(...sources) > built.mtimeMs ? 'dist/ is older than the sources' : undefined;
}

/**
 * Builds the site when it is missing or stale (`reason`, from staleReason: the caller checks it
 * while the browser starts); progress goes to `log`.
 */
export async function ensureSite(
  log: (text: string) => void,
  reason: string | undefined,
): Promise<void> {
  if (reason === undefined) return;
  log(`uc-runbook: ${reason}; building the site (astro build)…\n`);
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0)
    throw new UsageError(
      `astro build failed (exit ${code}); its last lines:\n${output.join('').split('\n').slice(-15).join('\n')}`,
    );
}

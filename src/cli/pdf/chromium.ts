/**
 * Which Chromium renders pages (the runbook PDF, the browser tests, the benchmark): CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium, else Playwright's own. The flags keep it off the network (pages
 * here never need it, and any request leaving the site must show up as a failure, not a stall).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchOptions = {
  ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
  args: CHROMIUM_ARGS,
};

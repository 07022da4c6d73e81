/** The browser tests and the benchmark launch Chromium as the CLI does (src/cli/pdf/chromium.ts). */
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchOptions } from '../../src/cli/pdf/chromium.ts';

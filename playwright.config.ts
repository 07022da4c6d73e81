import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/support/chromium.ts';

/**
 * Browser tests run against the built site (`npm run test:browser` builds first), served from
 * dist/ by scripts/serve-dist.ts, in Debian's Chromium where available (tests/support/chromium.ts).
 */
/** Another port through UC_RUNBOOK_TEST_PORT, so two checkouts can run their suites side by side. */
const PORT = Number(process.env.UC_RUNBOOK_TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two workers share two cores with the static server: a multi-page test can take 25 s on a busy
  // CI host. The timeout catches hangs; speed is judged by npm run bench, not here.
  timeout: 60_000,
  // Assertions wait for a state; on a loaded host hydration can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: {
    command: `node scripts/serve-dist.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

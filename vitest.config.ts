import { defineConfig } from 'vitest/config';

/**
 * Unit tests sit beside the code they test (`src/**\/*.test.ts`); tests of generated artifacts that
 * call real outside tools (named-checkzone, the cmdlet catalog checker) live in `tests/artifacts/`.
 * Browser tests are Playwright's (`tests/e2e`), not Vitest's.
 */
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'tests/artifacts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/support/load-idna.ts'],
    allowOnly: !process.env.CI,
    // Property and CLI tests on a loaded 2-core machine take seconds; time is the bench's job.
    testTimeout: 30_000,
  },
});

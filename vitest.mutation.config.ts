import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs for each mutant (npm run test:mutation): the in-process unit tests beside
 * the code, which must each assert what their rule produces. The artifact tests (named-checkzone,
 * the cmdlet catalog), the CLI tests, the before/after comparison and the browser tests run apart:
 * they check whole outputs or spawn programs, and would make one mutation run take hours.
 */
export default defineConfig({
  test: {
    include: ['src/lib/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/load-idna.ts'],
    env: { UC_RUNBOOK_MUTATION: '1' },
    // Instrumented code runs several times slower; Stryker's own timeout per mutant decides.
    testTimeout: 60_000,
  },
});

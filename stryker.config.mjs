// @ts-check
/**
 * Mutation testing (npm run test:mutation): Stryker changes the planner and the renderers one small
 * edit at a time and runs the fast unit tests against each change. A change no test notices is a
 * rule no test really checks. The run fails under the break threshold; the clear-text report lists
 * the score per folder and file, the HTML report (reports/mutation/) every surviving mutant.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/planner/**/*.ts', 'src/lib/render/**/*.ts', '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // Module-level data (the plan's field descriptions and link keys, source titles) runs at import,
  // so every test covers it; its mutants would rerun the whole suite each. Link keys are held by
  // the key-table snapshot test instead.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};

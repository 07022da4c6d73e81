/**
 * How many cases a property test generates. Under mutation testing (vitest.mutation.config.ts sets
 * UC_RUNBOOK_MUTATION) each surviving-or-not mutant reruns the tests that cover it, so property
 * tests run a twentieth of their cases there: enough to kill a mutant that breaks the property,
 * without making one mutation run take hours. `npm test` always runs them in full.
 */
export const runs = (full: number): number =>
  process.env.UC_RUNBOOK_MUTATION ? Math.max(10, Math.ceil(full / 20)) : full;

/**
 * The items a heavy table-driven test covers: all of them in `npm test`, the first of each group
 * under mutation testing, where the rules are reached through the lighter tests beside them.
 */
export const sampled = <T>(items: readonly T[], groupOf: (item: T) => string): T[] =>
  process.env.UC_RUNBOOK_MUTATION
    ? items.filter(
        (item, index) => items.findIndex((other) => groupOf(other) === groupOf(item)) === index,
      )
    : [...items];

/**
 * npm run fuzz [-- --runs N] [-- --seed S]: the fuzz gate of issue 8 at full size (tests/fuzz/harness.ts).
 * N plan inputs (generated and hostile) and N mutated links; one input in 50 has its zones run
 * through named-checkzone. Prints the tally and exits 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { loadIdna } from '../src/lib/planner/names/idna.ts';
import { runFuzz } from '../tests/fuzz/harness.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
await loadIdna();
const started = performance.now();
let failure: unknown;
const tally = await runFuzz({
  plans: runs,
  links: runs,
  zoneEvery: 50,
  seed: values.seed === undefined ? undefined : Number(values.seed),
  progress: (inputs, sofar) =>
    console.error(
      `… ${inputs} inputs, ${sofar.problems.length} problems, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ),
}).catch((error: unknown) => {
  failure = error;
  return undefined;
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (tally) {
  console.log(
    [
      `plan inputs ${tally.plans} (invalid, reported: ${tally.invalid})`,
      `mutated links ${tally.links}`,
      `derived ${tally.derived} times over ${tally.plans + tally.links} inputs`,
      `zones rendered ${tally.zones}, checked by named-checkzone ${tally.zonesChecked}`,
      `problems ${tally.problems.length}`,
      `time ${seconds} s`,
    ].join('\n'),
  );
  for (const problem of tally.problems.slice(0, 20)) console.log(`  ${problem}`);
}
if (failure) console.log(String(failure));
process.exitCode = failure || (tally && tally.problems.length > 0) ? 1 : 0;

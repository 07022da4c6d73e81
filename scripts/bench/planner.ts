/** Planner figures: derive time for the largest plan, and permalink lengths. */
import { encodePlan } from '../../src/lib/permalink/codec.ts';
import { availableProducts, derive, EXAMPLE_PLAN } from '../../src/lib/planner/index.ts';
import { LARGEST_LYNC_PLAN } from '../../tests/support/lync-scenarios.ts';
import { LARGEST_PLAN } from '../../tests/support/scenarios.ts';
import type { Figure } from './types.ts';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Median of `runs` timed calls after a warm-up, in milliseconds. */
function timeMedian(work: () => void, runs: number): number {
  for (let i = 0; i < 200; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function plannerFigures(): Promise<Figure[]> {
  const products = availableProducts('exchange').map((product) => product.id);
  const derives = products.map((product) => timeMedian(() => derive(LARGEST_PLAN, product), 2000));
  const lyncProducts = availableProducts('lync').map((product) => product.id);
  const lyncDerives = lyncProducts.map((product) =>
    timeMedian(() => derive(LARGEST_LYNC_PLAN, product), 2000),
  );
  return [
    {
      name: 'derive, largest Exchange plan (10 domains, 2 sites × 4 servers, POP/IMAP, Edge), slowest version',
      value: Math.max(...derives),
      unit: 'ms median',
      budget: 1,
      note: products.map((product, index) => `${product} ${derives[index]!.toFixed(3)}`).join(', '),
    },
    {
      name: 'derive, largest Lync plan (2 SIP domains, Enterprise pool of 4, Director pool, Edge pool of 2, mobility, federation), slowest version',
      value: Math.max(...lyncDerives),
      unit: 'ms median',
      budget: 1,
      note: lyncProducts
        .map((product, index) => `${product} ${lyncDerives[index]!.toFixed(3)}`)
        .join(', '),
    },
    {
      name: 'permalink length, example plan',
      value: (await encodePlan(EXAMPLE_PLAN)).length,
      unit: 'chars',
      budget: 300,
    },
    {
      name: 'permalink length, largest plan',
      value: (await encodePlan(LARGEST_PLAN)).length,
      unit: 'chars',
      budget: 2000,
    },
  ];
}

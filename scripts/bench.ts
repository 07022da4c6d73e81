/**
 * npm run bench [-- --json]: the figures the issues name, each against its budget. Budgets live
 * here, not in unit tests. Exits 1 when a figure is over budget.
 */
import { checkerFigures } from './bench/checker.ts';
import { limitFigures } from './bench/limits.ts';
import { plannerFigures } from './bench/planner.ts';
import { runbookFigures } from './bench/runbook.ts';
import { siteFigures } from './bench/site.ts';
import type { Figure, Measurement } from './bench/types.ts';

// The runbook figures follow the site's: its build is the one the CLI prints from.
const MEASUREMENTS: Measurement[] = [
  plannerFigures,
  limitFigures,
  siteFigures,
  runbookFigures,
  checkerFigures,
];

const figures: Figure[] = [];
for (const measure of MEASUREMENTS) figures.push(...(await measure()));
const status = (figure: Figure) =>
  figure.budget === undefined ? 'info' : figure.value <= figure.budget ? 'ok' : 'OVER';
const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3));

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      figures.map((figure) => ({ ...figure, status: status(figure) })),
      null,
      2,
    ),
  );
} else {
  const rows = figures.map((figure) => [
    figure.name,
    `${format(figure.value)} ${figure.unit}`,
    figure.budget === undefined ? '' : `≤ ${figure.budget}`,
    status(figure),
  ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(
      ...rows.map((row) => row[column]!.length),
      ['figure', 'value', 'budget', 'status'][column]!.length,
    ),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(['figure', 'value', 'budget', 'status']));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const figure of figures) if (figure.note) console.log(`  ${figure.name}: ${figure.note}`);
}
process.exitCode = figures.some((figure) => status(figure) === 'OVER') ? 1 : 0;

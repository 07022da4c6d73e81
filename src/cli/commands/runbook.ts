/**
 * `uc-runbook runbook`: the whole runbook of a plan (every product it runs) as a PDF, printed from
 * the site's /runbook/ page by headless Chromium (src/cli/pdf/render.ts). The site is built first
 * when dist/ is missing or older than the sources (src/cli/pdf/site.ts).
 */
import { derive, productsOf } from '../../lib/planner/index.ts';
import { UsageError, type Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { exitFor, reportErrors } from '../findings.ts';
import { PAPERS, renderRunbookPdf, type Paper } from '../pdf/render.ts';
import { DEFAULT_LINK_BASE } from './link.ts';

const isPaper = (value: string): value is Paper => Object.hasOwn(PAPERS, value);

export const runbookCommand: Command = {
  name: 'runbook',
  usage:
    'runbook <plan>  the whole runbook as a PDF, every product of the plan  -o FILE.pdf [--paper a4|letter]',
  options: { out: { type: 'string', short: 'o' }, paper: { type: 'string', default: 'a4' } },
  async run({ values, io, ...context }) {
    if (values.product !== undefined || values.version !== undefined)
      throw new UsageError(
        'the runbook covers every product the plan runs: --product and --version do not apply (set exchange.product or lync.product in the plan)',
      );
    const paper = String(values.paper).toLowerCase();
    if (!isPaper(paper)) throw new UsageError('--paper must be a4 or letter');
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('give the PDF to write with -o, e.g. -o runbook.pdf');
    const plan = await context.plan();
    const products = productsOf(plan);
    if (products.length === 0)
      throw new UsageError(
        'the plan runs no product (exchange.enabled and lync.enabled are both false)',
      );
    const bytes = await renderRunbookPdf({
      plan,
      products,
      out: values.out,
      paper,
      linkBase: typeof values.base === 'string' ? values.base : DEFAULT_LINK_BASE,
      today: io.today,
      log: io.stderr,
    });
    io.stdout(`${values.out} (${Math.round(bytes / 1024)} KB, ${PAPERS[paper]})\n`);
    let exit: number = EXIT.ok;
    for (const product of products) {
      const derived = derive(plan, product);
      reportErrors(derived, io);
      exit = Math.max(exit, exitFor(derived));
    }
    return exit;
  },
};

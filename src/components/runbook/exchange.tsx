/** The runbook page's Exchange sections: only the Exchange rules load with them. */
import { deriveExchange } from '../../lib/planner/exchange/derive.ts';
import type { ExchangeProductId } from '../../lib/planner/products.ts';
import { runbookSections } from './sections.tsx';

export const { RunbookSection } = runbookSections('exchange', (plan, product) =>
  deriveExchange(plan, product as ExchangeProductId),
);

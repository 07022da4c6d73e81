/** The runbook page's Exchange sections: only the Exchange rules load with them (and the sharing rules when the plan shares a certificate: stores/sharing.ts). */
import { deriveExchange } from '../../lib/planner/exchange/derive.ts';
import type { ExchangeProductId } from '../../lib/planner/products.ts';
import { sharingOf } from '../stores/sharing.ts';
import { runbookSections } from './sections.tsx';

export const { RunbookSection } = runbookSections('exchange', (plan, product) =>
  deriveExchange(plan, product as ExchangeProductId, sharingOf(plan, product)),
);

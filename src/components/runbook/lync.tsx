/** The runbook page's Lync and Skype for Business sections: only the Lync rules load with them. */
import { deriveLync } from '../../lib/planner/lync/derive.ts';
import type { LyncProductId } from '../../lib/planner/products.ts';
import { sharingOf } from '../stores/sharing.ts';
import { runbookSections } from './sections.tsx';

export const { RunbookSection } = runbookSections('lync', (plan, product) =>
  deriveLync(plan, product as LyncProductId, sharingOf(plan, product)),
);

/** The runbook page's Lync and Skype for Business sections: only the Lync rules load with them. */
import { deriveLync } from '../../lib/planner/lync/derive.ts';
import type { LyncProductId } from '../../lib/planner/products.ts';
import { sharingOf } from '../stores/sharing.ts';
import type { FamilyDeriver } from '../stores/views.ts';
import { runbookSections } from './sections.tsx';

/** Lync and Skype for Business as the runbook page derives it (its sections and its downloads). */
export const derive: FamilyDeriver = (plan, product) =>
  deriveLync(plan, product as LyncProductId, sharingOf(plan, product));

export const { RunbookSection } = runbookSections('lync', derive);

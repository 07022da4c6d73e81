/** The output islands of Lync and Skype for Business guides: only the Lync rules load with them. */
import { deriveLync } from '../../lib/planner/lync/derive.ts';
import type { LyncProductId } from '../../lib/planner/products.ts';
import { familyIslands } from './family.tsx';

export const {
  CertificateCard,
  DnsTables,
  PortsTable,
  RunbookSteps,
  FindingsPanel,
  FindingsSummary,
} = familyIslands((plan, product) => deriveLync(plan, product as LyncProductId));

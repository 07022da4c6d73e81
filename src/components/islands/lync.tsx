/** The output islands of Lync and Skype for Business guides: only the Lync rules load with them (the Exchange rules too, on demand, when the plan shares a certificate: stores/sharing.ts). */
import { deriveLync } from '../../lib/planner/lync/derive.ts';
import type { LyncProductId } from '../../lib/planner/products.ts';
import { sharingOf } from '../stores/sharing.ts';
import { familyIslands } from './family.tsx';

export const {
  CertificateCard,
  DnsTables,
  PortsTable,
  RunbookSteps,
  FindingsPanel,
  FindingsSummary,
  Exports,
} = familyIslands((plan, product) =>
  deriveLync(plan, product as LyncProductId, sharingOf(plan, product)),
);

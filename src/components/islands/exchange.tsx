/** The output islands of Exchange guides: only the Exchange rules load with them (the Lync rules too, on demand, when the plan shares a certificate: stores/sharing.ts). */
import { deriveExchange } from '../../lib/planner/exchange/derive.ts';
import type { ExchangeProductId } from '../../lib/planner/products.ts';
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
  deriveExchange(plan, product as ExchangeProductId, sharingOf(plan, product)),
);

/** The output islands of Exchange guides: only the Exchange rules load with them. */
import { deriveExchange } from '../../lib/planner/exchange/derive.ts';
import type { ExchangeProductId } from '../../lib/planner/products.ts';
import { familyIslands } from './family.tsx';

export const {
  CertificateCard,
  DnsTables,
  PortsTable,
  RunbookSteps,
  FindingsPanel,
  FindingsSummary,
} = familyIslands((plan, product) => deriveExchange(plan, product as ExchangeProductId));

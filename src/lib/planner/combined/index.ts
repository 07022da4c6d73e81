/**
 * sharingFor(plan, product): the shared Exchange + Lync/Skype for Business certificate of a plan,
 * or undefined when the plan does not ask for one. It derives both families' certificates and DNS
 * (so it loads both families' rules) and hands them to the sharing rules; each family's deriver
 * then applies the result (sharing.ts). A guide derived as another version than the plan's
 * (`product`) shares with that version.
 */
import { exchangeBasis } from '../exchange/basis.ts';
import { exchangeCertificates } from '../exchange/certificates.ts';
import { exchangeDnsRecords } from '../exchange/dns.ts';
import { requestServer } from '../exchange/topology.ts';
import { lyncBasis } from '../lync/basis.ts';
import { lyncCertificates } from '../lync/certificates/index.ts';
import { lyncDnsRecords } from '../lync/dns.ts';
import type { Plan } from '../plan/plan.ts';
import {
  familyOf,
  PRODUCTS,
  type ExchangeProductId,
  type LyncProductId,
  type ProductId,
} from '../products.ts';
import { shareCertificates } from './share.ts';
import type { Sharing } from './sharing.ts';
import { wantsSharing } from './wants.ts';

export { applySharing, COMBINED_CERTIFICATE_ID, type Sharing } from './sharing.ts';
export { wantsSharing };

/** The plan as `product` (its family's version replaced), or as it is. */
function asProduct(plan: Plan, product?: ProductId): Plan {
  if (product === undefined) return plan;
  if (familyOf(product) === 'exchange')
    return { ...plan, exchange: { ...plan.exchange, product: product as ExchangeProductId } };
  return { ...plan, lync: { ...plan.lync, product: product as LyncProductId } };
}

export function sharingFor(input: Plan, product?: ProductId): Sharing | undefined {
  if (!wantsSharing(input)) return undefined;
  const plan = asProduct(input, product);
  const exchangeId = plan.exchange.product;
  const lyncId = plan.lync.product;
  if (!PRODUCTS[exchangeId].available || !PRODUCTS[lyncId].available) return undefined;
  // The shared certificate lists every name: derive Exchange's names without the wildcard.
  const listed: Plan = {
    ...plan,
    exchange: {
      ...plan.exchange,
      certificate: { ...plan.exchange.certificate, wildcard: false },
    },
  };
  const exchange = exchangeBasis(listed, exchangeId);
  const lync = lyncBasis(plan, lyncId);
  return shareCertificates(
    plan,
    {
      product: { ...PRODUCTS[exchangeId], id: exchangeId },
      certificates: exchangeCertificates(exchange),
      dns: exchangeDnsRecords(exchange),
      requestServer: requestServer(listed).name,
      principalName: exchange.profile.certPrincipalName,
    },
    {
      product: { ...PRODUCTS[lyncId], id: lyncId },
      certificates: lyncCertificates(lync),
      dns: lyncDnsRecords(lync),
      tooling: lync.profile.tooling,
      edges: lync.edges.map((server) => server.name),
      sharedEdgeName: lync.services.shared,
      sources: {
        edge: lync.profile.sources.edgeCertificates,
        internal: lync.profile.sources.internalCertificates,
        wildcards: lync.profile.sources.wildcards,
      },
    },
  );
}

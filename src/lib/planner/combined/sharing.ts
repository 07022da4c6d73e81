/**
 * What a plan that shares one public certificate between Exchange and Lync/Skype for Business
 * hands each family's deriver, and the one place both families apply it. This module stays light
 * (types and list surgery, no family rules), so a guide can take a sharing computed elsewhere
 * without loading the other family's rules; `combined/index.ts` computes it.
 */
import type { DnsRecord, Finding, PlannedCertificate, Reason } from '../derived.ts';
import type { ExchangeProductId, Family, LyncProductId, ProductId } from '../products.ts';

export const COMBINED_CERTIFICATE_ID = 'combined-public';

/** Roles of the certificates the shared one replaces, per family. */
export const SHAREABLE_ROLES: Readonly<Record<Family, readonly string[]>> = {
  exchange: ['client-access'],
  lync: ['reverse-proxy', 'edge-external', 'access-edge'],
};

/** One certificate of either product, and whether it joins the shared one. */
export interface Decision {
  family: Family;
  certificateId: string;
  /** What the certificate is for, as its product says. */
  purpose: string;
  /** The names it carries today (before sharing). */
  names: string[];
  shared: boolean;
  reason: Reason;
}

/** A DNS record one or both products need, once. */
export interface SharedDnsRecord {
  record: DnsRecord;
  products: ProductId[];
}

export interface SharedCertificate {
  certificate: PlannedCertificate;
  /** The services or certificate types each family assigns it to. */
  usages: Record<Family, string[]>;
  /** Ids of each family's certificates it replaces. */
  replaces: Record<Family, string[]>;
  /** Certificates each family gets instead of what it gave up (Lync: A/V authentication of its own). */
  adds: Record<Family, PlannedCertificate[]>;
  /** The names each product brings (a name both need is in both lists). */
  namesBy: Record<Family, string[]>;
  /** The Lync/Skype for Business names the reverse proxy publishes (its own certificate's). */
  proxied: string[];
  /** The Exchange server that makes the request and exports the PFX. */
  requestOn: string;
  /** The Edge servers that import it. */
  edges: string[];
}

export interface Sharing {
  pair: { exchange: ExchangeProductId; lync: LyncProductId };
  /** Absent when the plan asks for sharing but this pair or topology cannot share. */
  shared?: SharedCertificate;
  decisions: Decision[];
  findings: Finding[];
  dns: SharedDnsRecord[];
}

/**
 * A family's certificates with the shared certificate in place of those it replaces (at the first
 * one's position), followed by what the sharing adds to that family. The shared certificate lists
 * the usages of that family only (what its commands assign: Exchange services or Lync types).
 */
export function applySharing(
  family: Family,
  certificates: PlannedCertificate[],
  sharing: Sharing | undefined,
): PlannedCertificate[] {
  const shared = sharing?.shared;
  if (!shared) return certificates;
  const replaced = new Set(shared.replaces[family]);
  const result: PlannedCertificate[] = [];
  let placed = false;
  for (const certificate of certificates) {
    if (!replaced.has(certificate.id)) {
      result.push(certificate);
      continue;
    }
    if (!placed)
      result.push({ ...shared.certificate, usages: shared.usages[family] }, ...shared.adds[family]);
    placed = true;
  }
  return result;
}

/**
 * What a shared plan holds, in a few lines, shown before it is applied (issue 8, finding 6): a link
 * can carry any plan, and the reader should see whose domains, which servers and where files go
 * before the guides start writing commands for them. Loaded with the link decoder, only by a page
 * opened with a plan in its address (stores/shared.ts).
 */
import { certificateShareOutsideOrganisation } from '../../lib/planner/common/file-share.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import { PRODUCTS } from '../../lib/planner/products.ts';

export interface PlanSummary {
  domains: string;
  products: string;
  servers: string;
  folders: string;
  /** Folders on a share outside the plan's own domains: said plainly, before the plan is used. */
  warnings: string[];
}

/** "a, b, c and 4 more" */
export function listed(items: readonly string[], shown = 3): string {
  if (items.length === 0) return 'none';
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}

export function summarizePlan(plan: Plan): PlanSummary {
  const { exchange, lync } = plan;
  // Only the servers of the products the plan runs: those are the ones the guides write commands for.
  const servers = [
    ...(exchange.enabled
      ? [
          ...exchange.sites.flatMap((site) => site.servers),
          ...exchange.edge.servers,
          ...exchange.legacy.servers,
        ]
      : []),
    ...(lync.enabled
      ? [
          ...lync.pools.flatMap((pool) => pool.frontEnds),
          ...(lync.director.enabled ? lync.director.servers : []),
          ...(lync.edge.enabled ? lync.edge.servers : []),
        ]
      : []),
  ].map((server) => server.name);
  const families = [
    ...(plan.exchange.enabled ? (['exchange'] as const) : []),
    ...(plan.lync.enabled ? (['lync'] as const) : []),
  ];
  return {
    domains: listed([plan.domains.primary, ...plan.domains.additional]),
    products: listed(families.map((family) => PRODUCTS[plan[family].product].label)),
    servers: listed(servers, 4),
    folders: listed([...new Set(families.map((family) => plan[family].certificateFolder))]),
    warnings: families.flatMap((family) =>
      certificateShareOutsideOrganisation(plan, family, 'PS-Export').map(
        (finding) => finding.message,
      ),
    ),
  };
}

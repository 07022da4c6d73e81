/**
 * The runbook page's downloads (on screen only): every file of every product the plan runs, from
 * the export registry (lib/export), so the plan's renewal calendar covers all its certificates.
 * A family's rules come from the module the page's sections already load for it (runbook/exchange.tsx,
 * runbook/lync.tsx), imported when the plan runs that family: the list adds no rules of its own.
 * Files are made in the browser when clicked; with JavaScript off the page says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { exportFiles, type ExportFile } from '../../lib/export/index.ts';
import type { Derived } from '../../lib/planner/derived.ts';
import { EXAMPLE_PLAN } from '../../lib/planner/plan/example.ts';
import type { Plan } from '../../lib/planner/plan/plan.ts';
import type { Family } from '../../lib/planner/products.ts';
import { ExportList } from '../exports/ExportList.tsx';
import { $plan } from '../stores/plan.ts';
import { $sharingRules, sharingSettled } from '../stores/sharing.ts';
import type { FamilyDeriver } from '../stores/views.ts';
import { useHydrated, useReady } from '../ui/hooks.ts';
import { familyProduct, planFamilies } from './families.ts';

const DERIVERS: Readonly<Record<Family, () => Promise<FamilyDeriver>>> = {
  exchange: () => import('./exchange.tsx').then((module) => module.derive),
  lync: () => import('./lync.tsx').then((module) => module.derive),
};

/** The plan derived as each product it runs, Exchange first. */
async function deriveAll(plan: Plan): Promise<Derived[]> {
  return Promise.all(
    planFamilies(plan).map(async (family) =>
      (await DERIVERS[family]())(plan, familyProduct(plan, family)!),
    ),
  );
}

/** What the list shows, and for which plan and sharing rules it was made. */
type Listing =
  | { status: 'waiting' }
  | { status: 'listed'; files: readonly ExportFile[]; plan: Plan; sharing: unknown }
  | { status: 'failed'; message: string };

export default function Downloads() {
  const plan = useHydrated($plan, () => EXAMPLE_PLAN);
  // The shared certificate's rules arrive on demand: list again with them.
  const sharing = useHydrated($sharingRules, () => null);
  const [listing, setListing] = useState<Listing>({ status: 'waiting' });
  // The first render is the server's (the example plan): list only the plan the page shows.
  const ready = useReady();
  useEffect(() => {
    if (!ready) return;
    let current = true;
    deriveAll(plan)
      .then((derived) => {
        if (current)
          setListing({
            status: 'listed',
            files: exportFiles({ plan, derived, now: new Date() }),
            plan,
            sharing,
          });
      })
      .catch((error: unknown) => {
        if (current)
          setListing({
            status: 'failed',
            message: `The files could not be listed (${String(error).slice(0, 120)}). Reload the page to try again.`,
          });
      });
    return () => {
      current = false;
    };
  }, [ready, plan, sharing]);
  // Done when the list is of this plan, with the shared certificate's rules if it needs them (or
  // when listing failed: the message is final too).
  const final =
    listing.status === 'failed' ||
    (listing.status === 'listed' &&
      listing.plan === plan &&
      listing.sharing === sharing &&
      sharingSettled(plan, sharing));
  return (
    <section
      class="not-content uc-island uc-rb-downloads"
      aria-labelledby="downloads"
      data-ready={final ? '' : undefined}
    >
      <h2 id="downloads" class="uc-rb-heading">
        Downloads
      </h2>
      {listing.status === 'listed' ? (
        <ExportList files={listing.files} />
      ) : listing.status === 'failed' ? (
        <p role="alert">{listing.message}</p>
      ) : (
        <p>
          The scripts, zone files, certificate requests, names (CSV), the plan and its renewal
          calendar are made in your browser: they are listed here once the page has loaded, with
          JavaScript on.
        </p>
      )}
    </section>
  );
}

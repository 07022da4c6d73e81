/**
 * client:plan-family="lync": hydrate a runbook section only when the plan runs that family, so the
 * runbook page loads the rules of the reader's products and no others (a guide loads one family's;
 * both together are over 45 KB gzip). Without JavaScript every section shows the example plan, as
 * the server rendered it.
 *
 * The first guess reads the plan the page will show (the CLI's session plan, else the saved plan;
 * anything unreadable counts as the example, which runs both families). From then on the runbook's
 * cover, which always hydrates, publishes the families of the validated plan whenever it changes
 * (a shared link accepted, an edit in another tab); a section whose family joins the plan then
 * hydrates, and one whose family is not in the plan and never hydrated is hidden. It imports
 * only names (stores/keys.ts): it runs before any island.
 */
import type { ClientDirective } from 'astro';
import { PLAN_KEY, SESSION_GLOBAL } from '../stores/keys.ts';

/** What the cover publishes: window property and event. */
export const FAMILIES_GLOBAL = '__ucRunbookFamilies';
export const FAMILIES_EVENT = 'uc-runbook:families';

type Shown = readonly string[] | undefined;

/** The families of a plan in JSON; undefined (= every family) when it cannot be read. */
function familiesOf(json: string | null | undefined): Shown {
  if (typeof json !== 'string') return undefined;
  try {
    const plan = JSON.parse(json) as {
      exchange?: { enabled?: unknown };
      lync?: { enabled?: unknown };
    };
    const families: string[] = [];
    if (plan.exchange?.enabled !== false) families.push('exchange');
    if (plan.lync?.enabled === true) families.push('lync');
    return families;
  } catch {
    return undefined;
  }
}

function firstGuess(): Shown {
  const global = window as unknown as Record<string, unknown>;
  const published = global[FAMILIES_GLOBAL];
  if (Array.isArray(published)) return published as string[];
  const session = global[SESSION_GLOBAL] as { plan?: string } | undefined;
  if (session) return familiesOf(session.plan);
  try {
    return familiesOf(localStorage.getItem(PLAN_KEY));
  } catch {
    return undefined;
  }
}

const planFamily: ClientDirective = (load, options, el) => {
  const family = options.value;
  let hydrating = false;
  const show = (families: Shown) => {
    const wanted = families === undefined || families.includes(family);
    if (hydrating) return;
    el.style.display = wanted ? '' : 'none';
    if (!wanted) return;
    hydrating = true;
    void load().then((hydrate) => hydrate());
  };
  addEventListener(FAMILIES_EVENT, (event) => show((event as CustomEvent<string[]>).detail));
  show(firstGuess());
};

export default planFamily;

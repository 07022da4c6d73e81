/**
 * Lands an in-page jump on its target. Steps, cards and findings off screen skip layout
 * (content-visibility in runbook.css) and stand in with the height they last had; when their
 * content changed since (the reader's plan, the highlighter's colours), the boxes between the old
 * and the new scroll position take their real heights as they come into view, and a jump to step 8
 * could end a screen away from it. So after a jump to a target inside an island, the target is
 * scrolled to again on the next frames until it stays put (a few frames at most: a reader who
 * scrolls on is not fought).
 */
const MAX_FRAMES = 6;

function settleOn(id: string): void {
  const target = document.getElementById(id);
  if (!target?.closest('.uc-island')) return;
  let frames = 0;
  let last = Number.NaN;
  const check = () => {
    const top = target.getBoundingClientRect().top;
    if (top === last) return;
    target.scrollIntoView({ block: 'start' });
    last = target.getBoundingClientRect().top;
    if ((frames += 1) < MAX_FRAMES) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The element id a fragment names (a malformed %-escape is taken as it is, never thrown). */
function idOf(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

let installed = false;

/** Watches every in-page jump on the page, once (links, and the address bar's #fragment). */
export function landOnTargets(): void {
  if (installed) return;
  installed = true;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link?.getAttribute('href')?.slice(1);
    // After the browser's own jump (this listener runs before it).
    if (id) setTimeout(() => settleOn(idOf(id)));
  });
  addEventListener('hashchange', () => settleOn(idOf(location.hash.slice(1))));
}

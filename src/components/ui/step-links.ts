/**
 * The runbook's steps in "On this page": numbered, one link per step. The build puts the example
 * plan's steps there (src/route-middleware.ts); the reader's plan can have other steps (a
 * coexistence adds some), so the runbook island brings the links in line with what it shows. The
 * links are Starlight's own list items, cloned, so they keep its look; text is set as text.
 */
import { useEffect } from 'preact/hooks';
import type { Step } from '../../lib/planner/derived.ts';
import { landOnTargets } from './land-on-target.ts';

export const stepAnchor = (step: Pick<Step, 'id'>) => `step-${step.id}`;

/** The text of a step's entry in "On this page": its number and title. */
export const stepLinkText = (step: Pick<Step, 'title'>, index: number) =>
  `${index + 1}. ${step.title}`;

/** Keeps every "On this page" list (desktop and mobile) in line with `steps`. */
export function useStepLinks(steps: readonly Step[]): void {
  const key = steps.map((step) => `${step.id}\u0000${step.title}`).join('\u0001');
  // Every guide has a runbook island: it also installs, once, the page's landing on jump targets.
  useEffect(landOnTargets, []);
  useEffect(() => {
    for (const list of stepLists()) syncList(list, steps);
    // Only a change of steps or titles matters, not every keystroke's new array.
  }, [key]);
}

/** The lists holding step links: the parent list of any link to a step. */
function stepLists(): HTMLUListElement[] {
  const lists = new Set<HTMLUListElement>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>(
    ':is(starlight-toc, mobile-starlight-toc) a[href^="#step-"]',
  )) {
    const list = link.closest('li')?.parentElement;
    if (list instanceof HTMLUListElement) lists.add(list);
  }
  return [...lists];
}

function syncList(list: HTMLUListElement, steps: readonly Step[]): void {
  const items = [...list.children] as HTMLLIElement[];
  const template = items[0];
  if (!template) return;
  steps.forEach((step, index) => {
    let item = items[index];
    if (!item) {
      item = template.cloneNode(true) as HTMLLIElement;
      list.append(item);
    }
    const link = item.querySelector('a');
    if (!link) return;
    link.href = `#${stepAnchor(step)}`;
    const text = link.querySelector('span') ?? link;
    const wanted = stepLinkText(step, index);
    if (text.textContent !== wanted) text.textContent = wanted;
  });
  for (const extra of items.slice(steps.length)) extra.remove();
}

/**
 * Starlight route data: on a guide, "On this page" lists the runbook's steps, numbered, under the
 * runbook's heading (the example plan's steps; the runbook island brings them in line with the
 * reader's plan, see components/ui/step-links.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { derive } from './lib/planner/derive.ts';
import { EXAMPLE_PLAN } from './lib/planner/plan/example.ts';
import type { ProductId } from './lib/planner/products.ts';
import { stepAnchor, stepLinkText } from './components/ui/step-links.ts';

/** The heading the runbook sits under on every guide (`## The runbook`). */
const RUNBOOK_HEADING = /runbook/i;

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const product = (route.entry.data as { guide?: { product: ProductId } }).guide?.product;
  const heading = route.toc?.items.find((item) => RUNBOOK_HEADING.test(item.text));
  if (!product || !heading) return;
  heading.children = derive(EXAMPLE_PLAN, product).steps.map((step, index) => ({
    depth: 3,
    slug: stepAnchor(step),
    text: stepLinkText(step, index),
    children: [],
  }));
});

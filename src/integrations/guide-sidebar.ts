/**
 * The sidebar's guide groups, from the product registry: one group per family, one link per
 * product that has rules (and therefore a guide), oldest first. A new product version appears
 * here without an edit.
 */
import { availableProducts, FAMILIES, guideHref } from '../lib/planner/products.ts';

export function guideSidebar() {
  return Object.values(FAMILIES)
    .map((family) => ({
      label: family.label,
      items: availableProducts(family.id).map((product) => ({
        label: product.shortLabel === 'SE' ? 'Subscription Edition (SE)' : product.shortLabel,
        link: guideHref(product.id),
      })),
    }))
    .filter((group) => group.items.length > 0);
}

/**
 * The guide a page is: its product, read once from the page's frontmatter (`guide.product`). The
 * guide components below place the islands of that product's family; MDX never repeats the product.
 */
import { familyOf, type Family, type ProductId } from '../../lib/planner/products.ts';

interface StarlightLocals {
  starlightRoute: { entry: { data: { guide?: { product: ProductId } } } };
}

export function guideOf(locals: unknown): { product: ProductId; family: Family } {
  const product = (locals as StarlightLocals).starlightRoute.entry.data.guide?.product;
  if (!product)
    throw new Error('guide components belong on guide pages (frontmatter guide.product)');
  return { product, family: familyOf(product) };
}

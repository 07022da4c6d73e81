import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
  EXCHANGE_PRODUCT_IDS,
  LYNC_PRODUCT_IDS,
  PRODUCTS,
  type ProductId,
} from './lib/planner/products.ts';

const available = (id: ProductId) => PRODUCTS[id].available;
const unavailable = { message: 'this product has no rules yet (no profile in its family)' };

/**
 * A guide is about one product version, named once, here; its family decides which rules and
 * islands the page loads. A discriminated union on the product: each family's products form one
 * member, so a family can add guide fields of its own.
 */
const guide = z.discriminatedUnion('product', [
  z.object({ product: z.enum(EXCHANGE_PRODUCT_IDS).refine(available, unavailable) }),
  z.object({ product: z.enum(LYNC_PRODUCT_IDS).refine(available, unavailable) }),
]);

/** Frontmatter our pages add to Starlight's. Checked at build. */
const pageFields = z.object({
  /** The product version a guide is about; absent on general pages. Guides get the plan bar. */
  guide: guide.optional(),
  /** Show the plan bar under the title on a page that is not a guide. */
  planBar: z.boolean().default(false),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFields }) }),
  /** Starlight's UI strings (none overridden yet; declared so the build knows the collection). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};

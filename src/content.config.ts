import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { EXCHANGE_VERSIONS } from './lib/planner/plan/types.ts';

/** Frontmatter our pages add to Starlight's. Checked at build: a guide must name its product and version. */
const guideFields = z
  .object({
    /** The product a guide is about; absent on general pages. */
    product: z.enum(['exchange']).optional(),
    /** The one product version a guide is about. */
    version: z.enum(EXCHANGE_VERSIONS).optional(),
    /** Position among the guides of its product (also the sidebar order). */
    order: z.number().int().positive().optional(),
    /** Show the plan bar under the title. */
    planBar: z.boolean().default(false),
  })
  .refine((data) => (data.product === undefined) === (data.version === undefined), {
    message: 'a guide needs both `product` and `version`; a general page has neither',
  })
  .refine((data) => data.product === undefined || (data.planBar && data.order !== undefined), {
    message: 'a guide needs `order` and `planBar: true`',
  });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFields }) }),
  /** Starlight's UI strings (none overridden yet; declared so the build knows the collection). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};

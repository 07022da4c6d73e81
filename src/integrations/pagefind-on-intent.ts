/**
 * Starlight imports its search UI (Pagefind's, about 26 KB gzip) on every page as soon as the
 * browser is idle, whether or not the reader ever searches. This Vite plugin hands Starlight's
 * search component a stand-in (src/components/search/load-search-on-intent.ts) that loads the real UI
 * when the reader shows they want it: pointer over or focus on the search button, a touch, or the
 * dialog opening (click, Ctrl/⌘+K). The stand-in reaches the real package through a virtual module
 * resolved from Starlight's own import, so it is always the copy Starlight would have used. If a
 * Starlight release stops importing '@pagefind/default-ui' this way, nothing is redirected and
 * search loads at idle as before.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PACKAGE = '@pagefind/default-ui';
const REAL_UI = 'virtual:uc-runbook/pagefind-default-ui';
const STAND_IN = fileURLToPath(
  new URL('../components/search/load-search-on-intent.ts', import.meta.url),
);
const STARLIGHT_SEARCH = /[\\/]@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro/;

export function pagefindOnIntent(): Plugin {
  let searchImporter: string | undefined;
  return {
    name: 'uc-runbook:pagefind-on-intent',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (id === PACKAGE && importer && STARLIGHT_SEARCH.test(importer)) {
        searchImporter = importer;
        return STAND_IN;
      }
      if (id === REAL_UI)
        return this.resolve(PACKAGE, searchImporter ?? importer, { ...options, skipSelf: true });
      return null;
    },
  };
}

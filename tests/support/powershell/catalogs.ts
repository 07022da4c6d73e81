/**
 * The cmdlet catalogs the artifact tests read generated PowerShell against: Microsoft's reference
 * (tests/fixtures/catalog/cmdlets.json) and, for Exchange 2007 parts, the hand-kept 2007 list.
 */
import { fileURLToPath } from 'node:url';
import type { Shell } from '../../../src/lib/planner/derived.ts';
import { Catalog } from './catalog.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/catalog/${name}`, import.meta.url));

export const catalog = Catalog.load(fixture('cmdlets.json'));
export const catalog2007 = Catalog.loadExchange2007(
  fixture('cmdlets.json'),
  fixture('exchange-2007.json'),
);

/** The catalog a part in `shell` is read against. */
export const catalogForShell = (shell: Shell): Catalog =>
  shell === 'exchange-2007' ? catalog2007 : catalog;

/**
 * Vitest setup: the IDNA tables load before any test reads a plan, as the CLI loads them before it
 * reads one that needs them (src/lib/planner/names/idna.ts). The browser loads them on demand; that
 * path is tested in the browser (tests/e2e/hostile.spec.ts).
 */
import { loadIdna } from '../../src/lib/planner/names/idna.ts';

await loadIdna();

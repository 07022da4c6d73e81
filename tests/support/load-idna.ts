/**
 * Vitest setup: the IDNA tables load before any test reads a plan, as the CLI loads them before it
 * reads one (src/lib/planner/names/idna.ts). The browser loads them on demand; tests of that waiting
 * state unload nothing and check it in the browser (tests/e2e/hostile.spec.ts).
 */
import { loadIdna } from '../../src/lib/planner/names/idna.ts';

await loadIdna();

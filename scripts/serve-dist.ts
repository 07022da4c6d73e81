/**
 * Serves the built site (dist/) for the browser tests and the benchmark. `astro preview` allows one
 * instance per machine, so tests would fail while a developer has `npm start` running; this serves
 * the same files the way a static host does (src/cli/pdf/serve-static.ts).
 *   node scripts/serve-dist.ts [port]
 */
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../src/cli/pdf/serve-static.ts';

const ROOT = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4322);
const { origin } = await serveStatic(ROOT, port);
console.log(`serving ${ROOT} at ${origin}/`);

/**
 * The planner's public surface. Pure TypeScript: no DOM, storage, UI or crypto libraries, so the
 * same code runs in the browser, the CLI and the tests.
 */
export { derive, productsOf } from './derive.ts';
export { parsePlan, type ParseOptions } from './plan/parse.ts';
export { EXAMPLE_PLAN } from './plan/example.ts';
export * from './plan/plan.ts';
export * from './products.ts';
export type * from './derived.ts';
export { SOURCES, type SourceId, type Source } from './sources.ts';
export type { Statement, Expr, Command } from './powershell/ast.ts';

/**
 * Names shared by the stores and the client directives (components/directives/), which run before
 * any island and so import nothing but this file.
 */
export const STORAGE_PREFIX = 'uc-runbook:';
/** Where the reader's plan is saved. */
export const PLAN_KEY = `${STORAGE_PREFIX}plan:v2`;
/** Where the first release saved it (stores/migrate-storage.ts moves it to PLAN_KEY). */
export const PLAN_V1_KEY = `${STORAGE_PREFIX}plan:v1`;
/** The window property the CLI's init script defines (src/cli/pdf/render.ts, stores/session-plan.ts). */
export const SESSION_GLOBAL = '__ucRunbookSession';

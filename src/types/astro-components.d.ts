/**
 * `.astro` components imported from TypeScript (components/guide/index.ts re-exports them for
 * the MDX guides). Astro's editor tooling types them; plain `tsc` needs this declaration.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

/** The site's own client directive (src/integrations/plan-family-directive.ts). */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:plan-family'?: 'exchange' | 'lync';
  }
}
export {};

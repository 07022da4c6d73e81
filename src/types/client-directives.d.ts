/** The site's own client directives (src/integrations/client-directives.ts). */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:plan-family'?: 'exchange' | 'lync';
    'client:personal'?: boolean;
  }
}
export {};

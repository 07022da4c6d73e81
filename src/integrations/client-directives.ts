/**
 * Registers the site's own client directives (src/components/directives/): client:plan-family for
 * the runbook page's sections, client:personal for islands whose server-rendered example is
 * already right until the reader has a plan of their own.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const DIRECTIVES = ['plan-family', 'personal'] as const;

export function clientDirectives(): AstroIntegration {
  return {
    name: 'uc-runbook:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const name of DIRECTIVES) {
          addClientDirective({
            name,
            entrypoint: fileURLToPath(
              new URL(`../components/directives/${name}.ts`, import.meta.url),
            ),
          });
        }
      },
    },
  };
}

/** Registers client:plan-family (src/components/runbook/plan-family-directive.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function planFamilyDirective(): AstroIntegration {
  return {
    name: 'uc-runbook:plan-family-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'plan-family',
          entrypoint: fileURLToPath(
            new URL('../components/runbook/plan-family-directive.ts', import.meta.url),
          ),
        });
      },
    },
  };
}

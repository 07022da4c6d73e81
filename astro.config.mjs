// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { pagefindOnIntent } from './src/integrations/pagefind-on-intent.ts';
import { guideSidebar } from './src/integrations/guide-sidebar.ts';
import { clientDirectives } from './src/integrations/client-directives.ts';

export default defineConfig({
  // Page prefetching watches every DOM change for new links, which costs each keystroke a repaint
  // of hundreds of nodes; pages here are small static files and load fast without it.
  prefetch: false,
  // Starlight's search UI loads when the reader reaches for search, not on every page at idle.
  vite: { plugins: [pagefindOnIntent()] },
  integrations: [
    starlight({
      title: 'UC Runbook',
      description:
        'Exchange certificate, DNS and PowerShell runbooks that use your own names, computed in your browser.',
      customCss: ['./src/styles/runbook.css'],
      // Guides list their runbook steps in "On this page" (see the module).
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Head: './src/components/overrides/Head.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
      },
      sidebar: [
        { label: 'Start here', link: '/' },
        { label: 'Your plan', link: '/your-plan/' },
        { label: 'Your runbook (print, PDF)', link: '/runbook/' },
        { label: 'One certificate for Exchange and Lync', link: '/one-certificate/' },
        {
          label: 'Tools',
          items: [{ label: 'Certificate checker', link: '/tools/certificate-checker/' }],
        },
        // One group per product family, one link per product with rules, in registry order.
        ...guideSidebar(),
        { label: 'About', link: '/about/' },
      ],
    }),
    mdx(),
    preact(),
    // client:plan-family: the runbook page hydrates only the product families the plan runs.
    clientDirectives(),
    // Only this site's own files may load (no CDN, fonts or analytics); see the integration.
    contentSecurityPolicy(),
  ],
});

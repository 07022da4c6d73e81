// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'UC Runbook',
      description: 'Exchange and Lync/Skype for Business certificate, DNS and PowerShell runbooks that rewrite themselves with your own names.',
    }),
    mdx(),
    preact(),
  ],
});

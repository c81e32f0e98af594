// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address, set in one place; canonical links derive from it.
  site: 'https://502.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // MDX: one prose file per machine state, under content/.
    mdx(),
    // Preact: the wizard island, the only client-side code on a page.
    preact(),
  ],
  markdown: {
    // Shiki's own output uses inline style attributes, which the strict Content
    // Security Policy forbids; src/components/prose/Pre.astro highlights code
    // blocks at build time into classes instead.
    syntaxHighlight: false,
  },
  security: {
    // Scripts and styles by hash, so no 'unsafe-inline' is ever needed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});

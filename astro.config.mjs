// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The one inline script (the colour scheme, set before first paint), allowed by its hash. */
const themeInit = readFileSync(new URL('./src/client/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  // The public address, set in one place; canonical links derive from it.
  site: 'https://502.example.org',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // A node page arrives in one round trip with its styles: left on 'auto',
    // Astro moves a stylesheet of 4 KB or more out to a file of its own.
    inlineStylesheets: 'always',
  },
  integrations: [
    // MDX: one prose file per machine state, under content/.
    mdx(),
    // Preact: the islands (the wizard, the analyzer, the timeout chain). Only
    // .tsx and .jsx files hold JSX: left to its default, Preact's Vite preset
    // also runs Babel over every .ts file, a generated machine of thousands of
    // states among them, to compile none.
    preact({ include: [/\.[jt]sx$/] }),
    // `client:afterload`: islands wake once the page has loaded, so nothing of theirs is JavaScript at load.
    {
      name: 'after-load',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => addClientDirective({ name: 'afterload', entrypoint: './src/islands/hydrate/afterLoad.ts' }),
      },
    },
    // Sitemap: lists every page the build writes (not the 404 page), from `site` above.
    sitemap(),
  ],
  vite: {
    resolve: {
      // Preact's renderer hydrates through src/islands/hydrate/preact.ts, which never loads @preact/signals.
      alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/islands/hydrate/preact.ts', import.meta.url)) }],
    },
  },
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
      scriptDirective: {
        // Pagefind's search compiles its WebAssembly in the page; 'wasm-unsafe-eval'
        // allows exactly that and no JavaScript eval. Listing resources replaces
        // Astro's default, so 'self' is restated.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeInitHash],
      },
    },
  },
});

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate once the page has loaded and the browser is idle (src/islands/hydrate/afterLoad.ts). */
    'client:afterload'?: boolean;
  }
}

export {};

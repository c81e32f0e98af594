import type { APIRoute } from 'astro';

/** Every page is public; crawlers are pointed at the sitemap the sitemap integration writes. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

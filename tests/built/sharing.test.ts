import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { machineNodes } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { builtHtmlFiles, builtPageUrls, distDir, readBuilt, urlOf } from '../support/dist';

const site = config.site!;

/** Undoes the escaping Astro applies to text and attribute values. */
const unescape = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** What a link preview reads from a page's head. */
function headOf(html: string) {
  const meta = (attribute: 'name' | 'property', key: string) => {
    const value = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
    return value === undefined ? undefined : unescape(value);
  };
  return {
    title: unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: meta('name', 'description'),
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    ogUrl: meta('property', 'og:url'),
    ogTitle: meta('property', 'og:title'),
    ogImage: meta('property', 'og:image'),
    ogImageAlt: meta('property', 'og:image:alt'),
    twitterCard: meta('name', 'twitter:card'),
  };
}

/** The width and height a PNG declares in its IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = builtHtmlFiles()
  .filter((file) => file !== '404.html')
  .map((file) => ({ url: urlOf(file), head: headOf(readBuilt(file)) }));
const headByUrl = new Map(pages.map((page) => [page.url, page.head]));

/** The built file an absolute URL on the site points to. */
const distFileOf = (address: string) => join(distDir, new URL(address).pathname);

describe('a shared link to a page', () => {
  test.each(pages)('$url names itself: its own title, description and canonical address', ({ url, head }) => {
    expect(head.canonical, 'canonical is the site address plus the page path').toBe(new URL(url, site).href);
    expect(head.ogUrl, 'og:url is the canonical address').toBe(head.canonical);
    expect(head.ogTitle && head.title.startsWith(head.ogTitle), 'og:title is the page title').toBe(true);
    expect(head.description, 'a description').toBeTruthy();
    expect(head.twitterCard).toBe('summary_large_image');
  });

  test('no two pages share a title or a description', () => {
    const repeated = (values: (string | undefined)[]) => values.filter((value, i) => values.indexOf(value) !== i);
    expect(repeated(pages.map((page) => page.head.title))).toEqual([]);
    expect(repeated(pages.map((page) => page.head.description))).toEqual([]);
  });

  test.each(pages)('$url shows a 1200×630 PNG preview whose text alternative names the page', ({ head }) => {
    expect(head.ogImage, 'og:image is an absolute address on the site').toMatch(new RegExp(`^${site}/og/.+\\.png$`));
    const file = distFileOf(head.ogImage!);
    expect(existsSync(file), `${file} was built`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(head.ogImageAlt, 'the alt text carries the page title').toContain(head.ogTitle);
  });

  test('every node page has a preview image of its own', () => {
    const images = machineNodes.map((node) => headByUrl.get(nodeUrl(node.id))?.ogImage);
    expect(images.filter((image) => image === undefined), 'every node page has an og:image').toEqual([]);
    const digests = images.map((image) => createHash('sha256').update(readFileSync(distFileOf(image!))).digest('hex'));
    expect(new Set(images).size, 'no two node pages point at the same image').toBe(machineNodes.length);
    expect(new Set(digests).size, 'no two node images have the same pixels').toBe(machineNodes.length);
  });
});

describe('crawlers', () => {
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  test('robots.txt allows everything and names the sitemap by its absolute address', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(new URL('/sitemap-index.xml', site).href);
    expect(existsSync(distFileOf(sitemap!)), 'the sitemap it names was built').toBe(true);
  });

  test('the sitemap lists exactly the pages a visitor can open, by absolute address', () => {
    const sitemaps = locations(read('sitemap-index.xml'));
    const listed = sitemaps.flatMap((sitemap) => locations(readFileSync(distFileOf(sitemap), 'utf8')));
    expect(listed.toSorted()).toEqual(builtPageUrls().map((url) => new URL(url, site).href).toSorted());
  });
});

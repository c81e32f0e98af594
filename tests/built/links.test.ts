import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, distDir, readBuilt, urlOf } from '../support/dist';

const idsOf = (markup: string) => new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The ids on each built page and chart file, for checking `#fragment` links (a diagnosis's inset marks itself by one). */
const idsByUrl = new Map([
  ...builtHtmlFiles().map((file) => [urlOf(file), idsOf(readBuilt(file))] as const),
  ...readdirSync(join(distDir, 'map'))
    .filter((name) => name.endsWith('.svg'))
    .map((name) => [`/map/${name}`, idsOf(readFileSync(join(distDir, 'map', name), 'utf8'))] as const),
]);

/** Every same-site address a page refers to: links, scripts, styles, icons, island code. */
function references(html: string): string[] {
  const attributes = /\s(?:href|src|component-url|renderer-url)="([^"]+)"/g;
  return [...html.matchAll(attributes)].map((match) => match[1].replaceAll('&amp;', '&'));
}

/** The file a static host would serve for a same-site path, if there is one. */
function servedFile(path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path];
  return candidates.map((candidate) => join(distDir, decodeURIComponent(candidate))).find((file) => existsSync(file));
}

describe('built pages', () => {
  test.each(builtHtmlFiles())('%s links only to pages, files and anchors that exist', (file) => {
    const here = urlOf(file);
    const broken = references(readBuilt(file)).filter((reference) => {
      const url = new URL(reference, `https://site.test${here}`);
      if (url.origin !== 'https://site.test') return false;
      if (!servedFile(url.pathname)) return true;
      const fragment = decodeURIComponent(url.hash.slice(1));
      return fragment !== '' && !idsByUrl.get(url.pathname)?.has(fragment);
    });
    expect(broken).toEqual([]);
  });

  test.each(builtHtmlFiles())('%s loads nothing from another origin', (file) => {
    const html = readBuilt(file);
    const fetching = [...html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*>/g)]
      .map((tag) => tag[0])
      .filter((tag) => !/\srel="canonical"/.test(tag));
    const loaded = fetching.flatMap((tag) => [...tag.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]));
    expect(loaded.filter((address) => /^(?:[a-z]+:)?\/\//i.test(address))).toEqual([]);
  });
});

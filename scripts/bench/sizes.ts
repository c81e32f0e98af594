import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one built page costs over the wire, gzipped, in bytes. */
export interface PageBytes {
  url: string;
  /** The HTML, with the inline CSS and scripts it carries. */
  html: number;
  /** Stylesheets it links to. */
  css: number;
  /** Scripts it runs before its load event, followed through their static imports. */
  js: number;
  /** Scripts loaded after that: dynamic imports, and islands that hydrate once the page has loaded. */
  lazyJs: number;
  /** Scripts loaded only when the person opens a feature: search's dialog. Outside the budget. */
  onUseJs: number;
}

/** Hydration directives that wait for the page to have loaded (or later): their island's scripts are not JavaScript at load. */
const waitingDirectives = new Set(['afterload', 'idle', 'visible']);

/** Dynamic imports made by the search launcher run on first use of search, not after load. */
const onUseImporter = /\/Search\.astro_[^/]*\.js$/;

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Every `.html` page under a built site, with its public URL. */
export function builtPages(dist: string): { url: string; file: string }[] {
  const pages: { url: string; file: string }[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.html')) {
        const url = `/${relative(dist, path).split(sep).join('/')}`.replace(/index\.html$/, '');
        pages.push({ url, file: path });
      }
    }
  };
  visit(dist);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

/** The scripts a script pulls in: static imports now; dynamic imports and module workers later. */
function importsOf(source: string): { now: string[]; later: string[] } {
  const now = [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  const imported = [...source.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]);
  const workers = [...source.matchAll(/\bnew Worker\(\s*new URL\(\s*["'`]\/_astro\/([^"'`]+\.js)["'`]/g)].map((m) => `./${m[1]}`);
  return { now, later: [...imported, ...workers] };
}

/** Measures each page of a built site in `dist`. */
export function measurePages(dist: string): PageBytes[] {
  const cache = new Map<string, string>();
  const read = (path: string) => {
    if (!cache.has(path)) cache.set(path, readFileSync(path, 'utf8'));
    return cache.get(path)!;
  };
  /** All scripts reachable from `entries` through static imports, as dist paths. */
  /** `later` holds the dynamic imports met on the way; with `followLater`, they are followed too (all but search's, which wait for use). */
  const closure = (entries: string[], followLater = false) => {
    const seen = new Set<string>();
    const later = new Set<string>();
    const onUse = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (seen.has(path) || !existsSync(join(dist, path))) continue;
      seen.add(path);
      const imports = importsOf(read(join(dist, path)));
      const folder = path.slice(0, path.lastIndexOf('/') + 1);
      for (const next of imports.now) queue.push(folder + next.slice(2));
      for (const next of imports.later) {
        const target = folder + next.slice(2);
        if (onUseImporter.test(path)) onUse.add(target);
        else if (followLater) queue.push(target);
        else later.add(target);
      }
    }
    return { seen, later, onUse };
  };
  const size = (paths: Iterable<string>) => [...paths].reduce((sum, path) => sum + gzipped(read(join(dist, path))), 0);

  return builtPages(dist).map(({ url, file }) => {
    const html = read(file);
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) => m[1]);
    const scripts = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]);
    const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => ({
      waits: waitingDirectives.has(/\bclient="([a-z]+)"/.exec(tag)?.[1] ?? ''),
      urls: [...tag.matchAll(/(?:component|renderer)-url="(\/[^"]+)"/g)].map((m) => m[1]),
    }));
    const initial = closure([...scripts, ...islands.filter((island) => !island.waits).flatMap((island) => island.urls)]);
    const waiting = islands.filter((island) => island.waits).flatMap((island) => island.urls);
    const lazy = closure([...initial.later, ...waiting].filter((path) => !initial.seen.has(path)), true);
    const lazyOnly = [...lazy.seen].filter((path) => !initial.seen.has(path));
    const loaded = new Set([...initial.seen, ...lazyOnly]);
    const used = closure([...initial.onUse, ...lazy.onUse].filter((path) => !loaded.has(path)));
    const onUseOnly = [...used.seen].filter((path) => !loaded.has(path));
    return {
      url,
      html: gzipped(html),
      css: size(styles),
      js: size(initial.seen),
      lazyJs: size(lazyOnly),
      onUseJs: size(onUseOnly),
    };
  });
}

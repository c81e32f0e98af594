/**
 * Writes dist/sw.js: the service worker with the list of files it keeps for
 * offline use, the small shell it installs with, and a version derived from
 * their contents. Runs after the build and the search index, so both are in
 * the list. Prints what the shell and the whole site cost to download.
 *
 * Usage: tsx scripts/build/service-worker.ts [dir=dist]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Files a visit never needs offline: preview images for link unfurlers, crawler files, host config. */
const skip = [/^og\//, /^sitemap.*\.xml$/, /^robots\.txt$/, /^_headers$/, /^sw\.js$/];

/**
 * What installing the worker fetches, before it takes over: the start page,
 * the 404 page (the answer offline for an address the site lacks), the icon,
 * and the site's code and stylesheet under `_astro/`, whose names carry a
 * hash, so a deploy that leaves them alone downloads none of them again.
 */
const inShell = (file: string) => ['index.html', '404.html', 'favicon.svg'].includes(file) || file.startsWith('_astro/');

/** The URL a file is fetched by: pages by their folder, as links point to them. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The files of the site built in `dist` that the worker keeps, relative to `dist`: every one, and the shell. */
export function offlineFiles(dist: string): { files: string[]; shell: string[] } {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dist, path).split(sep).join('/')];
    });
  const files = walk(dist)
    .filter((file) => !skip.some((pattern) => pattern.test(file)))
    .sort();
  return { files, shell: files.filter(inShell) };
}

/** How many files, and their bytes as stored and gzipped (level 9, as `npm run bench` measures). */
export function downloadCost(dist: string, files: string[]): { files: number; bytes: number; gzipped: number } {
  const contents = files.map((file) => readFileSync(join(dist, file)));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    files: files.length,
    bytes: sum(contents.map((content) => content.length)),
    gzipped: sum(contents.map((content) => gzipSync(content, { level: 9 }).length)),
  };
}

/** Writes `dist/sw.js` for the site built in `dist`; returns the files it keeps and its shell. */
export function writeServiceWorker(dist: string): { files: string[]; shell: string[] } {
  const { files, shell } = offlineFiles(dist);
  const version = createHash('sha256');
  for (const file of files) version.update(file).update(readFileSync(join(dist, file)));
  const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
  const worker = template
    .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace('__FILES__', JSON.stringify(files.map(urlOf)))
    .replace('__SHELL__', JSON.stringify(shell.map(urlOf)));
  writeFileSync(join(dist, 'sw.js'), worker);
  return { files, shell };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  const { files, shell } = writeServiceWorker(dist);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const say = (what: string, cost: ReturnType<typeof downloadCost>) =>
    `${what}: ${cost.files} files, ${kb(cost.gzipped)} gzipped (${kb(cost.bytes)} as stored)`;
  console.log(`sw.js: ${say('installs with', downloadCost(dist, shell))}; ${say('the whole site', downloadCost(dist, files))}`);
}

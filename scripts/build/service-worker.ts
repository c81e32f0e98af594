/**
 * Writes dist/sw.js: the service worker with the list of files to precache
 * and a version derived from their contents. Runs after the build and the
 * search index, so both are in the list.
 *
 * Usage: tsx scripts/build/service-worker.ts [dir=dist]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files a visit never needs offline: preview images for link unfurlers, crawler files, host config. */
const skip = [/^og\//, /^sitemap.*\.xml$/, /^robots\.txt$/, /^_headers$/, /^sw\.js$/];

/** The URL a file is fetched by: pages by their folder, as links point to them. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Writes `dist/sw.js` for the site built in `dist`; returns how many files it precaches and their total bytes. */
export function writeServiceWorker(dist: string): { files: number; bytes: number } {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [relative(dist, path).split(sep).join('/')];
    });
  const precached = files(dist)
    .filter((file) => !skip.some((pattern) => pattern.test(file)))
    .sort();
  const version = createHash('sha256');
  for (const file of precached) version.update(file).update(readFileSync(join(dist, file)));
  const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
  const worker = template
    .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace('__FILES__', JSON.stringify(precached.map(urlOf)));
  writeFileSync(join(dist, 'sw.js'), worker);
  return { files: precached.length, bytes: precached.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, bytes } = writeServiceWorker(process.argv[2] ?? 'dist');
  console.log(`sw.js: ${files} files to precache, ${(bytes / 1024).toFixed(0)} KB`);
}

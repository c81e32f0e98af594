/**
 * Builds the Pagefind search index over the built site, after `astro build`.
 * Only the regions marked `data-pagefind-body` (a node's article, a reference
 * page's content) are indexed; Pagefind skips every page without one.
 *
 * Usage: tsx scripts/build/search-index.ts [dir=dist]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const bundle = join(site, 'pagefind');

/** Pagefind's ready-made interfaces: the site has its own dialog, so these would only be dead weight on the host. */
const unusedFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Throws with Pagefind's own messages when a step reports errors. */
function ensure<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
  return response;
}

try {
  const { index } = ensure('createIndex', await createIndex({ forceLanguage: 'en' }));
  if (!index) throw new Error('Pagefind created no index');
  ensure('addDirectory', await index.addDirectory({ path: site }));
  const { files } = ensure('getFiles', await index.getFiles());
  await rm(bundle, { recursive: true, force: true });
  const written = files.filter((file) => !unusedFile.test(file.path));
  for (const file of written) {
    const target = join(bundle, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  console.log(`Search index: ${written.length} files in ${bundle}`);
} finally {
  await close();
}

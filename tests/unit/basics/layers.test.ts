import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const src = join(import.meta.dirname, '../../../src');

/**
 * The folders of `src/`, lowest first. A file may import from its own folder
 * and from any folder of a lower layer, never from a higher layer or from
 * another folder of its own layer: the machine knows nothing of pages, and an
 * island and a page script never lean on each other.
 */
const layers: string[][] = [
  ['machine', 'styles'],
  ['schemas'],
  ['analyzer', 'timeouts'],
  ['lib'],
  ['islands', 'client', 'search'],
  ['components'],
  ['layouts'],
  ['pages'],
];

const layerOf = new Map(layers.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** The top folder of `src/` a path lies in, or null for files at its root such as `content.config.ts`. */
const folderOf = (path: string): string | null => {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0] : null;
};

/** Every relative import of a file: static, dynamic, type-only and re-exports, as TypeScript's own scanner finds them. */
const importsOf = (file: string) =>
  ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\?.*$/, '')));

describe('src/', () => {
  const files = sourceFiles(src);

  test('has every folder in exactly one layer', () => {
    const folders = [...new Set(files.map(folderOf).filter((folder) => folder !== null))];
    expect(folders.filter((folder) => !layerOf.has(folder)), 'folders the layers do not place').toEqual([]);
  });

  test('imports only downward, never up a layer or sideways into another folder of the same layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      if (from === null) continue;
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to === null || to === from) continue;
        const [fromRank, toRank] = [layerOf.get(from)!, layerOf.get(to)!];
        if (toRank >= fromRank) wrong.push(`${relative(src, file)} imports ${relative(src, target)} (${from} may not depend on ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('finds the imports it polices, including dynamic ones', () => {
    const launcher = importsOf(join(src, 'search/launcher.ts')).map((path) => relative(src, path));
    expect(launcher, 'the lazy import of the search dialog is seen').toContain(join('search', 'dialog'));
  });
});

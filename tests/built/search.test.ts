import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../src/lib/graph';
import { nodeUrl, referenceUrl } from '../../src/lib/urls';
import { readReferenceSlugs } from '../support/content';
import { builtHtmlFiles, distDir, readBuilt, urlOf } from '../support/dist';

const bundle = join(distDir, 'pagefind');
const searchable = new Set([...machineNodes.map((node) => nodeUrl(node.id)), ...[...readReferenceSlugs()].map(referenceUrl)]);

describe('search index', () => {
  test('indexes every node page and every reference page, and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(searchable.size);
  });

  test('ships the browser script, its worker and the WebAssembly it loads, without Pagefind’s unused ready-made interfaces', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind']) expect(existsSync(join(bundle, file)), file).toBe(true);
    expect(existsSync(join(bundle, 'pagefind-ui.js'))).toBe(false);
  });

  test.each(builtHtmlFiles())('%s marks a region for the index only if it is a node or reference page', (file) => {
    const bodies = readBuilt(file).match(/\sdata-pagefind-body[\s>]/g) ?? [];
    expect(bodies.length).toBe(searchable.has(urlOf(file)) ? 1 : 0);
  });
});

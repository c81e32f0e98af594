import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNodeContent, splitFrontmatter } from '../support/content';
import { proseWords, shingles } from '../support/overlap';

/** The guide the tree's facts started from; it sits beside the repository, not in it. */
const seedDir = join(import.meta.dirname, '../../../shared/seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).map((file) => readFileSync(join(seedDir, file), 'utf8')) : [];

/** Seven words in a row is a copied phrase, not a shared fact. */
const RUN = 7;

describe.skipIf(seeds.length === 0)('content prose', () => {
  const borrowed = shingles(seeds.flatMap(proseWords), RUN);
  const prose = new Map<string, string>();
  for (const [id, node] of readNodeContent()) {
    const labels = Object.values(node.answers ?? {}).map((answer) => answer.label);
    prose.set(`content/nodes/${id}.mdx`, [node.title, node.summary, ...labels, node.body].join('\n'));
  }
  const referenceDir = join(import.meta.dirname, '../../content/reference');
  for (const file of readdirSync(referenceDir)) {
    const { data, body } = splitFrontmatter(readFileSync(join(referenceDir, file), 'utf8'));
    const { title, summary } = data as { title: string; summary: string };
    prose.set(`content/reference/${file}`, [title, summary, body].join('\n'));
  }

  test.each([...prose])('%s copies no run of seven words from the seed guide', (_file, text) => {
    const copied = [...shingles(proseWords(text), RUN)].filter((run) => borrowed.has(run));
    expect(copied).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNodeContent, splitFrontmatter } from '../support/content';
import { proseWords, shingles } from '../support/overlap';
import { fingerprint, fingerprintFile, fingerprintsOf, keptFingerprints, RUN, seedTexts } from '../support/seed';

describe('content prose', () => {
  const borrowed = keptFingerprints();
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
    const copied = [...shingles(proseWords(text), RUN)].filter((run) => borrowed.has(fingerprint(run)));
    expect(copied).toEqual([]);
  });
});

describe('the seed fingerprints', () => {
  const texts = seedTexts();

  test('hold a fingerprint for every seven-word run of the guide', () => {
    expect(keptFingerprints().size, `${fingerprintFile} lists the guide's runs`).toBeGreaterThan(1000);
  });

  test.skipIf(texts.length === 0)('match the guide beside the repository (regenerate with `npx tsx scripts/seed-fingerprints.ts`)', () => {
    expect([...keptFingerprints()].sort()).toEqual(fingerprintsOf(texts));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cases, products } from '../../scripts/capture/cases';
import { readNodeContent } from '../support/content';
import { classify, readFixtures, realFixtures } from '../support/analyzer';

/**
 * Every case of the capture's table (scripts/capture/cases.ts), on the
 * checked-in capture and, with FRESH_FIXTURES set (CI sets it), on what
 * `npm run fixtures` has just captured from the installed servers.
 */
const sets = [['checked-in fixtures', realFixtures]];
if (process.env.FRESH_FIXTURES) sets.push(['freshly captured fixtures', process.env.FRESH_FIXTURES]);

const content = readNodeContent();

for (const [name, dir] of sets) {
  describe(`classify on ${name}`, () => {
    const pastes = readFixtures(dir);

    test('holds every case of the table, and no other', () => {
      expect([...pastes.keys()].sort()).toEqual(cases.map((c) => c.id).sort());
    });

    test.each(cases)('lands $id ($server: $broken) on $node', (c) => {
      const result = classify(pastes.get(c.id) ?? '');
      expect(result.kind === 'match' && result.best.node, `the best node for ${c.id}`).toBe(c.node);
      if (result.kind !== 'match') return;
      const said = result.best.status ?? 502;
      if (c.status >= 500) expect(said, `the status ${c.node} says, for a case that answered ${c.status}`).toBe(c.status);
      if (content.get(c.node)?.kind !== 'diagnosis') {
        expect(result.others.length, `candidates ranked under the check ${c.node}`).toBeGreaterThan(0);
      }
    });

    test.each(cases)('$id answered $status', (c) => {
      const headers = readFileSync(join(dir, c.id, 'headers'), 'utf8');
      expect(Number(/^HTTP\/[\d.]+ (\d{3})/.exec(headers)?.[1] ?? 200), `the status line of ${c.id}`).toBe(c.status);
    });
  });
}

describe('the checked-in capture', () => {
  const versions: Record<string, string> = JSON.parse(readFileSync(join(realFixtures, 'versions.json'), 'utf8'));

  test.each(cases.filter((c) => content.get(c.node)?.kind !== 'question' && content.get(c.node)?.kind !== 'check'))('backs $node with the $server version it ran ($id)', (c) => {
    const product = products[c.server];
    const entries = (content.get(c.node)?.checked ?? []).filter((entry) => entry.product === product && entry.source === 'captured');
    const ran = versions[product];
    expect(
      entries.some((entry) => ran === entry.versions || ran.startsWith(`${entry.versions}.`)),
      `content/nodes/${c.node}.mdx says checked: { product: ${product}, versions: "${ran}", source: captured }`,
    ).toBe(true);
  });
});

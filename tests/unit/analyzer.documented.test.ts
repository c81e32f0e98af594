import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../src/lib/graph';
import { documentedCases } from '../fixtures/documented/cases';
import { classify } from '../support/analyzer';

describe('classify on lines in the formats vendors document', () => {
  test('names each case after the documentation it follows, and each lands on a node of the tree', () => {
    const ids = new Set(machineNodes.map((node) => node.id));
    for (const { name, source, expect: node } of documentedCases) {
      expect(name, 'a documented case says so in its name').toMatch(/-documented$/);
      expect(source, `${name} names the vendor page it follows`).toMatch(/^https:\/\//);
      expect(ids.has(node), `${name} expects ${node}, which is a node of the tree`).toBe(true);
    }
    expect(new Set(documentedCases.map((c) => c.name)).size, 'names are unique').toBe(documentedCases.length);
  });

  test.each(documentedCases.map((c) => [c.name, c] as const))('lands %s on its node', (name, { paste, expect: node }) => {
    const result = classify(paste);
    expect(result.kind === 'match' && result.best.node, `the best node for ${name}`).toBe(node);
  });
});

import { describe, expect, test } from 'vitest';
import { machineNodes, shortestSteps, type MachineNode, type Step } from '../../src/lib/graph';
import { layOutMap, type MapBranch } from '../../src/lib/map';
import { startId } from '../../src/lib/urls';

/** Every branch on the map, depth first, in the order the page shows them. */
function branches(root: MapBranch): MapBranch[] {
  return [root, ...root.edges.flatMap((edge) => (edge.branch ? branches(edge.branch) : []))];
}

const map = layOutMap(machineNodes, shortestSteps, startId);

describe('layOutMap', () => {
  test('places every machine state exactly once', () => {
    const placed = branches(map).map((branch) => branch.id);
    expect(placed.toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
  });

  test('shows every answer of the machine once, as a branch or as a cross-link', () => {
    const onMap = branches(map).flatMap((branch) => branch.edges.map((edge) => `${branch.id} ${edge.event} ${edge.target}`));
    const inMachine = machineNodes.flatMap((node) => node.edges.map((edge) => `${node.id} ${edge.event} ${edge.target}`));
    expect(onMap.toSorted()).toEqual(inMachine.toSorted());
  });

  test('places each node under the last answer of its shortest walk', () => {
    for (const branch of branches(map)) {
      for (const edge of branch.edges.filter((edge) => edge.branch)) {
        expect(shortestSteps.get(edge.target)!.at(-1), edge.target).toEqual({ node: branch.id, event: edge.event });
        expect(edge.branch!.depth, `${edge.target} sits as deep as its walk is long`).toBe(shortestSteps.get(edge.target)!.length);
      }
    }
  });

  test('returns a cross-link, not a second copy, when two answers lead to one node', () => {
    const nodes: MachineNode[] = [
      { id: 'a', kind: 'question', edges: [{ event: 'X', target: 'c' }, { event: 'Y', target: 'b' }] },
      { id: 'b', kind: 'check', edges: [{ event: 'Z', target: 'c' }, { event: 'W', target: 'd' }] },
      { id: 'c', kind: 'diagnosis', edges: [] },
      { id: 'd', kind: 'diagnosis', edges: [] },
    ];
    const walks = new Map<string, Step[]>([
      ['a', []],
      ['b', [{ node: 'a', event: 'Y' }]],
      ['c', [{ node: 'a', event: 'X' }]],
      ['d', [{ node: 'a', event: 'Y' }, { node: 'b', event: 'W' }]],
    ]);
    const root = layOutMap(nodes, walks, 'a');
    expect(root.edges[0].branch?.id).toBe('c');
    const b = root.edges[1].branch!;
    expect(b.edges[0]).toEqual({ event: 'Z', target: 'c' });
    expect(b.edges[1].branch).toMatchObject({ id: 'd', kind: 'diagnosis', depth: 2, edges: [] });
  });

  test('throws, naming the state, when the root is no state', () => {
    expect(() => layOutMap(machineNodes, shortestSteps, 'nowhere')).toThrow('"nowhere"');
  });
});

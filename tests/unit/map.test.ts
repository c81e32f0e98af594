import { describe, expect, test } from 'vitest';
import { branchOf, treeBranches } from '../../src/lib/branches';
import { machineNodes, shortestSteps, type MachineNode, type Step } from '../../src/lib/graph';
import { branchEntries, branchListPages, firstListPage, kindsInWords, layOutMapList, type MapStep } from '../../src/lib/map';
import { startId } from '../../src/lib/urls';

/** Every step of some trees, depth first, in the order a page shows them. */
function placed(steps: readonly MapStep[]): MapStep[] {
  return steps.flatMap((step) => [step, ...placed(step.edges.flatMap((edge) => edge.step ?? []))]);
}

const pages = layOutMapList(machineNodes, shortestSteps, branchOf);

describe('layOutMapList', () => {
  test('places every machine state exactly once, on its own branch’s page', () => {
    const all = [...pages].flatMap(([branch, steps]) => placed(steps).map((step) => ({ branch, id: step.id })));
    expect(all.map((step) => step.id).toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
    for (const step of all) expect(step.branch, step.id).toBe(branchOf.get(step.id)!.id);
  });

  test('shows every answer of the machine once, as a step placed under it or as a cross-link', () => {
    const onMap = [...pages.values()].flatMap((steps) => placed(steps).flatMap((step) => step.edges.map((edge) => `${step.id} ${edge.event} ${edge.target}`)));
    const inMachine = machineNodes.flatMap((node) => node.edges.map((edge) => `${node.id} ${edge.event} ${edge.target}`));
    expect(onMap.toSorted()).toEqual(inMachine.toSorted());
  });

  test('puts the start at the top of the first page, and every other step under an answer of its own branch where one leads to it, or at the top saying which steps lead to it', () => {
    expect(pages.get(branchOf.get(startId)!.id)![0].id).toBe(startId);
    for (const [branch, steps] of pages) {
      for (const top of steps.filter((step) => step.id !== startId)) {
        const into = machineNodes.filter((node) => node.edges.some((edge) => edge.target === top.id));
        expect(into.map((node) => branchOf.get(node.id)!.id), `${top.id} is at the top: no question of ${branch} leads to it`).not.toContain(branch);
        expect(top.from, `${top.id} says which steps lead to it`).toEqual(into.map((node) => node.id));
      }
    }
  });

  test('places a step under the last answer of its shortest walk when its own branch asks it, counting depth from the top of the page', () => {
    for (const step of [...pages.values()].flatMap(placed)) {
      for (const edge of step.edges.filter((edge) => edge.step)) {
        const last = shortestSteps.get(edge.target)!.at(-1)!;
        if (branchOf.get(last.node) === branchOf.get(edge.target)) expect(last, edge.target).toEqual({ node: step.id, event: edge.event });
        expect(edge.step!.depth, edge.target).toBe(step.depth + 1);
      }
    }
  });

  const nodes: MachineNode[] = [
    { id: 'a', kind: 'question', edges: [{ event: 'X', target: 'c' }, { event: 'Y', target: 'b' }] },
    { id: 'b', kind: 'question', edges: [{ event: 'Z', target: 'c' }, { event: 'W', target: 'd' }] },
    { id: 'c', kind: 'diagnosis', edges: [] },
    { id: 'd', kind: 'diagnosis', edges: [] },
  ];
  const walks = new Map<string, Step[]>([
    ['a', []],
    ['b', [{ node: 'a', event: 'Y' }]],
    ['c', [{ node: 'a', event: 'X' }]],
    ['d', [{ node: 'a', event: 'Y' }, { node: 'b', event: 'W' }]],
  ]);

  test('returns a cross-link, not a second copy, when two answers lead to one step', () => {
    const one = new Map(nodes.map((node) => [node.id, { id: 'one' }]));
    const [root] = layOutMapList(nodes, walks, one).get('one')!;
    expect(root.edges[0].step?.id).toBe('c');
    const b = root.edges[1].step!;
    expect(b.edges[0]).toEqual({ event: 'Z', target: 'c' });
    expect(b.edges[1].step).toMatchObject({ id: 'd', kind: 'diagnosis', depth: 2, edges: [] });
  });

  test('returns a step under an answer of its own branch rather than its shortest walk’s, and a branch no answer of its own enters from its top', () => {
    const split = new Map([
      ['a', { id: 'first' }],
      ['b', { id: 'second' }],
      ['c', { id: 'second' }],
      ['d', { id: 'third' }],
    ]);
    const laidOut = layOutMapList(nodes, walks, split);
    expect(laidOut.get('first')).toEqual([{ id: 'a', kind: 'question', depth: 0, edges: [{ event: 'X', target: 'c' }, { event: 'Y', target: 'b' }] }]);
    const [b] = laidOut.get('second')!;
    expect(b.edges[0].step, 'c under b, in its own branch').toMatchObject({ id: 'c', depth: 1 });
    expect(laidOut.get('third'), 'd at the top, saying where it is reached from').toEqual([{ id: 'd', kind: 'diagnosis', depth: 0, edges: [], from: ['b'] }]);
    expect(b.from, 'b at the top, reached from a').toEqual(['a']);
  });

  test('throws, naming the state, when a state is in no branch', () => {
    expect(() => layOutMapList(nodes, walks, new Map([['a', { id: 'one' }]]))).toThrow('"b"');
  });
});

describe('branchEntries', () => {
  test('returns the steps of each branch that an answer of another branch leads to, and only those', () => {
    const entries = branchEntries(machineNodes, branchOf);
    for (const branch of treeBranches) {
      const entered = machineNodes.flatMap((node) =>
        node.edges.filter((edge) => branchOf.get(edge.target) === branch && branchOf.get(node.id) !== branch).map((edge) => edge.target),
      );
      expect((entries.get(branch.id) ?? []).toSorted(), branch.id).toEqual([...new Set(entered)].toSorted());
    }
  });
});

describe('the pages of the map as a list', () => {
  test('returns the start’s branch first and a page for every other branch', () => {
    expect(firstListPage.branch).toBe(branchOf.get(startId));
    expect([firstListPage, ...branchListPages].map((list) => list.branch.id)).toEqual(treeBranches.map((branch) => branch.id));
    expect(new Set([firstListPage, ...branchListPages].map((list) => list.page)).size).toBe(treeBranches.length);
  });
});

describe('kindsInWords', () => {
  test('returns each kind counted, singular for one, without the kinds missing', () => {
    const of = (...kinds: MachineNode['kind'][]) => kinds.map((kind, i): MachineNode => ({ id: `n${i}`, kind, edges: [] }));
    expect(kindsInWords(of('question', 'question', 'check', 'diagnosis'))).toBe('2 questions, 1 check and 1 diagnosis');
    expect(kindsInWords(of('diagnosis', 'diagnosis'))).toBe('2 diagnoses');
    expect(kindsInWords(of('question', 'diagnosis', 'diagnosis'))).toBe('1 question and 2 diagnoses');
  });
});

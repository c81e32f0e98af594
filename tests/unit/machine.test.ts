import { describe, expect, test } from 'vitest';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';
import { machineNodes, nodesById, shortestSteps, stepsLeft } from '../../src/lib/graph';
import { mapUrl, nodeUrl, startId } from '../../src/lib/urls';
import { longestWalk } from '../support/walks';

describe('diagnoseMachine', () => {
  test('reaches every state from the start', () => {
    const seen = new Set([startId]);
    const queue = [startId];
    while (queue.length > 0) {
      for (const edge of nodesById.get(queue.shift()!)!.edges) {
        if (!seen.has(edge.target)) queue.push(edge.target), seen.add(edge.target);
      }
    }
    const unreachable = machineNodes.map((node) => node.id).filter((id) => !seen.has(id));
    expect(unreachable, 'states no answer leads to').toEqual([]);
  });

  test('gives every question and check at least two answers', () => {
    const thin = machineNodes.filter((node) => node.kind !== 'diagnosis' && node.edges.length < 2);
    expect(thin.map((node) => node.id)).toEqual([]);
  });

  test('ends every walk on a final diagnosis, and only there', () => {
    for (const node of machineNodes) {
      const isLeaf = node.edges.length === 0;
      expect(isLeaf, `${node.id} is a leaf exactly when it is a diagnosis`).toBe(node.kind === 'diagnosis');
      expect(diagnoseMachine.root.states[node.id].type === 'final', `${node.id} is final exactly when it is a leaf`).toBe(isLeaf);
    }
  });

  test('never leads an answer back to a node already on the walk', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: string, path: string[]): void => {
      if (done.has(id)) return;
      expect(visiting.has(id), `cycle: ${[...path, id].join(' → ')}`).toBe(false);
      visiting.add(id);
      for (const edge of nodesById.get(id)!.edges) visit(edge.target, [...path, id]);
      visiting.delete(id);
      done.add(id);
    };
    visit(startId, []);
  });

  test('names states in kebab-case and answers in SCREAMING_SNAKE', () => {
    for (const node of machineNodes) {
      expect(node.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const edge of node.edges) expect(edge.event, node.id).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
    }
  });
});

describe('shortestSteps', () => {
  test('returns a walk from the start for every state, replayable on the machine', () => {
    for (const node of machineNodes) {
      const steps = shortestSteps.get(node.id);
      expect(steps, node.id).toBeDefined();
      const end = steps!.reduce((at, step) => {
        expect(step.node).toBe(at);
        return nodesById.get(at)!.edges.find((edge) => edge.event === step.event)!.target;
      }, startId);
      expect(end).toBe(node.id);
    }
  });
});

describe('the depth of the tree', () => {
  /** The brief's limits: a person reaches any diagnosis quickly, and no walk drags on. */
  const MOST_TO_A_DIAGNOSIS = 5;
  const LONGEST_WALK = 10;

  test(`reaches every diagnosis in at most ${MOST_TO_A_DIAGNOSIS} answers along its shortest route`, () => {
    const deep = machineNodes
      .filter((node) => node.kind === 'diagnosis' && shortestSteps.get(node.id)!.length > MOST_TO_A_DIAGNOSIS)
      .map((node) => `${node.id} needs ${shortestSteps.get(node.id)!.length}`);
    expect(deep).toEqual([]);
  });

  test(`has no walk from the start longer than ${LONGEST_WALK} answers`, () => {
    expect(stepsLeft.get(startId), `the longest walk: ${longestWalk.nodes.join(' → ')}`).toBeLessThanOrEqual(LONGEST_WALK);
  });
});

describe('stepsLeft', () => {
  test('a diagnosis has none left; every other node has one more than its farthest answer', () => {
    for (const node of machineNodes) {
      const expected = node.edges.length === 0 ? 0 : 1 + Math.max(...node.edges.map((edge) => stepsLeft.get(edge.target)!));
      expect(stepsLeft.get(node.id), node.id).toBe(expected);
    }
  });

  test('the longest walk from the start is as long as the start says', () => {
    expect(longestWalk.steps).toHaveLength(stepsLeft.get(startId)!);
    expect(nodesById.get(longestWalk.nodes.at(-1)!)!.kind, 'it ends on a diagnosis').toBe('diagnosis');
  });
});

describe('nodeUrl', () => {
  test('puts the start at the root and every other node under /diagnose/', () => {
    expect(nodeUrl(startId)).toBe('/');
    expect(nodeUrl('fpm-was-stopped')).toBe('/diagnose/fpm-was-stopped/');
  });

  test('gives every state its own address', () => {
    const urls = machineNodes.map((node) => nodeUrl(node.id));
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('the map link names the walk so far, current node last', () => {
    expect(mapUrl([])).toBe('/map/');
    expect(mapUrl(['start', 'error-page'])).toBe('/map/?path=start,error-page');
  });
});

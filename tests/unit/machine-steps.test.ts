import { getShortestPaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { machineNodes, shortestContext } from '../../src/lib/graph';
import { machineSteps } from '../../src/lib/machineSteps';
import { contextAfter } from '../../src/lib/steps';
import { initialContext } from '../../src/machine/context';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';

describe('machineSteps', () => {
  test('returns every answer of every state, leading where the machine leads', () => {
    for (const node of machineNodes) {
      const steps = machineSteps(node.id);
      expect(Object.entries(steps).map(([event, step]) => [event, step.to]), node.id).toEqual(node.edges.map((edge) => [edge.event, edge.target]));
    }
  });

  test('replays the context XState keeps, on every walk xstate/graph finds to every state under every context', () => {
    const paths = getShortestPaths(diagnoseMachine);
    expect(paths.some((path) => path.state.context.edge !== null), 'some walks set the context').toBe(true);
    for (const path of paths) {
      let context = initialContext;
      for (let i = 1; i < path.steps.length; i++) {
        context = contextAfter(context, machineSteps(String(path.steps[i - 1].state.value))[path.steps[i].event.type]);
      }
      expect(context, `the walk to ${String(path.state.value)}`).toEqual(path.state.context);
    }
  });

  test('returns nothing for a diagnosis, and fails for a state the machine does not have', () => {
    const leaf = machineNodes.find((node) => node.kind === 'diagnosis')!;
    expect(machineSteps(leaf.id)).toEqual({});
    expect(() => machineSteps('no-such-node')).toThrow('no state "no-such-node"');
  });
});

describe('shortestContext', () => {
  test('knows the context at the end of every state’s shortest walk', () => {
    expect([...shortestContext.keys()].toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
  });
});

import { setup } from 'xstate';
import { describe, expect, test } from 'vitest';
import { syntheticStates, syntheticTree } from '../../scripts/bench/synthetic';
import { machineNodes } from '../../src/lib/graph';
import { contextActions } from '../../src/machine/actions';
import { initialContext, type AnswerEvent, type DiagnoseContext } from '../../src/machine/context';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';
import {
  missedNodes,
  missedTransitions,
  planSize,
  planWalks,
  transitionName,
  transitionsOf,
  type Mode,
  type Plan,
} from '../support/plan';

const modes: Mode[] = ['js', 'plain'];

/** The bench's synthetic tree, as a machine: a tree of `count` nodes with four answers per question. */
const syntheticMachine = (count: number) =>
  setup({ types: { context: {} as DiagnoseContext, events: {} as AnswerEvent }, actions: contextActions }).createMachine({
    id: 'synthetic',
    initial: 'start',
    context: initialContext,
    states: syntheticStates(syntheticTree(count)),
  });

/** A plan with every click of one transition taken out, as a careless edit of the planner would leave it. */
function without(plan: Plan, name: string): Plan {
  return {
    ...plan,
    legs: plan.legs.map((leg) => ({
      reach: leg.reach.filter((transition) => transitionName(transition) !== name),
      moves: leg.moves.filter((move) => move.type !== 'answer' || transitionName(move.transition) !== name),
    })),
  };
}

describe('planWalks', () => {
  for (const mode of modes) {
    const transitions = transitionsOf(diagnoseMachine, mode);
    const plan = planWalks(diagnoseMachine, mode);

    test(`takes every transition of the machine (${mode})`, () => {
      expect(missedTransitions(plan, transitions), 'transitions no browser test clicks').toEqual([]);
    });

    test(`shows every node (${mode})`, () => {
      expect(missedNodes(plan, machineNodes.map((node) => node.id)), 'nodes no browser test shows').toEqual([]);
    });

    test(`clicks at most three answers per transition (${mode})`, () => {
      const { answers, backs } = planSize(plan);
      expect(answers, `${answers} clicks for ${transitions.length} transitions`).toBeLessThanOrEqual(3 * transitions.length);
      expect(backs, 'one Back per answer explored').toBeLessThanOrEqual(answers);
    });

    test(`returns each leg to where its moves began, so Back always has somewhere to go (${mode})`, () => {
      for (const leg of plan.legs) {
        let depth = leg.reach.length;
        for (const move of leg.moves) {
          depth += move.type === 'answer' ? 1 : -1;
          expect(move.depth, 'the depth a move records is the walk it leaves').toBe(depth);
          expect(depth, 'Back never goes below the start').toBeGreaterThanOrEqual(0);
        }
      }
    });
  }

  test('takes each transition again under each context the wizard shows (js)', () => {
    const js = transitionsOf(diagnoseMachine, 'js');
    const plain = transitionsOf(diagnoseMachine, 'plain');
    expect(js.length, 'behind Cloudflare or a balancer, the own-server answers count again').toBeGreaterThan(plain.length);
    expect(js.some((transition) => transition.from.context.edge === 'cloudflare')).toBe(true);
    expect(js.some((transition) => transition.from.context.edge === 'load-balancer')).toBe(true);
  });

  test('stays within three clicks per transition on a synthetic tree of 1,000 nodes', () => {
    const machine = syntheticMachine(1000);
    for (const mode of modes) {
      const transitions = transitionsOf(machine, mode);
      const plan = planWalks(machine, mode);
      expect(transitions).toHaveLength(999);
      expect(missedTransitions(plan, transitions)).toEqual([]);
      expect(planSize(plan).answers).toBeLessThanOrEqual(3 * transitions.length);
    }
  });
});

describe('missedTransitions', () => {
  test('names the transition a plan leaves out', () => {
    const transitions = transitionsOf(diagnoseMachine, 'js');
    const dropped = transitionName(transitions.find((transition) => transition.from.context.edge === 'cloudflare')!);
    const broken = without(planWalks(diagnoseMachine, 'js'), dropped);
    expect(missedTransitions(broken, transitions)).toEqual([dropped]);
  });
});

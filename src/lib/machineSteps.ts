import { transition, type AnyStateNode } from 'xstate';
import { initialContext, type DiagnoseContext } from '../machine/context';
import { diagnoseMachine } from '../machine/diagnose.machine';
import { nodesById } from './graph';
import type { NodeSteps, Step } from './steps';

/** A context whose every field holds a value no action writes, so whatever an action sets shows as changed. */
const unset = Object.fromEntries(Object.keys(initialContext).map((key) => [key, `unset ${key}`])) as unknown as DiagnoseContext;

/**
 * The one target of taking `event` in `state`, when XState's definition says
 * that is all it does: one unguarded transition with no actions, out of a
 * state without exit actions, into one without entry actions or transitions
 * of its own that fire at once. Otherwise undefined.
 */
function plainTarget(state: AnyStateNode, event: string): string | undefined {
  const [only, ...more] = state.transitions.get(event) ?? [];
  const [target, ...others] = only?.target ?? [];
  const quiet = only && more.length === 0 && others.length === 0 && !only.guard && only.actions.length === 0 && state.exit.length === 0;
  return quiet && target && target.entry.length === 0 && !target.always ? target.key : undefined;
}

/**
 * The answers state `id` takes, worked out by XState itself: each event is
 * sent to the machine at that state, and the state it ends in and the
 * context fields its actions set are recorded. An answer that `plainTarget`
 * shows can only move is read from the definition instead: sending an event
 * makes XState look through every state at the top of the machine, so that
 * would cost time in proportion to the whole tree for each answer. Throws
 * for a state the machine does not have.
 */
export function machineSteps(id: string): NodeSteps {
  const node = nodesById.get(id);
  if (!node) throw new Error(`no state "${id}" in the machine`);
  const state = diagnoseMachine.root.states[id];
  let at: ReturnType<typeof diagnoseMachine.resolveState> | undefined;
  const sent = (event: string): Step => {
    at ??= diagnoseMachine.resolveState({ value: id, context: unset });
    const [next] = transition(diagnoseMachine, at, { type: event });
    const set = Object.fromEntries(Object.entries(next.context).filter(([key, value]) => value !== unset[key as keyof DiagnoseContext]));
    return { to: String(next.value), ...(Object.keys(set).length > 0 && { set }) };
  };
  return Object.fromEntries(
    node.edges.map(({ event }) => {
      const target = plainTarget(state, event);
      return [event, target ? { to: target } : sent(event)];
    }),
  );
}

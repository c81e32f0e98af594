import { transition } from 'xstate';
import { initialContext, type DiagnoseContext } from '../machine/context';
import { diagnoseMachine } from '../machine/diagnose.machine';
import { nodesById } from './graph';
import type { NodeSteps } from './steps';

/** A context whose every field holds a value no action writes, so whatever an action sets shows as changed. */
const unset = Object.fromEntries(Object.keys(initialContext).map((key) => [key, `unset ${key}`])) as unknown as DiagnoseContext;

/**
 * The answers state `id` takes, worked out by XState itself: each event is
 * sent to the machine at that state, and the state it ends in and the
 * context fields its actions set are recorded. Throws for a state the
 * machine does not have.
 */
export function machineSteps(id: string): NodeSteps {
  const node = nodesById.get(id);
  if (!node) throw new Error(`no state "${id}" in the machine`);
  const at = diagnoseMachine.resolveState({ value: id, context: unset });
  return Object.fromEntries(
    node.edges.map(({ event }) => {
      const [next] = transition(diagnoseMachine, at, { type: event });
      const set = Object.fromEntries(Object.entries(next.context).filter(([key, value]) => value !== unset[key as keyof DiagnoseContext]));
      return [event, { to: String(next.value), ...(Object.keys(set).length > 0 && { set }) }];
    }),
  );
}

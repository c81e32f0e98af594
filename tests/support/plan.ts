import type { AnyStateMachine, EventObject, Snapshot } from 'xstate';
import { getAdjacencyMap, type AdjacencyMap } from 'xstate/graph';

/**
 * What the browser tests walk, worked out from the machine: a plan that takes
 * every transition at least once, whose size grows with the transitions and
 * never with the number of paths (which explodes as branches rejoin).
 *
 * A position is a state as a person can see it. With JavaScript the wizard
 * shows what the walk taught the machine (its context, such as "behind
 * Cloudflare"), so a state reached under another context is another
 * position and its answers are taken again. Without JavaScript every page is
 * the same whatever came before, so a position is just the state.
 */
export type Mode = 'js' | 'plain';

export interface Position {
  /** The state: the node shown. */
  node: string;
  /** The machine's context there, which the wizard shows some of; empty without JavaScript, where nothing shows it. */
  context: Record<string, unknown>;
  /** Identifies the position within its mode. */
  key: string;
}

/** One answer: at `from`, pick `event`, arrive at `to`. */
export interface Transition {
  from: Position;
  event: string;
  to: Position;
}

/** How a transition is named in a failure and in the coverage guard's report. */
export function transitionName({ from, event, to }: Transition): string {
  const context = Object.entries(from.context)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name}: ${String(value)}`);
  return `${from.node} --${event}--> ${to.node}${context.length > 0 ? ` (${context.join(', ')})` : ''}`;
}

type MachineSnapshot = Snapshot<unknown> & { value: unknown; context: Record<string, unknown> };

const positionKey: Record<Mode, (snapshot: MachineSnapshot) => string> = {
  js: (snapshot) => JSON.stringify({ node: snapshot.value, context: snapshot.context }),
  plain: (snapshot) => String(snapshot.value),
};

function positionOf(snapshot: MachineSnapshot, mode: Mode): Position {
  const context = mode === 'js' ? (snapshot.context ?? {}) : {};
  return { node: String(snapshot.value), context, key: positionKey[mode](snapshot) };
}

/**
 * Every transition of the machine in `mode`, from xstate's own adjacency map,
 * in the order the machine defines them, the start's first.
 */
export function transitionsOf(machine: AnyStateMachine, mode: Mode): Transition[] {
  const adjacency: AdjacencyMap<MachineSnapshot, EventObject> = getAdjacencyMap(machine, {
    serializeState: (snapshot) => positionKey[mode](snapshot as MachineSnapshot),
  });
  type Next = { event: EventObject; state: MachineSnapshot };
  return Object.values(adjacency).flatMap(({ state, transitions }) =>
    (Object.values(transitions) as Next[]).map(({ event, state: next }) => ({
      from: positionOf(state, mode),
      event: event.type,
      to: positionOf(next, mode),
    })),
  );
}

/** A step of a leg: answer (click), or the browser's Back. `depth` is how many answers the walk holds afterwards. */
export type Move =
  | { type: 'answer'; transition: Transition; depth: number }
  | { type: 'back'; to: Position; depth: number };

/**
 * One browser test's share of the plan: answer `reach` from the start, then
 * make `moves`. Back may go below where the leg began, into the history the
 * reach made.
 */
export interface Leg {
  reach: Transition[];
  moves: Move[];
}

export interface Plan {
  mode: Mode;
  legs: Leg[];
}

/**
 * A depth-first walk of the positions with Back between siblings: each
 * transition is clicked once and undone once, and a position is explored the
 * first time it is reached. The walk is cut into legs of equal size, at most
 * `maxAnswersPerLeg` answers each, so legs run in parallel and a failure
 * stops one leg only; each leg first answers its way from the start to where
 * it begins.
 */
export function planWalks(machine: AnyStateMachine, mode: Mode, maxAnswersPerLeg = 40): Plan {
  const transitions = transitionsOf(machine, mode);
  const answersPerLeg = Math.ceil(transitions.length / Math.ceil(transitions.length / maxAnswersPerLeg));
  const outgoing = new Map<string, Transition[]>();
  for (const transition of transitions) {
    const list = outgoing.get(transition.from.key) ?? [];
    list.push(transition);
    outgoing.set(transition.from.key, list);
  }
  const [first] = transitions;
  if (!first) return { mode, legs: [] };

  const legs: Leg[] = [];
  const walk: Transition[] = [];
  const explored = new Set<string>();
  let leg: Leg = { reach: [], moves: [] };
  let answers = 0;

  const explore = (at: Position) => {
    explored.add(at.key);
    for (const transition of outgoing.get(at.key) ?? []) {
      if (answers >= answersPerLeg) {
        legs.push(leg);
        leg = { reach: [...walk], moves: [] };
        answers = 0;
      }
      walk.push(transition);
      leg.moves.push({ type: 'answer', transition, depth: walk.length });
      answers += 1;
      if (!explored.has(transition.to.key)) explore(transition.to);
      walk.pop();
      leg.moves.push({ type: 'back', to: at, depth: walk.length });
    }
  };
  explore(first.from);
  legs.push(leg);
  return { mode, legs };
}

/** The transitions a plan clicks, counting each leg's way in. */
export function clickedTransitions(plan: Plan): Transition[] {
  return plan.legs.flatMap((leg) => [
    ...leg.reach,
    ...leg.moves.flatMap((move) => (move.type === 'answer' ? [move.transition] : [])),
  ]);
}

/** Answer clicks and Backs the browser makes to carry out a plan. */
export function planSize(plan: Plan): { answers: number; backs: number; legs: number } {
  const backs = plan.legs.reduce((sum, leg) => sum + leg.moves.filter((move) => move.type === 'back').length, 0);
  return { answers: clickedTransitions(plan).length, backs, legs: plan.legs.length };
}

/** The transitions of the machine the plan never clicks, by name: what the coverage guard reports. */
export function missedTransitions(plan: Plan, transitions: readonly Transition[]): string[] {
  const clicked = new Set(clickedTransitions(plan).map(transitionName));
  return transitions.map(transitionName).filter((name) => !clicked.has(name));
}

/** The states the plan never shows, by id. */
export function missedNodes(plan: Plan, nodes: readonly string[]): string[] {
  const shown = new Set(clickedTransitions(plan).flatMap((transition) => [transition.from.node, transition.to.node]));
  return nodes.filter((node) => !shown.has(node));
}

import { getSimplePaths } from 'xstate/graph';
import { diagnoseMachine } from '../../src/machine/diagnose.machine';

/** One answer taken on a walk: at `from`, pick `event`, arrive at `to`. */
export interface WalkStep {
  from: string;
  event: string;
  to: string;
}

export interface Walk {
  steps: WalkStep[];
  diagnosis: string;
}

/** Every simple path from the start to a diagnosis, generated from the machine. */
export const walks: Walk[] = getSimplePaths(diagnoseMachine)
  .filter((path) => path.state.status === 'done')
  .map((path) => ({
    steps: path.steps.slice(1).map((step, i) => ({
      from: String(path.steps[i].state.value),
      event: step.event.type,
      to: String(step.state.value),
    })),
    diagnosis: String(path.state.value),
  }));

/**
 * The walks folded into a tree of shared beginnings: a node on it is a
 * position reached by one particular sequence of answers. Walking it depth
 * first, with Back between siblings, clicks through every path from the
 * start while clicking each shared beginning once.
 */
export interface PathTree {
  node: string;
  /** The answers taken from the start to reach this position. */
  events: string[];
  children: Map<string, PathTree>;
  /** How many walks run through this position. */
  walks: number;
}

export const pathTree: PathTree = (() => {
  const root: PathTree = { node: String(diagnoseMachine.config.initial), events: [], children: new Map(), walks: 0 };
  for (const walk of walks) {
    let at = root;
    at.walks += 1;
    for (const step of walk.steps) {
      let next = at.children.get(step.event);
      if (!next) {
        next = { node: step.to, events: [...at.events, step.event], children: new Map(), walks: 0 };
        at.children.set(step.event, next);
      }
      next.walks += 1;
      at = next;
    }
  }
  return root;
})();

/** Positions `depth` answers from the start (or leaves above it): one browser test each. */
export function subtreesAt(depth: number, tree: PathTree = pathTree): PathTree[] {
  if (depth === 0 || tree.children.size === 0) return [tree];
  return [...tree.children.values()].flatMap((child) => subtreesAt(depth - 1, child));
}

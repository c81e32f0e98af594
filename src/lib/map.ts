import type { NodeKind } from '../machine/nodes';
import type { MachineNode, Step } from './graph';

/**
 * One answer out of a node on the map. It either holds the branch of the node
 * it leads to, when this answer is where that node is placed, or only names
 * its target, which the map shows as a cross-link to a node placed elsewhere.
 */
export interface MapEdge {
  event: string;
  target: string;
  branch?: MapBranch;
}

/** A node placed on the map, with every answer out of it. */
export interface MapBranch {
  id: string;
  kind: NodeKind;
  /** Answers taken from the start to get here on the map; the start is 0. */
  depth: number;
  edges: MapEdge[];
}

/**
 * Lays the machine's graph out as a tree a person can read. The graph is a
 * DAG, so one node can be reached from several questions: each node is placed
 * once, under the answer that ends its shortest walk from the start, and
 * every other answer into it stays on the map as a cross-link.
 */
export function layOutMap(nodes: readonly MachineNode[], walks: ReadonlyMap<string, Step[]>, rootId: string): MapBranch {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placedUnder = (id: string) => {
    const last = walks.get(id)?.at(-1);
    return last && `${last.node} ${last.event}`;
  };
  const place = (id: string, depth: number): MapBranch => {
    const node = byId.get(id);
    if (!node) throw new Error(`the map cannot place "${id}": no such state`);
    return {
      id,
      kind: node.kind,
      depth,
      edges: node.edges.map((edge) =>
        placedUnder(edge.target) === `${id} ${edge.event}` ? { ...edge, branch: place(edge.target, depth + 1) } : { ...edge },
      ),
    };
  };
  return place(rootId, 0);
}

import type { NodeKind } from '../../machine/nodes';
import type { ChartEdge, ChartGraph, ChartNode } from './layout';

/** A state with its prose, as the charts need it: where it belongs, what it says, and its answers. */
export interface ChartSource {
  id: string;
  kind: NodeKind;
  title: string;
  href: string;
  branch: string;
  answers: { event: string; target: string; label: string; short?: string }[];
}

/** A branch as the charts name it. */
export interface ChartBranch {
  id: string;
  title: string;
  /** Its own chart. */
  href: string;
}

/**
 * A tree of more states than this is charted whole with each branch but the
 * first closed, one box linking to its own chart: drawn step by step, such a
 * chart is too big to read, to load or to lay out in a build's time. The real
 * tree has about 150.
 */
export const openTreeChartStates = 500;

/** Whether the chart of a tree of `states` states draws its branches closed. */
export const closesBranches = (states: number): boolean => states > openTreeChartStates;

const edgesOf = (source: ChartSource): ChartEdge[] =>
  source.answers.map((answer) => ({ from: source.id, to: answer.target, event: answer.event, label: answer.label, short: answer.short }));

const nodeOf = (source: ChartSource, away?: string): ChartNode => ({
  id: source.id,
  kind: source.kind,
  title: source.title,
  href: source.href,
  ...(away && { away }),
});

/**
 * The whole tree on one chart, each branch a cluster, except the branch the
 * walk starts in (`startBranch`), whose questions stand free on the left.
 * A layered layout keeps a cluster's nodes together, so branches that lead
 * into each other in a circle (A's answers reach B, B's reach A) cannot all
 * be boxes without edges running backwards: any branch still on such a
 * circle is drawn unboxed as well. Beyond `openTreeChartStates`, see
 * `closedTreeGraph`.
 */
export function treeGraph(sources: readonly ChartSource[], branches: readonly ChartBranch[], startBranch: string): ChartGraph {
  if (closesBranches(sources.length)) return closedTreeGraph(sources, branches, startBranch);
  const edges = sources.flatMap(edgesOf);
  const branchOf = new Map(sources.map((source) => [source.id, source.branch]));
  let boxed = new Set(branches.map((branch) => branch.id).filter((id) => id !== startBranch));
  for (let circular = circularBranches(edges, branchOf, boxed); circular.length > 0; circular = circularBranches(edges, branchOf, boxed)) {
    boxed = new Set([...boxed].filter((id) => !circular.includes(id)));
  }
  const members = Map.groupBy(sources, (source) => source.branch);
  return {
    nodes: sources.map((source) => nodeOf(source)),
    edges,
    clusters: branches
      .filter((branch) => boxed.has(branch.id))
      .map((branch) => ({ ...branch, nodes: (members.get(branch.id) ?? []).map((source) => source.id) })),
  };
}

/**
 * The whole tree with every branch but the first closed: the first
 * branch's states and their answers as on the open chart, and between
 * closed branches one edge for each pair that answers join, labelled with
 * the answer when only one does.
 */
function closedTreeGraph(sources: readonly ChartSource[], branches: readonly ChartBranch[], startBranch: string): ChartGraph {
  const branchOf = new Map(sources.map((source) => [source.id, source.branch]));
  const vertex = (id: string) => (branchOf.get(id) === startBranch ? id : `branch ${branchOf.get(id)}`);
  const joins = Map.groupBy(
    sources.flatMap(edgesOf).filter((edge) => vertex(edge.from) !== vertex(edge.to)),
    (edge) => (branchOf.get(edge.from) === startBranch ? `${edge.from} ${edge.event}` : `${vertex(edge.from)} ${vertex(edge.to)}`),
  );
  const members = Map.groupBy(sources, (source) => source.branch);
  return {
    nodes: (members.get(startBranch) ?? []).map((source) => nodeOf(source)),
    edges: [...joins.values()].map(([first, ...more]) => (more.length === 0 ? first : { ...first, label: `${more.length + 1} answers`, short: undefined })),
    clusters: branches
      .filter((branch) => branch.id !== startBranch)
      .map((branch) => ({ ...branch, nodes: (members.get(branch.id) ?? []).map((source) => source.id), closed: true })),
  };
}

/** The boxed branches that can reach themselves, when each box is one vertex and every unboxed node its own. */
function circularBranches(edges: readonly ChartEdge[], branchOf: ReadonlyMap<string, string>, boxed: ReadonlySet<string>): string[] {
  const vertex = (id: string) => (boxed.has(branchOf.get(id)!) ? `branch ${branchOf.get(id)}` : id);
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [from, to] = [vertex(edge.from), vertex(edge.to)];
    if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  return [...boxed].filter((branch) => {
    const seen = new Set<string>();
    const queue = [...(next.get(`branch ${branch}`) ?? [])];
    while (queue.length > 0) {
      const at = queue.pop()!;
      if (at === `branch ${branch}`) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      queue.push(...(next.get(at) ?? []));
    }
    return false;
  });
}

/**
 * Every branch's chart, in one pass over the tree: its own states, and as
 * away nodes the states of other branches whose answers lead into it (drawn
 * first) or that its answers lead to (drawn last), so the chart shows where
 * the branch is entered and left.
 */
export function branchGraphs(sources: readonly ChartSource[], branches: readonly ChartBranch[]): Map<string, ChartGraph> {
  const titles = new Map(branches.map((branch) => [branch.id, branch.title]));
  const byId = new Map(sources.map((source) => [source.id, source]));
  const position = new Map(sources.map((source, i) => [source.id, i]));
  const touching = new Map<string, ChartEdge[]>(branches.map((branch) => [branch.id, []]));
  for (const edge of sources.flatMap(edgesOf)) {
    const [from, to] = [byId.get(edge.from)!.branch, byId.get(edge.to)!.branch];
    touching.get(from)!.push(edge);
    if (to !== from) touching.get(to)!.push(edge);
  }
  const members = Map.groupBy(sources, (source) => source.branch);
  const away = (ids: Set<string>) =>
    [...ids].sort((a, b) => position.get(a)! - position.get(b)!).map((id) => nodeOf(byId.get(id)!, titles.get(byId.get(id)!.branch)));
  return new Map(
    branches.map((branch) => {
      const own = members.get(branch.id) ?? [];
      const edges = touching.get(branch.id)!;
      const ownIds = new Set(own.map((source) => source.id));
      const entering = new Set(edges.filter((edge) => !ownIds.has(edge.from)).map((edge) => edge.from));
      const leaving = new Set(edges.filter((edge) => !ownIds.has(edge.to) && !entering.has(edge.to)).map((edge) => edge.to));
      return [branch.id, { nodes: [...away(entering), ...own.map((source) => nodeOf(source)), ...away(leaving)], edges, clusters: [] }];
    }),
  );
}

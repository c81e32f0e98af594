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
 * circle is drawn unboxed as well.
 */
export function treeGraph(sources: readonly ChartSource[], branches: readonly ChartBranch[], startBranch: string): ChartGraph {
  const edges = sources.flatMap(edgesOf);
  const branchOf = new Map(sources.map((source) => [source.id, source.branch]));
  let boxed = new Set(branches.map((branch) => branch.id).filter((id) => id !== startBranch));
  for (let circular = circularBranches(edges, branchOf, boxed); circular.length > 0; circular = circularBranches(edges, branchOf, boxed)) {
    boxed = new Set([...boxed].filter((id) => !circular.includes(id)));
  }
  return {
    nodes: sources.map((source) => nodeOf(source)),
    edges,
    clusters: branches
      .filter((branch) => boxed.has(branch.id))
      .map((branch) => ({ ...branch, nodes: sources.filter((source) => source.branch === branch.id).map((source) => source.id) })),
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
 * One branch's chart: its own states, and as away nodes the states of other
 * branches whose answers lead into it (drawn first) or that its answers lead
 * to (drawn last), so the chart shows where the branch is entered and left.
 */
export function branchGraph(branch: string, sources: readonly ChartSource[], branches: readonly ChartBranch[]): ChartGraph {
  const titles = new Map(branches.map((each) => [each.id, each.title]));
  const own = sources.filter((source) => source.branch === branch);
  const ownIds = new Set(own.map((source) => source.id));
  const edges = sources.flatMap(edgesOf).filter((edge) => ownIds.has(edge.from) || ownIds.has(edge.to));
  const entering = new Set(edges.filter((edge) => !ownIds.has(edge.from)).map((edge) => edge.from));
  const leaving = new Set(edges.filter((edge) => !ownIds.has(edge.to)).map((edge) => edge.to));
  const away = (ids: Set<string>) =>
    sources.filter((source) => ids.has(source.id)).map((source) => nodeOf(source, titles.get(source.branch)));
  return {
    nodes: [...away(entering), ...own.map((source) => nodeOf(source)), ...away(new Set([...leaving].filter((id) => !entering.has(id))))],
    edges,
    clusters: [],
  };
}

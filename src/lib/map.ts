import type { NodeKind } from '../machine/nodes';
import { branchOf, treeBranches, type Branch } from './branches';
import { machineNodes, shortestSteps, type MachineNode, type Step } from './graph';
import { mapListBranchPage, mapListPage, mapUrl, startId } from './urls';

/**
 * One answer out of a step on the map as a list. It either holds the step it
 * leads to, when this answer is where that step is placed, or only names its
 * target, which the list shows as a cross-link to a step placed elsewhere: on
 * the same page or on its own branch's.
 */
export interface MapEdge {
  event: string;
  target: string;
  step?: MapStep;
}

/** A step placed on the map as a list, with every answer out of it. */
export interface MapStep {
  id: string;
  kind: NodeKind;
  /** Answers taken from the top of its page to get here; a step at the top is 0. */
  depth: number;
  edges: MapEdge[];
  /** A step at the top of its page: the steps, all in other branches, whose answers lead to it. */
  from?: string[];
}

/**
 * Lays the machine's graph out as one tree a person can read per branch of the
 * tree, for the pages of the map as a list. The graph is a DAG, so one step
 * can be reached from several questions: each step is placed once, on its
 * branch's page, under an answer asked in its own branch (the last answer of
 * its shortest walk when that one is, else the one whose question is reached
 * soonest), or at the top of the page when no question of its branch leads to
 * it. Every other answer into it stays on the map as a cross-link. The tops of
 * a page come in the order a walk reaches them.
 */
export function layOutMapList(
  nodes: readonly MachineNode[],
  walks: ReadonlyMap<string, Step[]>,
  branches: ReadonlyMap<string, { id: string }>,
): Map<string, MapStep[]> {
  const branchIdOf = (id: string) => {
    const branch = branches.get(id);
    if (!branch) throw new Error(`the map cannot place "${id}": it is in no branch`);
    return branch.id;
  };
  const reachedAfter = (id: string) => walks.get(id)?.length ?? Infinity;
  const answersInto = new Map<string, Step[]>();
  for (const node of nodes) for (const edge of node.edges) answersInto.set(edge.target, [...(answersInto.get(edge.target) ?? []), { node: node.id, event: edge.event }]);

  const placedUnder = new Map<string, string>();
  for (const node of nodes) {
    const own = (answersInto.get(node.id) ?? []).filter((answer) => branchIdOf(answer.node) === branchIdOf(node.id));
    const last = walks.get(node.id)?.at(-1);
    const chosen =
      own.find((answer) => answer.node === last?.node && answer.event === last.event) ??
      own.toSorted((a, b) => reachedAfter(a.node) - reachedAfter(b.node))[0];
    if (chosen) placedUnder.set(node.id, `${chosen.node} ${chosen.event}`);
  }

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const place = (node: MachineNode, depth: number): MapStep => ({
    id: node.id,
    kind: node.kind,
    depth,
    edges: node.edges.map((edge) =>
      placedUnder.get(edge.target) === `${node.id} ${edge.event}` ? { ...edge, step: place(byId.get(edge.target)!, depth + 1) } : { ...edge },
    ),
  });
  const pages = new Map<string, MapStep[]>();
  const tops = nodes.filter((node) => !placedUnder.has(node.id)).toSorted((a, b) => reachedAfter(a.id) - reachedAfter(b.id));
  for (const node of tops) {
    const from = [...new Set((answersInto.get(node.id) ?? []).map((answer) => answer.node))];
    const top = { ...place(node, 0), ...(from.length > 0 && { from }) };
    pages.set(branchIdOf(node.id), [...(pages.get(branchIdOf(node.id)) ?? []), top]);
  }
  return pages;
}

/**
 * The steps of each branch that an answer asked in another branch leads to:
 * a walk enters a branch only through one of them, so they tell which
 * branches a walk passes through without listing every step.
 */
export function branchEntries(nodes: readonly MachineNode[], branches: ReadonlyMap<string, { id: string }>): Map<string, string[]> {
  const entries = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const edge of node.edges) {
      const into = branches.get(edge.target)!.id;
      if (into !== branches.get(node.id)!.id) entries.set(into, (entries.get(into) ?? new Set()).add(edge.target));
    }
  }
  return new Map([...entries].map(([branch, ids]) => [branch, [...ids]]));
}

/** The branch the walk starts in: its steps open the first page of the map as a list. */
const startBranch = branchOf.get(startId)!.id;

/** The page of the map as a list that holds a branch's steps (a page for `mapUrl`). */
export const listPageOf = (branch: string): string => (branch === startBranch ? mapListPage : mapListBranchPage(branch));

/** The id of a step's entry on the map as a list. */
export const mapAnchor = (id: string): string => `map-${id}`;

/** Where the map as a list places a step: its page and its entry there. */
export const mapListUrl = (id: string): string => `${mapUrl([], listPageOf(branchOf.get(id)!.id))}#${mapAnchor(id)}`;

/** One page of the map as a list: a branch, its steps as trees, and the steps where walks enter it from other branches. */
export interface MapListPage {
  branch: Branch;
  /** The page, for `mapUrl`. */
  page: string;
  steps: MapStep[];
  entries: string[];
}

const laidOut = layOutMapList(machineNodes, shortestSteps, branchOf);
const entries = branchEntries(machineNodes, branchOf);

const mapListPages: MapListPage[] = treeBranches.map((branch) => ({
  branch,
  page: listPageOf(branch.id),
  steps: laidOut.get(branch.id) ?? [],
  entries: entries.get(branch.id) ?? [],
}));

/** The first page of the map as a list: the branch every walk starts in. */
export const firstListPage: MapListPage = mapListPages.find((list) => list.page === mapListPage)!;

/** The page of every other branch, in the branches' order. */
export const branchListPages: MapListPage[] = mapListPages.filter((list) => list !== firstListPage);

export const branchListTitle = (branch: Branch): string => `The branch “${branch.title}” as a list`;

const kindWords: Record<NodeKind, [one: string, many: string]> = {
  question: ['question', 'questions'],
  check: ['check', 'checks'],
  diagnosis: ['diagnosis', 'diagnoses'],
};

/** How many of each kind a set of steps holds, in words: "4 questions, 1 check and 6 diagnoses"; kinds it lacks are left out. */
export function kindsInWords(nodes: readonly MachineNode[]): string {
  const parts = Object.entries(kindWords).flatMap(([kind, [one, many]]) => {
    const count = nodes.filter((node) => node.kind === kind).length;
    return count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
}

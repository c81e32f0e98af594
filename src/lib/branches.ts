import { branches } from '../machine/diagnose.machine';

/** One branch of the tree as the map draws it: its title and its states, in the machine's order. */
export interface Branch {
  id: string;
  title: string;
  nodes: string[];
}

export const treeBranches: Branch[] = branches.map((branch) => ({ id: branch.id, title: branch.title, nodes: Object.keys(branch.states) }));

/** The branch each state belongs to. */
export const branchOf = new Map(treeBranches.flatMap((branch) => branch.nodes.map((node) => [node, branch] as const)));

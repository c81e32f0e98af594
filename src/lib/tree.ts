import { getCollection, type CollectionEntry } from 'astro:content';
import type { TrailStep } from './trail';
import type { Answer } from '../schemas/answer';
import type { DiagnoseContext } from '../machine/context';
import { machineNodes, shortestContext, shortestSteps, stepsLeft, type MachineNode } from './graph';
import { machineSteps } from './machineSteps';
import type { NodeSteps } from './steps';
import { findMismatches } from './pair';
import { nodeUrl } from './urls';

/** An answer link as a page shows it. */
export interface AnswerLink extends Answer {
  event: string;
  target: string;
  href: string;
}

/** A machine state joined with its prose: everything a node page needs. */
export interface TreeNode extends MachineNode {
  entry: CollectionEntry<'nodes'>;
  href: string;
  answers: AnswerLink[];
  trail: TrailStep[];
  /** The most answers still to give from here to a diagnosis. */
  stepsLeft: number;
  /** The machine's context at the end of `trail`. */
  context: DiagnoseContext;
  /** The answers this state takes, as the wizard reads them. */
  steps: NodeSteps;
}

let tree: Promise<Map<string, TreeNode>> | undefined;

/**
 * Pairs every machine state with its content file, once per build. Throws,
 * naming each node, when the two disagree: that fails the build.
 */
export function getTree(): Promise<Map<string, TreeNode>> {
  tree ??= buildTree();
  return tree;
}

async function buildTree(): Promise<Map<string, TreeNode>> {
  const entries = new Map((await getCollection('nodes')).map((entry) => [entry.id, entry]));
  const references = new Set((await getCollection('reference')).map((entry) => entry.id));
  const problems = findMismatches(
    machineNodes,
    new Map([...entries].map(([id, entry]) => [id, entry.data])),
    references,
  );
  if (problems.length > 0) {
    throw new Error(`The machine and content/ disagree:\n  - ${problems.join('\n  - ')}`);
  }
  const answerOf = (node: string, event: string) => entries.get(node)!.data.answers![event];
  return new Map(
    machineNodes.map((node) => {
      const entry = entries.get(node.id)!;
      const answers = node.edges.map((edge) => ({
        ...answerOf(node.id, edge.event),
        ...edge,
        href: nodeUrl(edge.target),
      }));
      const trail = (shortestSteps.get(node.id) ?? []).map((step) => ({
        ...step,
        question: entries.get(step.node)!.data.title,
        answer: answerOf(step.node, step.event).label,
        href: nodeUrl(step.node),
      }));
      const walked = { trail, stepsLeft: stepsLeft.get(node.id)!, context: shortestContext.get(node.id)!, steps: machineSteps(node.id) };
      return [node.id, { ...node, entry, href: nodeUrl(node.id), answers, ...walked }];
    }),
  );
}

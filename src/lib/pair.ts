import { patternProblem } from '../analyzer/safety';
import type { NodeData } from '../schemas/node';
import type { MachineNode } from './graph';

/**
 * Everything that must agree between the machine and the prose. Returns one
 * message per disagreement, each naming the node and the file to fix.
 */
export function findMismatches(
  machine: readonly MachineNode[],
  content: ReadonlyMap<string, NodeData>,
  referenceSlugs: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const states = new Map(machine.map((node) => [node.id, node]));
  for (const id of content.keys()) {
    if (!states.has(id)) problems.push(`content/nodes/${id}.mdx has no state "${id}" in the machine`);
  }
  for (const node of machine) {
    const file = `content/nodes/${node.id}.mdx`;
    const data = content.get(node.id);
    if (!data) {
      problems.push(`state "${node.id}" has no content: create ${file}`);
      continue;
    }
    if (data.kind !== node.kind) {
      problems.push(`state "${node.id}" is a ${node.kind} in the machine but ${file} says kind: ${data.kind}`);
    }
    const events = new Set(node.edges.map((edge) => edge.event));
    const labelled = new Set(Object.keys(data.answers ?? {}));
    for (const event of events) {
      if (!labelled.has(event)) problems.push(`state "${node.id}" answers ${event} but ${file} has no label for it`);
    }
    for (const event of labelled) {
      if (!events.has(event)) problems.push(`${file} labels answer ${event}, which state "${node.id}" does not accept`);
    }
    const labels = Object.values(data.answers ?? {}).map((answer) => answer.label);
    if (new Set(labels).size !== labels.length) problems.push(`${file} gives two answers the same label`);
    for (const other of data.notIt) {
      if (states.get(other)?.kind !== 'diagnosis') {
        problems.push(`${file} lists "${other}" under notIt, which is not a diagnosis in the machine`);
      }
    }
    for (const slug of data.references) {
      if (!referenceSlugs.has(slug)) problems.push(`${file} cites reference "${slug}": no content/reference/${slug}.mdx`);
    }
    data.evidence.forEach((evidence, index) => {
      const signature = `${file} evidence ${index + 1}`;
      const unsafe = patternProblem(evidence.pattern);
      if (unsafe) problems.push(`${signature} has an unsafe pattern /${evidence.pattern}/: ${unsafe}`);
      for (const other of evidence.needs) {
        if (!states.has(other)) problems.push(`${signature} needs "${other}", which is no state in the machine`);
        else if (!content.get(other)?.evidence.some((companion) => companion.needs.length === 0)) {
          problems.push(`${signature} needs "${other}", which has no evidence of its own to pair with`);
        }
      }
    });
  }
  return problems;
}

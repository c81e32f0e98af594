import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browser, ingressNginx, loadBalancer, pod } from '../../src/machine/hops';
import { diagnosis, question } from '../../src/machine/nodes';
import { BROKEN_LINK, route } from '../../src/machine/request-path';
import { measurePages, type PageBytes } from './sizes';

const root = join(import.meta.dirname, '../..');

/** A question with `fanout` answers, or a diagnosis, for each of `count` nodes, breadth first. */
export function syntheticTree(count: number, fanout = 4) {
  const nodes: { id: string; children: string[] }[] = [{ id: 'start', children: [] }];
  for (let next = 1; next < count; next++) {
    const parent = nodes[Math.floor((next - 1) / fanout)];
    const id = `node-${next}`;
    parent.children.push(id);
    nodes.push({ id, children: [] });
  }
  return nodes;
}

export type SyntheticNode = ReturnType<typeof syntheticTree>[number];

/** The synthetic tree's branches: the start on its own, then one per answer of the start, holding everything below it. */
export function syntheticBranches(nodes: SyntheticNode[]): { id: string; title: string; nodes: SyntheticNode[] }[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const below = (node: SyntheticNode): SyntheticNode[] => [node, ...node.children.flatMap((child) => below(byId.get(child)!))];
  return [
    { id: 'start', title: 'Synthetic start', nodes: [nodes[0]] },
    ...nodes[0].children.map((child, i) => ({ id: `branch-${i + 1}`, title: `Synthetic branch ${i + 1}`, nodes: below(byId.get(child)!) })),
  ];
}

/** The path a diagnosis page draws, as long as the longest real one. */
const samplePath = route(browser, loadBalancer, ingressNginx, BROKEN_LINK, pod);

const stateOf = (node: SyntheticNode) =>
  node.children.length > 0
    ? question(Object.fromEntries(node.children.map((child, i) => [`ANSWER_${i + 1}`, child])))
    : diagnosis(samplePath);

/** The machine's states for a synthetic tree, in the shape the branch files give them. */
export const syntheticStates = (nodes: SyntheticNode[]) => Object.fromEntries(nodes.map((node) => [node.id, stateOf(node)]));

const machineSource = (nodes: SyntheticNode[]) => `import { setup } from 'xstate';
import { contextActions } from './actions';
import { initialContext, type AnswerEvent, type DiagnoseContext } from './context';
import { startId } from './start';

export const branches = ${JSON.stringify(
  syntheticBranches(nodes).map((branch) => ({
    id: branch.id,
    title: branch.title,
    states: Object.fromEntries(branch.nodes.map((node) => [node.id, stateOf(node)])),
  })),
)};

export const diagnoseMachine = setup({
  types: { context: {} as DiagnoseContext, events: {} as AnswerEvent },
  actions: contextActions,
}).createMachine({
  id: 'diagnose',
  initial: startId,
  context: initialContext,
  states: Object.fromEntries(branches.flatMap((branch) => Object.entries(branch.states))),
});
`;

/** Real prose of each kind, so synthetic pages weigh what real ones do. */
function sampleBody(file: string) {
  return readFileSync(join(root, 'content/nodes', file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
}

function contentFile(
  node: SyntheticNode,
  bodies: { question: string; diagnosis: string },
  alternative: string,
) {
  const kind = node.children.length > 0 ? 'question' : 'diagnosis';
  const answers = node.children.map((_, i) => `  ANSWER_${i + 1}: "Answer ${i + 1}: what the person sees at ${node.id}"`);
  const front = [
    `title: "Synthetic ${kind} ${node.id}: what is going on here?"`,
    `kind: ${kind}`,
    `summary: "A synthetic ${kind} with prose as long as a real one, to weigh the page."`,
    ...(kind === 'question' ? ['answers:', ...answers] : [`notIt: [${alternative}]`, 'checked: [{ product: nginx, versions: "1.22.1", source: captured }]']),
  ];
  return `---\n${front.join('\n')}\n---\n${kind === 'question' ? bodies.question : bodies.diagnosis}`;
}

export interface SyntheticResult {
  nodes: number;
  buildSeconds: number;
  pages: PageBytes[];
}

/** Builds a copy of the site whose machine has `count` generated nodes, and measures it. */
export function buildSynthetic(count: number): SyntheticResult {
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content/reference']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    rmSync(join(dir, 'src/machine/branches'), { recursive: true });
    rmSync(join(dir, 'src/pages/timeouts'), { recursive: true });
    const nodes = syntheticTree(count);
    writeFileSync(join(dir, 'src/machine/diagnose.machine.ts'), machineSource(nodes));
    mkdirSync(join(dir, 'content/nodes'), { recursive: true });
    const bodies = { question: sampleBody('nginx-backend.mdx'), diagnosis: sampleBody('fpm-worker-sigkill.mdx') };
    const leaf = nodes.at(-1)!.id;
    for (const node of nodes) writeFileSync(join(dir, 'content/nodes', `${node.id}.mdx`), contentFile(node, bodies, leaf));
    const started = performance.now();
    execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: dir, stdio: process.env.SYN_VERBOSE ? 'inherit' : 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const buildSeconds = (performance.now() - started) / 1000;
    return { nodes: count, buildSeconds, pages: measurePages(join(dir, 'dist')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { describe, expect, test } from 'vitest';
import { branchOf, treeBranches } from '../../src/lib/branches';
import { branchGraphs, openTreeChartStates, treeGraph, type ChartBranch, type ChartSource } from '../../src/lib/chart/graphs';
import { layOutChart, type Box, type ChartLayout } from '../../src/lib/chart/layout';
import { chartSvg } from '../../src/lib/chart/svg';
import { shortLabel, textWidth, wrap } from '../../src/lib/chart/text';
import { machineNodes } from '../../src/lib/graph';
import { mapListPage, mapUrl, nodeUrl, startId, treeChartName } from '../../src/lib/urls';
import { shortLabelLength } from '../../src/schemas/answer';
import { syntheticBranches, syntheticTree } from '../../scripts/bench/synthetic';
import { readNodeContent } from '../support/content';

const content = readNodeContent();

/** The real tree as the charts read it: machine states, their branch, their title and answer labels. */
const sources: ChartSource[] = machineNodes.map((node) => ({
  id: node.id,
  kind: node.kind,
  title: content.get(node.id)!.title,
  href: nodeUrl(node.id),
  branch: branchOf.get(node.id)!.id,
  answers: node.edges.map((edge) => ({ ...edge, ...content.get(node.id)!.answers![edge.event] })),
}));
const branches: ChartBranch[] = treeBranches.map((branch) => ({ id: branch.id, title: branch.title, href: mapUrl([], branch.id) }));
const startBranch = branchOf.get(startId)!.id;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Pairs of boxes that overlap, named; a sweep along x keeps a 1,000-node chart quick to check. */
function overlapping(boxes: (Box & { name: string })[]): string[] {
  const sorted = boxes.toSorted((a, b) => a.x - b.x);
  const found: string[] = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length && sorted[j].x < a.x + a.width; j++) {
      if (overlaps(a, sorted[j])) found.push(`${a.name} × ${sorted[j].name}`);
    }
  });
  return found;
}

/** What must hold of any laid-out chart: nothing drawn on top of anything else, every node inside its cluster and the canvas. */
function expectReadable(layout: ChartLayout) {
  const nodes = layout.nodes.map((node) => ({ ...node, name: node.id }));
  const labels = layout.edges.map((edge) => ({ ...edge.labelBox, name: `label of ${edge.from} ${edge.event}` }));
  expect(overlapping(nodes), 'no two nodes overlap').toEqual([]);
  expect(overlapping([...nodes, ...labels]), 'no edge label covers a node or another label').toEqual([]);
  expect(overlapping(layout.clusters.map((cluster) => ({ ...cluster, name: cluster.id }))), 'no two clusters overlap').toEqual([]);
  const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const node of layout.nodes) expect(inside(node, canvas), `${node.id} is on the canvas`).toBe(true);
  for (const cluster of layout.clusters.filter((each) => !each.closed)) {
    for (const id of cluster.nodes) expect(inside(layout.nodes.find((node) => node.id === id)!, cluster), `${id} sits in ${cluster.id}`).toBe(true);
  }
  for (const edge of layout.edges) expect(edge.points.length, `${edge.from} ${edge.event} is routed`).toBeGreaterThanOrEqual(2);
}

const answersOf = (layout: ChartLayout) => layout.edges.map((edge) => `${edge.from} ${edge.event} ${edge.to}`).toSorted();
const machineAnswers = machineNodes.flatMap((node) => node.edges.map((edge) => `${node.id} ${edge.event} ${edge.target}`)).toSorted();

describe('layOutChart', () => {
  test('draws every state of the machine once and every answer once on the chart of the whole tree', async () => {
    const layout = await layOutChart(treeGraph(sources, branches, startBranch));
    expect(layout.nodes.map((node) => node.id).toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
    expect(answersOf(layout)).toEqual(machineAnswers);
    expectReadable(layout);
  }, 60_000);

  test('draws every state on its branch chart and every answer on the chart of each branch it touches', async () => {
    const drawn = new Set<string>();
    const graphs = branchGraphs(sources, branches);
    for (const branch of treeBranches) {
      const layout = await layOutChart(graphs.get(branch.id)!);
      expectReadable(layout);
      expect(layout.nodes.filter((node) => !node.away).map((node) => node.id), branch.id).toEqual(branch.nodes);
      for (const answer of answersOf(layout)) drawn.add(answer);
      for (const node of layout.nodes.filter((node) => node.away)) {
        expect(node.away, `${node.id} names its own branch`).toBe(branchOf.get(node.id)!.title);
      }
    }
    expect([...drawn].toSorted()).toEqual(machineAnswers);
  }, 60_000);

  test('lays out a synthetic tree as big as the whole-tree chart draws step by step with nothing overlapping', async () => {
    const { sources: syntheticSources, branches: syntheticBranchList } = synthetic(openTreeChartStates);
    const layout = await layOutChart(treeGraph(syntheticSources, syntheticBranchList, 'start'));
    expect(layout.nodes).toHaveLength(openTreeChartStates);
    expect(layout.clusters.filter((cluster) => cluster.closed)).toEqual([]);
    expectReadable(layout);
  }, 120_000);

  test('draws a bigger tree with each branch but the first as one closed box, every answer out of the first drawn', async () => {
    const { sources: syntheticSources, branches: syntheticBranchList } = synthetic(1000);
    const layout = await layOutChart(treeGraph(syntheticSources, syntheticBranchList, 'start'));
    expect(layout.nodes.map((node) => node.id)).toEqual(['start']);
    expect(layout.clusters.map((cluster) => [cluster.id, cluster.closed])).toEqual(syntheticBranchList.slice(1).map((branch) => [branch.id, true]));
    expect(layout.clusters.reduce((sum, cluster) => sum + cluster.nodes.length, 0), 'every other state in a box').toBe(999);
    expect(answersOf(layout)).toEqual(syntheticSources[0].answers.map((answer) => `start ${answer.event} ${answer.target}`).toSorted());
    expectReadable(layout);
    const svg = chartSvg(layout, { label: 'The whole tree' });
    for (const cluster of layout.clusters) {
      const heading = new RegExp(`<a href="${cluster.href}" class="chart-cluster__link" data-branch="${cluster.id}"><text[^>]*><tspan[^>]*>${cluster.title} </tspan><tspan[^>]*>${cluster.nodes.length} steps</tspan></text></a>`);
      expect(svg, `${cluster.id}'s box links to its chart and says how many steps it holds`).toMatch(heading);
    }
  }, 60_000);

  test('lays out each branch of a synthetic tree of 1,000 nodes in reasonable time with nothing overlapping, answers in their order', async () => {
    const { sources: syntheticSources, branches: syntheticBranchList } = synthetic(1000);
    const started = performance.now();
    for (const [id, graph] of branchGraphs(syntheticSources, syntheticBranchList)) {
      const layout = await layOutChart(graph);
      expect(layout.nodes.filter((node) => !node.away), id).toHaveLength(syntheticSources.filter((source) => source.branch === id).length);
      expectReadable(layout);
      const top = new Map(layout.nodes.map((node) => [node.id, node.y]));
      for (const source of syntheticSources.filter((each) => each.branch === id)) {
        const tops = source.answers.map((answer) => top.get(answer.target)!);
        expect(tops, `${source.id}'s answers from top to bottom`).toEqual(tops.toSorted((a, b) => a - b));
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`1,000-node synthetic tree's branches laid out in ${seconds.toFixed(1)} s`);
    expect(seconds, 'seconds to lay out the branches of 1,000 nodes').toBeLessThan(60);
  }, 120_000);
});

/** A synthetic tree of `count` nodes as the charts read it, in the branches the bench gives it. */
function synthetic(count: number): { sources: ChartSource[]; branches: ChartBranch[] } {
  const nodes = syntheticTree(count);
  const syntheticBranchList = syntheticBranches(nodes);
  const of = new Map(syntheticBranchList.flatMap((branch) => branch.nodes.map((node) => [node.id, branch.id])));
  return {
    sources: nodes.map((node) => ({
      id: node.id,
      kind: node.children.length > 0 ? 'question' : 'diagnosis',
      title: `Synthetic ${node.children.length > 0 ? 'question' : 'diagnosis'} ${node.id}: what is going on here?`,
      href: nodeUrl(node.id),
      branch: of.get(node.id)!,
      answers: node.children.map((child, i) => ({ event: `ANSWER_${i + 1}`, target: child, label: `Answer ${i + 1}: what the person sees at ${node.id}` })),
    })),
    branches: syntheticBranchList.map((branch) => ({ id: branch.id, title: branch.title, href: mapUrl([], branch.id) })),
  };
}

describe('treeGraph', () => {
  const source = (id: string, branch: string, targets: string[]): ChartSource => ({
    id,
    kind: targets.length > 0 ? 'question' : 'diagnosis',
    title: id,
    href: nodeUrl(id),
    branch,
    answers: targets.map((target, i) => ({ event: `A${i}`, target, label: target })),
  });
  const named = (...ids: string[]) => ids.map((id) => ({ id, title: id, href: mapUrl([], id) }));

  test('returns the starting branch unboxed and every other branch as a cluster', () => {
    const graph = treeGraph([source('s', 'start', ['a']), source('a', 'one', ['b']), source('b', 'two', [])], named('start', 'one', 'two'), 'start');
    expect(graph.clusters.map((cluster) => [cluster.id, cluster.nodes])).toEqual([['one', ['a']], ['two', ['b']]]);
  });

  test('returns branches that lead into each other in a circle unboxed', () => {
    const sources = [source('s', 'start', ['a1']), source('a1', 'one', ['b1']), source('b1', 'two', ['a2']), source('a2', 'one', []), source('c', 'three', [])];
    const graph = treeGraph([...sources, source('x', 'start', ['c'])], named('start', 'one', 'two', 'three'), 'start');
    expect(graph.clusters.map((cluster) => cluster.id)).toEqual(['three']);
  });
});

describe('branchGraphs', () => {
  test('returns a branch with the steps of other branches that lead into it first and those it leads to last, marked away', () => {
    const graph = branchGraphs(sources, branches).get('nginx-shared')!;
    const own = graph.nodes.filter((node) => !node.away).map((node) => node.id);
    expect(own).toEqual(treeBranches.find((branch) => branch.id === 'nginx-shared')!.nodes);
    const entering = machineNodes.filter((node) => node.edges.some((edge) => own.includes(edge.target))).map((node) => node.id);
    expect(graph.nodes.slice(0, entering.length).map((node) => node.id).toSorted()).toEqual(entering.toSorted());
    expect(graph.edges.every((edge) => own.includes(edge.from) || own.includes(edge.to)), 'only answers into or out of the branch').toBe(true);
  });
});

describe('shortLabel', () => {
  test('returns a label that fits whole', () => {
    expect(shortLabel('Connection refused (111)')).toBe('Connection refused (111)');
  });

  test('returns what comes before a colon', () => {
    expect(shortLabel('520: Web server is returning an unknown error')).toBe('520');
  });

  test('returns a long enough first clause, or else cuts at a word with an ellipsis', () => {
    expect(shortLabel('Every request fails; the console shows targets unhealthy')).toBe('Every request fails');
    expect(shortLabel('Blank, the browser’s own error, a custom page, or I cannot tell')).toBe('Blank, the browser’s own error, a…');
  });

  test('returns no more than the schema allows a short label, for every answer of the tree', () => {
    for (const answer of sources.flatMap((source) => source.answers)) {
      expect((answer.short ?? shortLabel(answer.label)).length, answer.label).toBeLessThanOrEqual(shortLabelLength + 1);
    }
  });
});

describe('wrap', () => {
  test('returns lines no wider than asked, splitting a word too long for one line after its underscores', () => {
    const lines = wrap('PHP-FPM killed a request that ran past request_terminate_timeout', 184);
    for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(184);
    expect(lines.at(-1)).toBe('timeout');
  });
});

describe('treeBranches', () => {
  test('puts every state of the machine in exactly one branch', () => {
    expect(treeBranches.flatMap((branch) => branch.nodes).toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
  });

  test('has ids that no other page of the map uses', () => {
    const ids = treeBranches.map((branch) => branch.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(mapListPage);
    expect(ids).not.toContain(treeChartName);
  });
});

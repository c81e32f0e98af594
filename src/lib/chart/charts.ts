import chartCss from '../../styles/chart.css?raw';
import globalCss from '../../styles/global.css?raw';
import { branchOf, treeBranches } from '../branches';
import { getTree, type TreeNode } from '../tree';
import { mapUrl, startId, treeChartName } from '../urls';
import { branchGraphs, treeGraph, type ChartBranch, type ChartSource } from './graphs';
import { layOutChart, type ChartLayout } from './layout';
import { chartSvg } from './svg';

/** The branches as the charts name and link them. */
export const chartBranches: ChartBranch[] = treeBranches.map((branch) => ({ id: branch.id, title: branch.title, href: mapUrl([], branch.id) }));

export interface Charts {
  tree: ChartLayout;
  branches: Map<string, ChartLayout>;
}

let charts: Promise<Charts> | undefined;

/** Every chart, laid out once per build: the whole tree, and each branch. */
export function getCharts(): Promise<Charts> {
  charts ??= layOutCharts();
  return charts;
}

export const chartSources = (tree: Map<string, TreeNode>): ChartSource[] =>
  treeBranches.flatMap((branch) =>
    branch.nodes.map((id) => {
      const node = tree.get(id)!;
      return {
        id,
        kind: node.kind,
        title: node.entry.data.title,
        href: node.href,
        branch: branch.id,
        answers: node.answers.map(({ event, target, label, short }) => ({ event, target, label, short })),
      };
    }),
  );

async function layOutCharts(): Promise<Charts> {
  const sources = chartSources(await getTree());
  const tree = await layOutChart(treeGraph(sources, chartBranches, branchOf.get(startId)!.id));
  const branches = new Map<string, ChartLayout>();
  for (const [id, graph] of branchGraphs(sources, chartBranches)) branches.set(id, await layOutChart(graph));
  return { tree, branches };
}

/**
 * The stylesheet a chart file carries, as it has no page around it: the
 * site's colour variables (the first `:root` rule of global.css, which in an
 * SVG file is the chart itself) and the charts' own rules, comments dropped.
 */
export const chartFileCss = (): string => {
  const colours = /:root\s*\{[^}]*\}/.exec(globalCss)?.[0];
  if (!colours) throw new Error('global.css has no :root rule of colours for the chart files');
  return `${colours}${chartCss}`.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
};

/** What a chart is called, for assistive technology and as its image's text alternative. */
export const chartLabel = (name: string): string =>
  name === treeChartName
    ? 'Flowchart of the whole decision tree, each branch in a box'
    : `Flowchart of the branch “${chartBranches.find((branch) => branch.id === name)!.title}”`;

/** A chart's layout by name: the whole tree (`treeChartName`) or a branch id. */
export async function chartLayout(name: string): Promise<ChartLayout> {
  const { tree, branches } = await getCharts();
  const layout = name === treeChartName ? tree : branches.get(name);
  if (!layout) throw new Error(`no chart named "${name}"`);
  return layout;
}

/** A chart's markup: inline in a page, which styles it, or (`file`) as an SVG file carrying its own styles. */
export async function chartMarkup(name: string, file = false): Promise<string> {
  return chartSvg(await chartLayout(name), { label: chartLabel(name), css: file ? chartFileCss() : undefined });
}

/** Every chart there is, by name: the whole tree first, then the branches. */
export const chartNames = (): string[] => [treeChartName, ...chartBranches.map((branch) => branch.id)];

/** The title of a branch's chart page. */
export const branchChartTitle = (branch: ChartBranch): string => `Map of the branch “${branch.title}”`;

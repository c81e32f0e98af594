import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { NodeKind } from '../../machine/nodes';
import { lineHeight, shortLabel, textWidth, wrap } from './text';

/** A node to draw: one machine state, or (`away`) a state of another branch that this chart's edges reach. */
export interface ChartNode {
  id: string;
  kind: NodeKind;
  title: string;
  href: string;
  /** Set when the node belongs to another branch than the chart's: that branch's title. */
  away?: string;
}

/** One answer, from the node it is given at to the node it leads to. */
export interface ChartEdge {
  from: string;
  to: string;
  event: string;
  /** The answer's label as the person reads it on the node's page. */
  label: string;
  /** An author's short form of it, when cutting the label reads badly. */
  short?: string;
}

/** A box drawn around the nodes of one branch, with its title as a heading that links to the branch's chart. */
export interface ChartCluster {
  id: string;
  title: string;
  href: string;
  /** The branch's states. */
  nodes: string[];
  /** Drawn closed: one box that names how many states it holds, none of them drawn; answers into and out of them meet the box. */
  closed?: boolean;
}

export interface ChartGraph {
  /** The nodes drawn: those of closed clusters are left out. */
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Without clusters, every node sits at the top level. */
  clusters: ChartCluster[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends ChartNode, Box {
  /** The title, wrapped to the box. */
  lines: string[];
  /** An away node's "in <branch>", wrapped. */
  awayLines: string[];
}

export interface PlacedEdge extends ChartEdge {
  points: Point[];
  labelBox: Box;
  labelLines: string[];
}

export type PlacedCluster = ChartCluster & Box;

export interface ChartLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  clusters: PlacedCluster[];
}

/** Every node is this wide; titles wrap inside it, within the padding its shape needs. */
export const nodeWidth = 232;
export const nodePadding = { x: 24, y: 12 };
const edgeLabelWidth = 150;
/** Room above a cluster's nodes for its heading. */
export const clusterHeading = 44;
/** A closed cluster's box: its heading, then one line saying how many states it holds. */
const closedClusterHeight = clusterHeading + lineHeight + 16;

/**
 * ELK orders each layer by the model's order and then minimises crossings,
 * and the first of these keeps every pair of a layer's nodes ordered: its
 * cost grows faster than the square of a layer's width, minutes for a branch
 * of a thousand states. A chart of more nodes than this, without clusters,
 * skips both (`orderedLayoutOptions`); the real tree's charts are a fraction
 * of it.
 */
export const orderedLayoutFrom = 200;

const elk = new ELK();

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};

/**
 * Each layer then keeps the order ELK's layering meets its nodes in: depth
 * first from the first node given, along each node's edges last given
 * first. So such a chart's edges go to ELK reversed, and a question's answers
 * come top to bottom in the machine's order, each subtree together: a tree
 * is drawn without crossings, in time that grows with its size.
 */
const orderedLayoutOptions = {
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.crossingMinimization.strategy': 'NONE',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
};

const textWidthInNode = nodeWidth - 2 * nodePadding.x;

/** The lines a node's box holds: its title, and for an away node the branch it belongs to. */
const nodeLines = (node: ChartNode) => ({
  lines: wrap(node.title, textWidthInNode),
  awayLines: node.away ? wrap(`in ${node.away}`, textWidthInNode) : [],
});

/** An edge's label, wrapped. */
export const edgeLines = (edge: ChartEdge): string[] => wrap(edge.short ?? shortLabel(edge.label), edgeLabelWidth);

const edgeId = (edge: ChartEdge) => `${edge.from} ${edge.event}`;

/** Wide enough for the heading, set at 20 px and bold (chart.css): 1.25 times the body size and about a tenth wider again, 16 px in from each side. */
const closedClusterWidth = (cluster: ChartCluster) => Math.max(nodeWidth, Math.ceil(textWidth(cluster.title) * 1.25 * 1.1) + 32);

/** What an edge's end is tied to in ELK: its node, or the closed cluster that holds it. */
const vertices = (graph: ChartGraph) => {
  const closed = new Map(graph.clusters.filter((cluster) => cluster.closed).flatMap((cluster) => cluster.nodes.map((id) => [id, `cluster ${cluster.id}`] as const)));
  return (id: string) => closed.get(id) ?? id;
};

/**
 * Lays a chart out with ELK's layered algorithm (left to right, answers in
 * the order the machine lists them), at build time only. Returns every
 * node, edge and cluster with coordinates on one canvas.
 */
export async function layOutChart(graph: ChartGraph): Promise<ChartLayout> {
  const lines = new Map(graph.nodes.map((node) => [node.id, nodeLines(node)]));
  const elkNode = (node: ChartNode): ElkNode => ({
    id: node.id,
    width: nodeWidth,
    height: (lines.get(node.id)!.lines.length + lines.get(node.id)!.awayLines.length) * lineHeight + 2 * nodePadding.y,
  });
  const clustered = new Set(graph.clusters.flatMap((cluster) => cluster.nodes));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const ordered = graph.clusters.length === 0 && graph.nodes.length > orderedLayoutFrom;
  const vertex = vertices(graph);
  const labelLines = new Map(graph.edges.map((edge) => [edgeId(edge), edgeLines(edge)]));
  const edges: ElkExtendedEdge[] = graph.edges.map((edge) => {
    const text = labelLines.get(edgeId(edge))!;
    return {
      id: edgeId(edge),
      sources: [vertex(edge.from)],
      targets: [vertex(edge.to)],
      labels: [
        {
          id: `label ${edgeId(edge)}`,
          // ELK places only labels that have text.
          text: text.join(' '),
          width: Math.max(...text.map(textWidth)) + 8,
          height: text.length * lineHeight + 4,
        },
      ],
    };
  });
  const clusterNode = (cluster: ChartCluster): ElkNode =>
    cluster.closed
      ? { id: `cluster ${cluster.id}`, width: closedClusterWidth(cluster), height: closedClusterHeight }
      : {
          id: `cluster ${cluster.id}`,
          layoutOptions: { 'elk.padding': `[top=${clusterHeading},left=16,bottom=16,right=16]` },
          children: cluster.nodes.map((id) => elkNode(byId.get(id)!)),
        };
  const root: ElkNode = {
    id: 'chart root',
    layoutOptions: ordered ? { ...layoutOptions, ...orderedLayoutOptions } : layoutOptions,
    children: [
      ...graph.clusters.map(clusterNode),
      ...graph.nodes.filter((node) => !clustered.has(node.id)).map(elkNode),
    ],
    edges: ordered ? edges.toReversed() : edges,
  };
  const laid = await elk.layout(root);
  const placed = new Map<string, Box>();
  const visit = (node: ElkNode) => {
    placed.set(node.id, { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 });
    node.children?.forEach(visit);
  };
  visit(laid);
  const laidEdges = new Map((laid.edges ?? []).map((edge) => [edge.id, edge]));
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: graph.nodes.map((node) => ({ ...node, ...placed.get(node.id)!, ...lines.get(node.id)! })),
    clusters: graph.clusters.map((cluster) => ({ ...cluster, ...placed.get(`cluster ${cluster.id}`)! })),
    edges: graph.edges.map((edge) => {
      const laidEdge = laidEdges.get(edgeId(edge))!;
      const label = laidEdge.labels![0];
      return {
        ...edge,
        points: (laidEdge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]),
        labelBox: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 },
        labelLines: labelLines.get(edgeId(edge))!,
      };
    }),
  };
}

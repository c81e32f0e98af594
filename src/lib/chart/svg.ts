import type { Box, ChartLayout, PlacedCluster, PlacedEdge, PlacedNode, Point } from './layout';
import { clusterHeading, nodePadding } from './layout';
import { lineHeight } from './text';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const round = (value: number) => Math.round(value * 2) / 2;

/** The element id of a node on a chart: the target of `#n-<id>` links and of the inset's fragment. */
export const chartNodeId = (id: string): string => `n-${id}`;

/**
 * Lines of text from `top`, each at `x`. A space ends every line but the
 * last, except one that breaks inside a word (after - _ or /, see `wrap`),
 * so the lines join back into the text they came from: the accessible name.
 */
function lines(texts: string[], x: number, top: number, className: string, quiet = 0): string {
  const spans = texts.map((text, i) => {
    const classAttr = i >= texts.length - quiet ? ' class="chart-node__away"' : '';
    return `<tspan x="${round(x)}" y="${round(top + (i + 0.75) * lineHeight)}"${classAttr}>${escape(text)}${i < texts.length - 1 && !/[-_/]$/.test(text) ? ' ' : ''}</tspan>`;
  });
  return `<text class="${className}">${spans.join('')}</text>`;
}

/** Each kind has its own outline, so the shape tells them apart without colour. */
function shape(node: PlacedNode): string {
  const { x, y, width: w, height: h } = node;
  if (node.kind === 'question') {
    const i = 14;
    const points = [[x + i, y], [x + w - i, y], [x + w, y + h / 2], [x + w - i, y + h], [x + i, y + h], [x, y + h / 2]];
    return `<polygon points="${points.map(([px, py]) => `${round(px)},${round(py)}`).join(' ')}"/>`;
  }
  if (node.kind === 'check') {
    const bar = 9;
    return `<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}"/><path class="chart-node__bars" d="M${round(x + bar)} ${round(y)}v${h}M${round(x + w - bar)} ${round(y)}v${h}"/>`;
  }
  return `<rect x="${round(x)}" y="${round(y)}" width="${w}" height="${h}" rx="${Math.min(h / 2, 22)}"/>`;
}

function node(placed: PlacedNode): string {
  const classes = `chart-node chart-node--${placed.kind}${placed.away ? ' chart-node--away' : ''}`;
  const all = [...placed.lines, ...placed.awayLines];
  const text = lines(all, placed.x + placed.width / 2, placed.y + nodePadding.y, 'chart-node__title', placed.awayLines.length);
  return `<a href="${escape(placed.href)}" id="${escape(chartNodeId(placed.id))}" class="${classes}">${shape(placed)}${text}</a>`;
}

const pathOf = (points: Point[]) => `M${points.map((point) => `${round(point.x)} ${round(point.y)}`).join('L')}`;

function edge(placed: PlacedEdge): string {
  const box: Box = placed.labelBox;
  return `<g class="chart-edge" data-edge="${escape(`${placed.from} ${placed.to}`)}"><path d="${pathOf(placed.points)}"/>${lines(placed.labelLines, box.x + 4, box.y + 2, 'chart-edge__label')}</g>`;
}

const clusterBox = (cluster: PlacedCluster) =>
  `<rect class="chart-cluster" x="${round(cluster.x)}" y="${round(cluster.y)}" width="${round(cluster.width)}" height="${round(cluster.height)}" rx="8"/>`;

/** A closed cluster's heading goes on to say how many states it holds, inside the same link. */
function clusterHeadingLink(cluster: PlacedCluster): string {
  const [x, y] = [round(cluster.x + 16), round(cluster.y + clusterHeading - 14)];
  const title = cluster.closed
    ? `<tspan x="${x}" y="${y}">${escape(cluster.title)} </tspan><tspan x="${x}" y="${round(cluster.y + clusterHeading + 0.75 * lineHeight)}">${cluster.nodes.length} ${cluster.nodes.length === 1 ? 'step' : 'steps'}</tspan>`
    : escape(cluster.title);
  return `<a href="${escape(cluster.href)}" class="chart-cluster__link" data-branch="${escape(cluster.id)}"><text class="chart-cluster__title" x="${x}" y="${y}">${title}</text></a>`;
}

/** Nodes in reading order: by column, then top to bottom. */
const readingOrder = (a: PlacedNode, b: PlacedNode) => Math.round(a.x) - Math.round(b.x) || a.y - b.y;

export interface SvgOptions {
  /** Names the chart for assistive technology. */
  label: string;
  /** A stylesheet to embed, for a chart that stands alone as a file; pages style inline charts themselves. */
  css?: string;
}

/**
 * Draws a laid-out chart as SVG markup: classes only, no style attributes,
 * every node a link named by its title. Nodes come in reading order, each
 * cluster's heading first, so focus moves through the chart as it reads.
 */
export function chartSvg(layout: ChartLayout, options: SvgOptions): string {
  const inCluster = new Map(layout.clusters.flatMap((cluster) => cluster.nodes.map((id) => [id, cluster.id] as const)));
  const links = [
    ...layout.clusters.flatMap((cluster) => [
      clusterHeadingLink(cluster),
      ...layout.nodes.filter((placed) => inCluster.get(placed.id) === cluster.id).sort(readingOrder).map(node),
    ]),
    ...layout.nodes.filter((placed) => !inCluster.has(placed.id)).sort(readingOrder).map(node),
  ];
  const arrow = (id: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-label="${escape(options.label)}">`,
    options.css ? `<style>${options.css}</style>` : '',
    `<defs>${arrow('chart-arrow')}${arrow('chart-arrow-on')}</defs>`,
    `<g aria-hidden="true">${layout.clusters.map(clusterBox).join('')}${layout.edges.map(edge).join('')}</g>`,
    links.join(''),
    '</svg>',
  ].join('');
}

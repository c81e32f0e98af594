import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { branchOf, treeBranches } from '../../src/lib/branches';
import { chartNodeId } from '../../src/lib/chart/svg';
import { shortLabel } from '../../src/lib/chart/text';
import { machineNodes, shortestSteps } from '../../src/lib/graph';
import { chartFileUrl, mapUrl, nodeUrl, treeChartName } from '../../src/lib/urls';
import { readNodeContent } from '../support/content';
import { distDir, readBuilt } from '../support/dist';

const content = readNodeContent();
const chartFile = (chart: string) => readFileSync(join(distDir, chartFileUrl(chart)), 'utf8');
const pageOf = (url: string) => readBuilt(join(url.slice(1), 'index.html'));

const unescape = (text: string) =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Each node link of a chart's markup: its address and the name its lines of text spell. */
function nodeLinks(svg: string): Map<string, { href: string; name: string }> {
  const links = [...svg.matchAll(/<a href="([^"]+)" id="n-([^"]+)" class="chart-node[^"]*">(.*?)<\/a>/g)];
  return new Map(
    links.map(([, href, id, inner]) => [id, { href: unescape(href), name: unescape([...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join('')) }]),
  );
}

/** Each edge of a chart's markup as `from to`, with its label's text. */
const edgeLabels = (svg: string) =>
  [...svg.matchAll(/<g class="chart-edge" data-edge="([^"]+)"><path d="[^"]+"\/><text[^>]*>(.*?)<\/text><\/g>/g)].map(([, edge, text]) => ({
    edge,
    label: unescape([...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join('')),
  }));

describe('the chart of the whole tree', () => {
  const svg = chartFile(treeChartName);
  const links = nodeLinks(svg);

  test('draws every node as a link to its page, named by its title', () => {
    for (const node of machineNodes) {
      expect(links.get(node.id), node.id).toEqual({ href: nodeUrl(node.id), name: content.get(node.id)!.title });
    }
    expect(links.size, 'no node twice, none that the machine lacks').toBe(machineNodes.length);
  });

  test('draws every answer as an edge labelled with its short label', () => {
    const drawn = edgeLabels(svg).map(({ edge, label }) => `${edge}: ${label}`);
    const answers = machineNodes.flatMap((node) =>
      node.edges.map((edge) => {
        const answer = content.get(node.id)!.answers![edge.event];
        return `${node.id} ${edge.target}: ${answer.short ?? shortLabel(answer.label)}`;
      }),
    );
    expect(drawn.toSorted()).toEqual(answers.toSorted());
  });

  test('heads each boxed branch with a link to its own chart', () => {
    const headings = [...svg.matchAll(/<a href="([^"]+)" class="chart-cluster__link" data-branch="([^"]+)"><text[^>]*>([^<]+)<\/text><\/a>/g)];
    expect(headings.length, 'some branches are boxed').toBeGreaterThan(treeBranches.length / 2);
    for (const [, href, id, title] of headings) {
      expect(href).toBe(mapUrl([], id));
      expect(unescape(title)).toBe(treeBranches.find((branch) => branch.id === id)!.title);
    }
  });

  test('carries its own styles, so it reads as a file, and uses no style attribute', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+" width="\d+" height="\d+"/);
    expect(svg).toMatch(/<style>[^<]*--fg:[^<]*\.chart-node:target[^<]*<\/style>/);
    expect(svg).not.toMatch(/\sstyle="/);
  });

  test('is what /map/ shows, as an image until the script puts it in the page', () => {
    expect(pageOf(mapUrl([]))).toMatch(new RegExp(`<img src="${chartFileUrl(treeChartName)}" width="\\d+" height="\\d+" alt="[^"]+" data-chart-src`));
  });
});

describe.each(treeBranches)('the chart of the branch $id', (branch) => {
  const page = pageOf(mapUrl([], branch.id));
  const inline = /<svg xmlns[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';

  test('is drawn into its page, every node of the branch a link to its page, named by its title', () => {
    const links = nodeLinks(inline);
    for (const id of branch.nodes) expect(links.get(id), id).toEqual({ href: nodeUrl(id), name: content.get(id)!.title });
    expect(inline, 'the page styles it; it carries no stylesheet of its own').not.toContain('<style>');
  });

  test('shows every answer into and out of the branch, the steps of other branches named by theirs', () => {
    const edges = edgeLabels(inline).map(({ edge }) => edge);
    const touching = machineNodes.flatMap((node) =>
      node.edges.filter((edge) => branch.nodes.includes(node.id) || branch.nodes.includes(edge.target)).map((edge) => `${node.id} ${edge.target}`),
    );
    expect(edges.toSorted()).toEqual(touching.toSorted());
    const links = nodeLinks(inline);
    for (const [id, link] of links) {
      if (!branch.nodes.includes(id)) expect(link.name, id).toBe(`${content.get(id)!.title} in ${branchOf.get(id)!.title}`);
    }
  });

  test('is the same chart as its file, the file carrying its styles', () => {
    expect(chartFile(branch.id).replace(/<style>[^<]*<\/style>/, '')).toBe(inline);
  });
});

describe('a diagnosis page', () => {
  test.each(machineNodes.filter((node) => node.kind === 'diagnosis').map((node) => node.id))(
    '%s shows its branch as an inset with itself marked, linked to the branch chart with the walk to it',
    (id) => {
      const html = pageOf(nodeUrl(id));
      const branch = branchOf.get(id)!;
      const walk = [...shortestSteps.get(id)!.map((step) => step.node), id];
      const inset = /<a class="branch-inset[^"]*" href="([^"]+)"[^>]*><img src="([^"]+)"/.exec(html);
      expect(inset, 'an inset').not.toBeNull();
      expect(unescape(inset![1])).toBe(mapUrl(walk, branch.id));
      expect(inset![2]).toBe(`${chartFileUrl(branch.id)}#${chartNodeId(id)}`);
    },
  );
});

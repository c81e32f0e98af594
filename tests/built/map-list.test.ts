import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { branchOf, treeBranches } from '../../src/lib/branches';
import { machineNodes, nodesById } from '../../src/lib/graph';
import { branchEntries, listPageOf, mapAnchor } from '../../src/lib/map';
import { mapListPage, mapUrl, nodeUrl, startId, treeChartName } from '../../src/lib/urls';
import { content } from '../support/pages';
import { builtPageUrls, fileOf, readBuilt } from '../support/dist';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const pageAt = (url: string) => parse(readBuilt(fileOf(url)));

/** The map as a list, page by page: the start's branch first, then one page per other branch. */
const listUrls = treeBranches.map((branch) => mapUrl([], listPageOf(branch.id)));
const lists = new Map(listUrls.map((url) => [url, pageAt(url)]));

/** The direct children of an element with a tag name. */
const childrenOf = (element: HTMLElement, tag: string) => element.childNodes.filter((child): child is HTMLElement => (child as HTMLElement).tagName === tag);

/** Every step placed on a page, as its list page and its element. */
const placed = [...lists].flatMap(([url, page]) => page.querySelectorAll('[data-map-node]').map((step) => ({ url, step })));

/** The element a same-site address with a fragment lands on, if there is one. */
function landing(href: string, from: string): HTMLElement | null {
  const url = new URL(href, `https://site.test${from}`);
  const page = lists.get(url.pathname);
  return page?.getElementById(decodeURIComponent(url.hash.slice(1))) ?? null;
}

describe('the map as a list', () => {
  test('has a page for the start’s branch and one for every other branch, and no other page', () => {
    const built = builtPageUrls().filter((url) => url.startsWith(mapUrl([], mapListPage)));
    expect(built.toSorted()).toEqual(listUrls.toSorted());
  });

  test('places every state of the machine exactly once over its pages, on its branch’s page, as a link to its page named by its title', () => {
    expect(placed.map(({ step }) => step.getAttribute('data-map-node')).toSorted()).toEqual(machineNodes.map((node) => node.id).toSorted());
    for (const { url, step } of placed) {
      const id = step.getAttribute('data-map-node')!;
      expect(url, `${id} is on the page of its branch`).toBe(mapUrl([], listPageOf(branchOf.get(id)!.id)));
      expect(step.id, `${id} can be linked to`).toBe(mapAnchor(id));
      const link = step.querySelector('.map-node__head a')!;
      expect([link.getAttribute('href'), collapse(link.text)], id).toEqual([nodeUrl(id), content.get(id)!.title]);
    }
  });

  test.each(placed.map(({ url, step }) => [step.getAttribute('data-map-node')!, url] as const))(
    'shows every answer of %s with its label, leading to the step placed under it or linking to its page and to where the list places it',
    (id, url) => {
      const step = lists.get(url)!.getElementById(mapAnchor(id))!;
      const [fold] = childrenOf(step, 'DETAILS');
      const answers = fold ? childrenOf(fold.querySelector('ul')!, 'LI') : [];
      const shown = answers.map((answer) => {
        const under = childrenOf(answer, 'DIV')[0];
        const see = answer.querySelector('.map-edge__see');
        return { label: collapse(answer.querySelector('.map-edge__answer')!.text), target: under?.getAttribute('data-map-node') ?? see?.getAttribute('data-map-to') };
      });
      const edges = nodesById.get(id)!.edges;
      expect(shown, 'one entry per answer the machine accepts, in its order').toEqual(
        edges.map((edge) => ({ label: collapse(`Answer: ${content.get(id)!.answers![edge.event].label}`), target: edge.target })),
      );
      const from = childrenOf(step, 'P').find((p) => p.classList.contains('map-node__from'));
      const into = machineNodes.filter((node) => node.edges.some((edge) => edge.target === id)).map((node) => node.id);
      const tops = [...lists.get(url)!.querySelectorAll('article > [data-map-node]')].map((top) => top.getAttribute('data-map-node'));
      if (tops.includes(id) && into.length > 0) {
        const landed = from!.querySelectorAll('a').map((link) => landing(link.getAttribute('href')!, url)?.getAttribute('data-map-node'));
        expect(landed, `${id}, at the top of its page, links to where the list places each step that leads to it`).toEqual(into);
      } else {
        expect(from, `${id} is placed under the answer that leads to it`).toBeUndefined();
      }
      for (const see of answers.flatMap((answer) => answer.querySelector('.map-edge__see') ?? [])) {
        const target = see.getAttribute('data-map-to')!;
        const [page, there] = see.querySelectorAll('a');
        expect([page.getAttribute('href'), collapse(page.text)], `the answer to ${target} links to its page`).toEqual([nodeUrl(target), content.get(target)!.title]);
        expect(landing(there.getAttribute('href')!, url)?.getAttribute('data-map-node'), `the answer to ${target} links to where the list places it`).toBe(target);
      }
    },
  );

  test('lists every other branch on its first page, with its number of steps, a link to its page and the steps a walk enters it by', () => {
    const entries = branchEntries(machineNodes, branchOf);
    const items = lists.get(mapUrl([], mapListPage))!.querySelectorAll('[data-map-entries]');
    const others = treeBranches.filter((branch) => mapUrl([], listPageOf(branch.id)) !== mapUrl([], mapListPage));
    expect(items.map((item) => collapse(item.text))).toEqual(others.map((branch) => `${branch.title} (${branch.nodes.length} steps)`));
    items.forEach((item, i) => {
      expect(item.querySelector('a')!.getAttribute('href')).toBe(mapUrl([], listPageOf(others[i].id)));
      expect(item.getAttribute('data-map-entries')!.split(' ').toSorted(), others[i].id).toEqual(entries.get(others[i].id)!.toSorted());
    });
  });

  test('links each chart to its own list page, and each list page back to its chart', () => {
    const listLink = (chartUrl: string) => pageAt(chartUrl).querySelector('.chart-tools a[data-map-page]')!.getAttribute('href');
    expect(listLink(mapUrl([])), treeChartName).toBe(mapUrl([], mapListPage));
    for (const branch of treeBranches) {
      expect(listLink(mapUrl([], branch.id)), branch.id).toBe(mapUrl([], listPageOf(branch.id)));
      const chart = branch === branchOf.get(startId) ? mapUrl([]) : mapUrl([], branch.id);
      const links = lists.get(mapUrl([], listPageOf(branch.id)))!.querySelectorAll('article > p a').map((link) => link.getAttribute('href'));
      expect(links, `the list of ${branch.id} links to its chart`).toContain(chart);
    }
  });
});

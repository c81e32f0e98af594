import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { machineNodes, nodesById } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { content } from '../support/pages';
import { fileOf, readBuilt } from '../support/dist';

/** The node article a built page carries, parsed. */
const articleAt = (url: string): HTMLElement | null => parse(readBuilt(fileOf(url))).querySelector('[data-node-article]');

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('answer links on the built pages', () => {
  test.each(machineNodes.map((node) => [node.id]))('every answer on %s links to the page of the node the machine says', (id) => {
    const article = articleAt(nodeUrl(id));
    expect(article?.getAttribute('data-node'), `${nodeUrl(id)} is the page of ${id}`).toBe(id);
    const links = article!.querySelectorAll('nav.answers a[data-event]').map((link) => ({
      event: link.getAttribute('data-event'),
      href: link.getAttribute('href'),
      label: collapse(link.querySelector('[data-label]')?.text ?? ''),
    }));
    const expected = nodesById.get(id)!.edges.map((edge) => ({
      event: edge.event,
      href: nodeUrl(edge.target),
      label: collapse(content.get(id)!.answers![edge.event].label),
    }));
    expect(links, 'one link per answer the machine accepts, in its order, with its label and target').toEqual(expected);
    for (const edge of nodesById.get(id)!.edges) {
      const target = articleAt(nodeUrl(edge.target));
      expect(target?.getAttribute('data-node'), `${edge.event} on ${id} leads to a page that is ${edge.target}`).toBe(edge.target);
      expect(collapse(target!.querySelector('h1')!.text), `${edge.target} shows its own heading`).toBe(collapse(content.get(edge.target)!.title));
    }
  });
});

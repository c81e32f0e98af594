import { describe, expect, test } from 'vitest';
import { restoreEntry as restore } from '../../src/islands/wizard/restore';
import { nodeOfPath, nodeUrl } from '../../src/lib/urls';
import { machineNodes } from '../../src/lib/graph';
import { machineSteps } from '../../src/lib/machineSteps';

/** Reads each node's answers as the page fetches them, from the machine; a node the machine lacks fails as a missing file does. */
const restoreEntry = async (state: unknown, node: string) => (await restore(state, node, async (id) => machineSteps(id)))?.entry ?? null;

const step = (node: string, event: string) => ({ node, event, question: 'Asked', answer: 'Answered' });
const walk = [step('start', 'MY_SITE'), step('error-page', 'NGINX_FOOTER')];

describe('restoreEntry', () => {
  test('returns a walk the machine takes, ending on the node the address names', async () => {
    expect(await restoreEntry({ wizard: true, node: 'nginx-backend', trail: walk }, 'nginx-backend')).toEqual({
      wizard: true,
      node: 'nginx-backend',
      trail: walk,
    });
  });

  test('drops every address and unknown field the state carries', async () => {
    const trail = walk.map((s) => ({ ...s, href: 'javascript:alert(1)', extra: 1 }));
    expect((await restoreEntry({ wizard: true, node: 'nginx-backend', trail, also: 'x' }, 'nginx-backend'))?.trail).toEqual(walk);
  });

  test.each([
    ['no state', null],
    ['a string', 'nginx-backend'],
    ['no trail', { wizard: true, node: 'nginx-backend', trail: null }],
    ['not the wizard’s', { node: 'nginx-backend', trail: walk }],
    ['another node than the address', { wizard: true, node: 'error-page', trail: walk.slice(0, 1) }],
    ['a transition that does not exist', { wizard: true, node: 'nginx-backend', trail: [step('start', 'NGINX_FOOTER')] }],
    ['a walk that does not start at the start', { wizard: true, node: 'nginx-backend', trail: walk.slice(1) }],
    ['a step whose text is not text', { wizard: true, node: 'nginx-backend', trail: [walk[0], { ...walk[1], answer: 7 }] }],
    ['an earlier answer this node does not take', { wizard: true, node: 'nginx-backend', trail: walk, chosen: 'MY_SITE' }],
    ['an answer named after a property every object has', { wizard: true, node: 'nginx-backend', trail: [step('start', '__proto__')] }],
    ['a node that is no state', { wizard: true, node: 'nginx-backend', trail: [step('no-such-node', 'MY_SITE'), ...walk] }],
    ['a node id that is no id', { wizard: true, node: 'nginx-backend', trail: [step('../../etc', 'MY_SITE')] }],
    ['a walk longer than any in the tree', { wizard: true, node: 'nginx-backend', trail: [...Array(100).fill(walk[0]), walk[1]] }],
  ])('returns null for %s', async (_, state) => {
    expect(await restoreEntry(state, 'nginx-backend')).toBeNull();
  });

  test('returns null when the answers of a node cannot be fetched', async () => {
    const offline = () => Promise.reject(new Error('offline'));
    expect(await restore({ wizard: true, node: 'nginx-backend', trail: walk }, 'nginx-backend', offline)).toBeNull();
  });
});

describe('nodeOfPath', () => {
  test('reads back every address nodeUrl writes', () => {
    for (const { id } of machineNodes) expect(nodeOfPath(nodeUrl(id))).toBe(id);
  });

  test('returns null for pages that are not nodes', () => {
    expect(nodeOfPath('/map/')).toBeNull();
    expect(nodeOfPath('/diagnose/')).toBeNull();
  });
});

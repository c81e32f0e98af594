import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../src/lib/graph';
import { browser, nginx, phpFpm } from '../../src/machine/hops';
import { answered, BROKEN_LINK, describePath, failed, healthy, route } from '../../src/machine/request-path';

const diagnoses = machineNodes.filter((node) => node.kind === 'diagnosis');

describe('diagnosis paths', () => {
  test.each(diagnoses.map((node) => [node.id, node] as const))('%s has two hops or more and one fault on them', (_, node) => {
    const path = node.path!;
    expect(path, 'the diagnosis declares its path').toBeDefined();
    expect(path.hops.length).toBeGreaterThanOrEqual(2);
    expect(path.hops[0], 'every path starts at the browser').toBe(browser);
    const { type, index } = path.fault;
    const lastIndex = type === 'link' ? path.hops.length - 2 : path.hops.length - 1;
    expect(index, `the ${type} fault points inside the path`).toBeGreaterThanOrEqual(0);
    expect(index, `the ${type} fault points inside the path`).toBeLessThanOrEqual(lastIndex);
  });

  test('only the leaves that are not a 502 mark the hop that answered', () => {
    const answering = diagnoses.filter((node) => node.path!.fault.type === 'answer').map((node) => node.id);
    expect(answering.sort()).toEqual(['status-500', 'status-503', 'status-504']);
  });

  test('labels every hop in thirteen characters or fewer, so it fits its box', () => {
    const labels = new Set(diagnoses.flatMap((node) => node.path!.hops.map((hop) => hop.label)));
    expect([...labels].filter((label) => label.length > 13)).toEqual([]);
  });

  test('draws five hops at most, as many as the narrow layout stacks', () => {
    expect(diagnoses.filter((node) => node.path!.hops.length > 5).map((node) => node.id)).toEqual([]);
  });

  test('no other state carries a path', () => {
    expect(machineNodes.filter((node) => node.kind !== 'diagnosis' && node.path).map((node) => node.id)).toEqual([]);
  });
});

describe('route', () => {
  test('returns the hops in order with the failed hop marked', () => {
    expect(route(browser, nginx, failed(phpFpm))).toEqual({ hops: [browser, nginx, phpFpm], fault: { type: 'hop', index: 2 } });
  });

  test('marks the link before the hop that follows BROKEN_LINK', () => {
    expect(route(browser, nginx, BROKEN_LINK, phpFpm).fault).toEqual({ type: 'link', index: 1 });
  });

  test('throws when a path marks no fault or two', () => {
    expect(() => route(browser, nginx, phpFpm)).toThrow(/exactly one fault/);
    expect(() => route(browser, failed(nginx), BROKEN_LINK, phpFpm)).toThrow(/exactly one fault/);
  });

  test('throws when a broken link has no hop on one side', () => {
    expect(() => route(browser, nginx, phpFpm, BROKEN_LINK)).toThrow(/a hop on each side/);
  });
});

describe('describePath', () => {
  test('names every hop and the two either side of a broken link', () => {
    expect(describePath(route(browser, nginx, BROKEN_LINK, phpFpm))).toBe(
      'Browser → nginx → PHP-FPM; the break is between nginx and PHP-FPM',
    );
  });

  test('names the hop that broke, or the one that sent another error', () => {
    expect(describePath(route(browser, failed(nginx), phpFpm))).toBe('Browser → nginx → PHP-FPM; the break is at nginx');
    expect(describePath(route(browser, answered(nginx), phpFpm))).toBe(
      'Browser → nginx → PHP-FPM; the error comes from nginx itself',
    );
  });

  test('says every hop answers on a healthy path', () => {
    expect(describePath(healthy(browser, nginx, phpFpm))).toBe('Browser → nginx → PHP-FPM; every hop answers');
  });
});

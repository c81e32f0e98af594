import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../src/lib/graph';
import { nodeUrl } from '../../src/lib/urls';
import { describePath } from '../../src/machine/request-path';
import { fileOf, readBuilt } from '../support/dist';

/** The request-path drawings in a built page's node article. */
const drawingsAt = (url: string) => parse(readBuilt(fileOf(url))).querySelectorAll('[data-node-article] .rp svg[role="img"]');

describe('request-path drawings on the built pages', () => {
  for (const node of machineNodes) {
    if (node.kind !== 'diagnosis') {
      test(`the ${node.id} ${node.kind} draws no path`, () => {
        expect(drawingsAt(nodeUrl(node.id))).toHaveLength(0);
      });
      continue;
    }
    test(`the ${node.id} diagnosis draws the request's path, named in words, with where it broke marked`, () => {
      const path = node.path!;
      const drawings = drawingsAt(nodeUrl(node.id));
      expect(drawings, 'one drawing').toHaveLength(1);
      const [drawing] = drawings;
      expect(drawing.querySelector('title')?.text, 'its accessible name says the path and the break').toBe(describePath(path));
      const marks = drawing.querySelectorAll('[data-fault]');
      expect(marks, 'exactly one hop or link is marked').toHaveLength(1);
      const { type, index } = path.fault;
      const [mark] = marks;
      if (type === 'link') {
        expect(mark.getAttribute('class'), 'the broken link is the one marked').toBe(`a${index}`);
        expect(mark.getAttribute('data-fault')).toBe('link');
      } else {
        expect(mark.getAttribute('class'), 'the marked hop is the one that failed').toBe(`h${index}`);
        expect(mark.getAttribute('data-fault')).toBe(type);
        expect(mark.text, 'the marked hop shows its name').toContain(path.hops[index].label);
      }
      expect(drawing.querySelectorAll('g[class^="h"]'), 'one box per hop').toHaveLength(path.hops.length);
    });
  }
});

test('the gateway reference page draws a healthy path, then the same path broken behind nginx', () => {
  const drawings = parse(readBuilt('reference/what-is-a-gateway/index.html')).querySelectorAll('.rp svg[role="img"]');
  const names = drawings.map((drawing) => drawing.querySelector('title')?.text ?? '');
  expect(names.some((name) => name.endsWith('; every hop answers')), names.join(' | ')).toBe(true);
  expect(names.some((name) => name.endsWith('; the break is between nginx and PHP-FPM')), names.join(' | ')).toBe(true);
  expect(drawings.flatMap((drawing) => drawing.querySelectorAll('[data-fault]')), 'only the broken drawing marks a fault').toHaveLength(1);
});

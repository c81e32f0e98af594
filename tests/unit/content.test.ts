import { describe, expect, test } from 'vitest';
import { machineNodes } from '../../src/lib/graph';
import { findMismatches } from '../../src/lib/pair';
import { timeoutsUrl } from '../../src/lib/urls';
import { nodeSchema, type NodeData } from '../../src/schemas/node';
import { readNodeContent, readReferenceBody, readReferenceSlugs } from '../support/content';

const content = readNodeContent();
const references = readReferenceSlugs();

const question = (answers: Record<string, string>): NodeData =>
  nodeSchema.parse({ title: 'Q?', kind: 'question', summary: 'S.', answers });
const diagnosis = (notIt: string[] = ['status-504']): NodeData =>
  nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S.', notIt });

describe('findMismatches', () => {
  test('returns nothing for the real machine and content/', () => {
    expect(findMismatches(machineNodes, content, references)).toEqual([]);
  });

  const tiny = [
    { id: 'ask', kind: 'question' as const, edges: [{ event: 'YES', target: 'fix' }, { event: 'NO', target: 'other' }] },
    { id: 'fix', kind: 'diagnosis' as const, edges: [] },
    { id: 'other', kind: 'diagnosis' as const, edges: [] },
  ];
  const good = () =>
    new Map([
      ['ask', question({ YES: 'Yes', NO: 'No' })],
      ['fix', diagnosis(['other'])],
      ['other', diagnosis(['fix'])],
    ]);

  test('returns nothing when machine and content agree', () => {
    expect(findMismatches(tiny, good(), new Set())).toEqual([]);
  });

  test('names the state when its content file is missing', () => {
    const files = good();
    files.delete('fix');
    expect(findMismatches(tiny, files, new Set())).toEqual(['state "fix" has no content: create content/nodes/fix.mdx']);
  });

  test('names the file when content has no state', () => {
    const files = good().set('stray', diagnosis(['fix']));
    expect(findMismatches(tiny, files, new Set())).toEqual(['content/nodes/stray.mdx has no state "stray" in the machine']);
  });

  test('names the answer when labels and transitions disagree', () => {
    const files = good().set('ask', question({ YES: 'Yes', MAYBE: 'Maybe' }));
    expect(findMismatches(tiny, files, new Set())).toEqual([
      'state "ask" answers NO but content/nodes/ask.mdx has no label for it',
      'content/nodes/ask.mdx labels answer MAYBE, which state "ask" does not accept',
    ]);
  });

  test('names the file when its kind differs from the machine', () => {
    const files = good().set('fix', nodeSchema.parse({ title: 'Q', kind: 'check', summary: 'S', answers: { A: 'a' } }));
    expect(findMismatches(tiny, files, new Set())[0]).toBe(
      'state "fix" is a diagnosis in the machine but content/nodes/fix.mdx says kind: check',
    );
  });

  test('rejects "Not it?" links and references that lead nowhere', () => {
    const files = good().set('fix', nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['ask'], references: ['nope'] }));
    expect(findMismatches(tiny, files, new Set())).toEqual([
      'content/nodes/fix.mdx lists "ask" under notIt, which is not a diagnosis in the machine',
      'content/nodes/fix.mdx cites reference "nope": no content/reference/nope.mdx',
    ]);
  });

  test('rejects evidence with an unsafe pattern or a companion that is no node', () => {
    const evidence = (pattern: string, needs: string[] = []) => ({ pattern, source: 'nginx', explain: 'Why.', needs });
    const files = good()
      .set('fix', nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['other'], evidence: [evidence('(?:a{1,9}){1,9} failed'), evidence('refused', ['nowhere'])] }))
      .set('other', nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['fix'], evidence: [evidence('bye-bye', ['ask'])] }));
    expect(findMismatches(tiny, files, new Set())).toEqual([
      'content/nodes/fix.mdx evidence 1 has an unsafe pattern /(?:a{1,9}){1,9} failed/: repeats inside a group are not allowed',
      'content/nodes/fix.mdx evidence 2 needs "nowhere", which is no state in the machine',
      'content/nodes/other.mdx evidence 1 needs "ask", which has no evidence of its own to pair with',
    ]);
  });
});

describe('nodeSchema', () => {
  test('accepts a question with plain and detailed answers', () => {
    const node = nodeSchema.parse({
      title: 'What does the log say?',
      kind: 'check',
      summary: 'Read the line.',
      answers: { REFUSED: { label: 'Connection refused', code: '(111: Connection refused)' }, OTHER: 'Something else' },
    });
    expect(node.answers).toEqual({
      REFUSED: { label: 'Connection refused', code: '(111: Connection refused)' },
      OTHER: { label: 'Something else' },
    });
    expect(node.status).toBe(502);
  });

  test('rejects a diagnosis with answers, a question without, and lower-case events', () => {
    expect(() => nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['x'], answers: { A: 'a' } })).toThrow(/leaf/);
    expect(() => nodeSchema.parse({ title: 'Q', kind: 'question', summary: 'S' })).toThrow(/needs answers/);
    expect(() => nodeSchema.parse({ title: 'Q', kind: 'question', summary: 'S', answers: { yes: 'Yes' } })).toThrow(/SCREAMING_SNAKE/);
  });

  test('fills in evidence defaults and rejects evidence from an unknown source', () => {
    const node = nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['x'], evidence: [{ pattern: 'upstream', source: 'nginx', explain: 'Why.' }] });
    expect(node.evidence).toEqual([{ pattern: 'upstream', source: 'nginx', explain: 'Why.', weight: 1, matchCase: false, needs: [] }]);
    expect(() => nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['x'], evidence: [{ pattern: 'x', source: 'carrier-pigeon', explain: 'W' }] })).toThrow();
  });

  test('accepts the forms a checked version takes and rejects any other', () => {
    const checked = (versions: string) => ({ title: 'D', kind: 'diagnosis', summary: 'S', notIt: ['x'], checked: [{ product: 'nginx', versions, source: 'captured' }] });
    for (const versions of ['1.22', '1.29.7+', '2.4.54–2.4.62', '2026-12']) {
      expect(nodeSchema.parse(checked(versions)).checked[0].versions, versions).toBe(versions);
    }
    for (const versions of ['latest', '1.x', '>=1.22', '2026-13', '']) {
      expect(() => nodeSchema.parse(checked(versions)), versions).toThrow();
    }
    expect(() => nodeSchema.parse({ ...checked('1.22'), checked: [{ product: 'nginx', versions: '1.22', source: 'blog' }] })).toThrow();
    expect(() => nodeSchema.parse({ title: 'Q', kind: 'question', summary: 'S', answers: { A: 'a', B: 'b' }, checked: checked('1.22').checked })).toThrow(/only a diagnosis/);
  });

  test('rejects a diagnosis that names no alternative', () => {
    expect(() => nodeSchema.parse({ title: 'D', kind: 'diagnosis', summary: 'S' })).toThrow(/alternative/);
  });
});

describe('diagnosis content', () => {
  const sections = ['## What it means', '## Confirm it', '## Fix it', '## Keep it from coming back'];
  for (const [id, node] of content) {
    if (node.kind !== 'diagnosis') continue;
    test(`${id} has the four sections in order and a command to run`, () => {
      const positions = sections.map((heading) => node.body.indexOf(`\n${heading}\n`));
      expect(positions.every((at) => at >= 0), `sections present: ${positions}`).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(node.body).toMatch(/```(sh|bash|console)\n/);
    });
  }
});

describe('links in content', () => {
  const ids = new Set(machineNodes.map((node) => node.id));
  const sources = [
    ...[...content].map(([id, node]) => [`content/nodes/${id}.mdx`, node.body] as const),
    ...[...references].map((slug) => [`content/reference/${slug}.mdx`, readReferenceBody(slug)] as const),
  ];
  test.each(sources)('%s links only to nodes and reference pages that exist', (_file, body) => {
    const broken = [...body.matchAll(/\]\((\/[^)\s#]*)/g)]
      .map((match) => match[1])
      .filter((href) => {
        if (href === '/' || href === '/analyze/' || href === timeoutsUrl) return false;
        const node = /^\/diagnose\/([^/]+)\/$/.exec(href);
        if (node) return !ids.has(node[1]);
        const reference = /^\/reference\/([^/]+)\/$/.exec(href);
        return !(reference && references.has(reference[1]));
      });
    expect(broken).toEqual([]);
  });
});

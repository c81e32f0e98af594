import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createClassifier } from '../../src/analyzer/classify';
import { compilePattern, matchLine } from '../../src/analyzer/pattern';
import { provePattern } from '../../src/analyzer/safety';
import { cases } from '../../scripts/capture/cases';
import { readFixtures, realFixtures, table } from '../support/analyzer';

/**
 * The matcher must find exactly what RegExp finds, on every signature in
 * the content: same match or none, same span. fast-check makes the lines:
 * strings the pattern matches, then the same cut, doubled, re-cased and
 * mixed with pieces of the pattern's own text and characters whose case
 * folding is tricky, so near misses are as common as hits.
 */
const compiled = (pattern: string, matchCase = false) => {
  return compilePattern(pattern, provePattern(pattern), matchCase);
};

/** What RegExp itself says about the line: the reference the engine must equal. */
const reference = (pattern: string, matchCase: boolean, line: string) => {
  const match = new RegExp(pattern, matchCase ? '' : 'i').exec(line);
  return match ? [match.index, match.index + match[0].length] : null;
};

/** No line the classifier hands the matcher holds a line terminator: it splits at all of them. */
const oneLine = (text: string) => text.replace(/[\n\r\u2028\u2029]/g, ' ');

const tricky = ['ſ', 'K', 'ı', 'é', ' ', '\t', '-', '/', ':', '(', ')', '"', '1', '9', 'a', 'Z'];

const withoutBoundaries = (pattern: string) => pattern.replace(/(?<!\\)\\[bB]/g, '');

function linesFor(pattern: string): fc.Arbitrary<string> {
  // Pieces of the pattern's text: the words a near miss is made of.
  const pieces = pattern
    .replace(/\\(.)/g, '$1')
    .split(/[^ -~]|[[\](){}?*+|^$.]/)
    .filter((piece) => piece.length > 0);
  // fast-check cannot generate for \b and \B: it makes lines for the pattern without them, which may or may not keep them.
  const hit = fc.stringMatching(new RegExp(withoutBoundaries(pattern)));
  const piece = fc.oneof(fc.constantFrom(...(pieces.length > 0 ? pieces : ['x'])), fc.constantFrom(...tricky), fc.string({ maxLength: 6 }));
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 4 }), piece);
  const recase = (text: string, flips: number[]) =>
    [...text].map((char, index) => (flips.includes(index % 16) ? (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase()) : char)).join('');
  const edited = fc.tuple(hit, fc.array(edit, { maxLength: 4 }), fc.array(fc.nat({ max: 15 }), { maxLength: 4 })).map(([text, edits, flips]) => {
    let out = text;
    for (const [at, remove, insert] of edits) {
      const where = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, where) + insert + out.slice(where + remove);
    }
    return recase(out, flips);
  });
  return fc.oneof(hit, edited, fc.tuple(edited, edited).map(([a, b]) => a + b), fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))).map(oneLine);
}

const signatures = [...new Map(table.signatures.map((signature) => [`${signature.matchCase}${signature.pattern}`, signature])).values()];

describe('matchLine', () => {
  test.each(signatures.map((signature) => [signature.pattern, signature.matchCase] as const))(
    'agrees with RegExp on lines made for /%s/ (match case: %s)',
    (pattern, matchCase) => {
      const engine = compiled(pattern, matchCase);
      fc.assert(
        fc.property(linesFor(pattern), (line) => {
          expect(matchLine(engine, line), JSON.stringify(line)).toEqual(reference(pattern, matchCase, line));
        }),
        { numRuns: 150 },
      );
    },
  );

  test('agrees with RegExp on every line of every captured case, for every signature', () => {
    const lines = [...readFixtures(realFixtures).values()].flatMap((paste) => paste.split(/\r\n?|[\n\u2028\u2029]/));
    const disagreements = signatures.flatMap((signature) => {
      const engine = compiled(signature.pattern, signature.matchCase);
      return lines.filter((line) => JSON.stringify(matchLine(engine, line)) !== JSON.stringify(reference(signature.pattern, signature.matchCase, line)));
    });
    expect(disagreements).toEqual([]);
    expect(lines.length, 'lines read from the captures').toBeGreaterThan(cases.length);
  });

  test('finds upstream abc failed with upstream ab?.*bc failed, as RegExp does (the part before a gap gives back its optional b)', () => {
    const line = 'upstream abc failed';
    expect(matchLine(compiled('upstream ab?.*bc failed'), line)).toEqual([0, line.length]);
    expect(reference('upstream ab?.*bc failed', false, line)).toEqual([0, line.length]);
  });

  test('spans from the leftmost start to the end of the last part’s last match, as greedy gaps do', () => {
    const line = 'xx connect to a failed then connect to b failed, failed';
    const pattern = 'connect to .*failed';
    expect(matchLine(compiled(pattern), line)).toEqual(reference(pattern, false, line));
    expect(matchLine(compiled(pattern), line)).toEqual([3, line.length]);
  });
});

describe('classify', () => {
  test('stays linear on 10 MB of lines where every part of a gapped pattern but the last repeats, and the last never comes', () => {
    // A backtracking engine given the whole of `P1.*P2.*P3` retries each gap
    // from every occurrence of the part before it: n² steps or more per line.
    const gapped = signatures.filter((signature) => provePattern(signature.pattern).cuts !== undefined);
    const classify = createClassifier(table);
    const lines = gapped.map((signature) => {
      const { literal, cuts = [] } = provePattern(signature.pattern);
      const allButLast = withoutBoundaries(signature.pattern.slice(0, cuts[cuts.length - 1]));
      const head = fc.sample(fc.stringMatching(new RegExp(`^${allButLast}$`)), { numRuns: 1, seed: 7 })[0];
      // The literal once, so the line is a candidate, then every part but the last over and over.
      return oneLine(`${literal} ${`${head} `.repeat(Math.ceil(2000 / (head.length + 1)))}`).slice(0, 1990);
    });
    const chunks: string[] = [];
    for (let size = 0, i = 0; size <= 10 * 1024 * 1024; i++) {
      chunks.push(lines[i % lines.length]);
      size += lines[i % lines.length].length + 1;
    }
    const paste = chunks.join('\n');
    expect(paste.length).toBeGreaterThan(10 * 1024 * 1024);
    const started = performance.now();
    classify(paste);
    expect(performance.now() - started, 'milliseconds for 10 MB').toBeLessThan(15_000);
  }, 120_000);
});

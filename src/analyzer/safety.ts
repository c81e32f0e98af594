/**
 * The build-time proof that an evidence pattern is safe to run with the
 * browser's own RegExp, whatever line it meets. It runs in the build and the
 * tests only: the page gets the proof's result (the required literal and
 * where the gaps are), never this parser.
 *
 * The pattern is parsed by regexpp, which implements the ECMAScript grammar,
 * so what is checked is exactly what RegExp will run. A safe pattern is one
 * or more parts joined by top-level `.*` gaps. Each part is bounded: no
 * unbounded repeat, no repeat over 64, no backreference or lookaround, and
 * at most MAX_PATHS ways to match at one position, so a backtracking engine
 * does bounded work at each position of a line. The gaps are never handed to
 * RegExp (see pattern.ts), so their cost stays linear too.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The longest repeat a part may hold. */
export const MAX_REPEAT = 64;

/** The shortest literal a pattern must contain, so the prefilter can find its candidate lines. */
export const MIN_LITERAL = 3;

/** The most ways one part may match at one position: a bound on the backtracking work there. */
export const MAX_PATHS = 4096;

/** What the page needs to run a proven pattern. */
export interface ProvenPattern {
  /** Lower-case text that every match contains: lines without it are never searched. */
  literal: string;
  /** Where each top-level `.*` gap starts in the source, left to right. */
  cuts: number[];
  /** True when the pattern starts with `^` and then the literal: only a literal at the line's start counts. */
  anchored: boolean;
}

/** A pattern outside the safe subset; the message says what to change. */
export class UnsafePatternError extends Error {}

function fail(message: string): never {
  throw new UnsafePatternError(message);
}

const isGap = (element: AST.Element) =>
  element.type === 'Quantifier' &&
  element.min === 0 &&
  element.max === Infinity &&
  element.greedy &&
  element.element.type === 'CharacterSet' &&
  element.element.kind === 'any';

/** Proves a pattern safe and returns what the matcher needs, or throws UnsafePatternError saying why it is not. */
export function provePattern(pattern: string): ProvenPattern {
  if (!/^[\x20-\x7e]+$/.test(pattern)) fail('patterns are written in printable ASCII');
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: false });
  } catch (error) {
    return fail(`not a valid regular expression: ${(error as Error).message}`);
  }
  if (ast.alternatives.length > 1) fail('put alternatives in a group: (?:one|other)');
  const elements = ast.alternatives[0].elements;

  const parts: AST.Element[][] = [[]];
  const cuts: number[] = [];
  elements.forEach((element, index) => {
    if (element.type === 'Assertion' && element.kind === 'start' && index !== 0) fail('^ may only start the pattern');
    if (element.type === 'Assertion' && element.kind === 'end' && index !== elements.length - 1) fail('$ may only end the pattern');
    if (!isGap(element)) {
      parts[parts.length - 1].push(element);
      return;
    }
    const current = parts[parts.length - 1];
    if (current.every((kept) => kept.type === 'Assertion' && kept.kind === 'start')) {
      fail(cuts.length === 0 ? 'a pattern cannot start with a .* gap' : 'two .* gaps need something between them');
    }
    cuts.push(element.start);
    parts.push([]);
  });
  if (cuts.length > 0 && parts[parts.length - 1].length === 0) fail('a pattern cannot end with a .* gap');

  // A pattern anchored at the line's start looks for its leading text there, and nowhere else.
  const leading = elements[0]?.type === 'Assertion' && elements[0].kind === 'start' ? longestRun(parts[0].slice(1), true) : '';
  const anchored = leading.length >= MIN_LITERAL;
  let literal = anchored ? leading : '';
  for (const part of parts) {
    for (const element of part) check(element);
    const paths = countPaths(part);
    if (paths > MAX_PATHS) fail(`"${source(part)}" can match in over ${MAX_PATHS} ways at one position: use fewer optional pieces or shorter repeats`);
    if (cuts.length > 0 && minLength(part) === 0) fail(`"${source(part)}" can match nothing: every part between .* gaps must match a character`);
    const run = longestRun(part);
    if (!anchored && run.length > literal.length) literal = run;
  }
  if (literal.length < MIN_LITERAL) fail(`the pattern needs a run of at least ${MIN_LITERAL} literal characters to look for`);
  return { literal: literal.toLowerCase(), cuts, anchored };
}

const source = (part: AST.Element[]) => part.map((element) => element.raw).join('');

/** Rejects what a bounded part may not hold. */
function check(node: AST.Element | AST.CharacterClassElement): void {
  switch (node.type) {
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') fail('lookarounds are not allowed');
      return;
    case 'Backreference':
      return fail(`backreferences (${node.raw}) are not allowed`);
    case 'CapturingGroup':
      return fail('capturing groups are not allowed: write (?:…)');
    case 'Group':
      if (node.modifiers) fail('modifier groups are not allowed');
      for (const alternative of node.alternatives) for (const element of alternative.elements) check(element);
      return;
    case 'Quantifier':
      if (node.max === Infinity) fail(`unbounded repeat ${node.raw}: write {m,n} with n ≤ ${MAX_REPEAT}, or split the pattern with a .* gap`);
      if (!node.greedy) fail(`lazy repeat ${node.raw} is not allowed`);
      if (node.max > MAX_REPEAT) fail(`repeat ${node.raw} must have n ≤ ${MAX_REPEAT}`);
      if (node.element.type === 'CharacterSet' && node.element.kind === 'any') fail('repeating . is a gap: write .* between two parts');
      return check(node.element);
    case 'CharacterClass':
      for (const element of node.elements) check(element);
      return;
    case 'CharacterClassRange':
      check(node.min);
      check(node.max);
      return;
    case 'CharacterSet':
      if (node.kind === 'property') fail('Unicode property escapes are not allowed');
      return;
    case 'Character':
      if (/^\\[A-Za-z0-9]/.test(node.raw)) fail(`unsupported escape ${node.raw}`);
      return;
    default:
      return fail(`${node.raw} is not allowed`);
  }
}

/** How many ways the elements can match at one position, counted up to just past MAX_PATHS. */
function countPaths(elements: readonly AST.Element[]): number {
  let total = 1;
  for (const element of elements) total = Math.min(total * paths(element), MAX_PATHS + 1);
  return total;
}

function paths(element: AST.Element): number {
  if (element.type === 'Group') {
    return Math.min(
      element.alternatives.reduce((sum, alternative) => sum + countPaths(alternative.elements), 0),
      MAX_PATHS + 1,
    );
  }
  if (element.type !== 'Quantifier') return 1;
  const each = paths(element.element);
  let sum = 0;
  for (let times = element.min, ways = each ** element.min; times <= element.max && sum <= MAX_PATHS; times++, ways *= each) {
    sum += Math.min(ways, MAX_PATHS + 1);
  }
  return Math.min(sum, MAX_PATHS + 1);
}

function minLength(elements: readonly AST.Element[]): number {
  return elements.reduce((sum, element) => {
    if (element.type === 'Assertion') return sum;
    if (element.type === 'Group') return sum + Math.min(...element.alternatives.map((alternative) => minLength(alternative.elements)));
    if (element.type === 'Quantifier') return sum + element.min * minLength([element.element as AST.Element]);
    return sum + 1;
  }, 0);
}

/** The longest run of plain printable characters in a part (or only its first, `leading`): text every match of it contains. */
function longestRun(elements: readonly AST.Element[], leading = false): string {
  let best = '';
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character' && element.value >= 0x20 && element.value < 0x7f) {
      run += String.fromCharCode(element.value);
      if (run.length > best.length) best = run;
    } else {
      if (leading) break;
      run = '';
    }
  }
  return best;
}

/** Why a pattern is outside the safe subset, or null when it is safe. */
export function patternProblem(pattern: string): string | null {
  try {
    provePattern(pattern);
    return null;
  } catch (error) {
    if (error instanceof UnsafePatternError) return error.message;
    throw error;
  }
}

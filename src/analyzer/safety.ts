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
 * at most MAX_STEPS steps of backtracking at one position (countSteps), so
 * the engine does bounded work at each position of a line. The gaps are never handed to
 * RegExp (see pattern.ts), so their cost stays linear too.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The longest repeat a part may hold. */
export const MAX_REPEAT = 64;

/** The shortest literal a pattern must contain, so the prefilter can find its candidate lines. */
export const MIN_LITERAL = 3;

/** The most steps one part may take at one position (see countSteps): a bound on the backtracking work there. */
export const MAX_STEPS = 10_000;

/** What the page needs to run a proven pattern. */
export interface ProvenPattern {
  /** Lower-case text that every match contains: lines without it are never searched. */
  literal: string;
  /** Where each top-level `.*` gap starts in the source, left to right; absent without gaps (the page's table stays small). */
  cuts?: number[];
  /** Present when the pattern starts with `^` and then the literal: only a literal at the line's start counts. */
  anchored?: true;
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
    if (countSteps(part) > MAX_STEPS) {
      fail(`"${source(part)}" may take over ${MAX_STEPS} steps at one position: use fewer optional pieces or shorter repeats, or follow a repeat with a character it cannot match`);
    }
    if (cuts.length > 0 && minLength(part) === 0) fail(`"${source(part)}" can match nothing: every part between .* gaps must match a character`);
    const run = longestRun(part);
    if (!anchored && run.length > literal.length) literal = run;
  }
  if (literal.length < MIN_LITERAL) fail(`the pattern needs a run of at least ${MIN_LITERAL} literal characters to look for`);
  return { literal: literal.toLowerCase(), ...(cuts.length > 0 ? { cuts } : {}), ...(anchored ? { anchored } : {}) };
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

/**
 * A bound on the steps a backtracking engine takes to try a part at one
 * position: for each element, how many times it can be entered (the ways
 * the elements before it can match, times the attempts of the one just
 * before, whose failures it sees) times the attempts it makes itself. A
 * repeat of one character set followed by a character it cannot match has
 * one way to go on, however many lengths it tries: the others fail at once.
 */
function countSteps(elements: readonly AST.Element[]): number {
  let ways = 1;
  let previous = 1;
  let steps = 0;
  elements.forEach((element, index) => {
    const { attempts, onward } = measure(element, elements.slice(index + 1));
    steps = cap(steps + cap(ways * previous * attempts));
    ways = cap(ways * onward);
    previous = attempts;
  });
  return steps;
}

const cap = (n: number) => Math.min(n, MAX_STEPS + 1);

/** The attempts one element makes at one position, and the ways it can let the rest go on. */
function measure(element: AST.Element, rest: readonly AST.Element[]): { attempts: number; onward: number } {
  if (element.type === 'Group') {
    const alternatives = element.alternatives.map((alternative) => alternative.elements);
    return {
      attempts: cap(alternatives.reduce((sum, elements) => sum + countSteps(elements), 0)),
      onward: cap(alternatives.reduce((sum, elements) => sum + countWays(elements), 0)),
    };
  }
  if (element.type !== 'Quantifier') return { attempts: 1, onward: 1 };
  const lengths = element.max - element.min + 1;
  const inner = element.element;
  if (inner.type === 'Character' || inner.type === 'CharacterClass' || inner.type === 'CharacterSet') {
    const onward = disjoint(charsOf(inner), firstChars(rest)) ? 1 : lengths;
    return { attempts: lengths, onward };
  }
  const { attempts, onward } = measure(inner as AST.Element, []);
  let ways = 0;
  for (let times = element.min, each = onward ** element.min; times <= element.max && ways <= MAX_STEPS; times++, each *= onward) ways = cap(ways + each);
  return { attempts: cap(ways * attempts * element.max), onward: ways };
}

/** The ways a sequence can match at one position (every ambiguous choice multiplies them). */
function countWays(elements: readonly AST.Element[]): number {
  return elements.reduce((ways, element, index) => cap(ways * measure(element, elements.slice(index + 1)).onward), 1);
}

/** Characters an element may match: printable ASCII by code, and whether anything else may match. */
interface Chars {
  ascii: boolean[];
  other: boolean;
}

/** Stand-ins for every character outside ASCII: a class that matches one of them may match others. */
const OUTSIDE_ASCII = ['\u00a0', '\u00e9', '\u0130', '\u017f', '\u2028', '\u212a', '\ufeff'];
const ANYTHING: Chars = { ascii: Array.from({ length: 128 }, () => true), other: true };

/** Case is folded, so the sets are those of the case-insensitive pattern: they only grow. */
function charsOf(node: AST.Character | AST.CharacterClass | AST.CharacterSet): Chars {
  const test = new RegExp(`^(?:${node.raw})$`, 'i');
  return {
    ascii: Array.from({ length: 128 }, (_, code) => test.test(String.fromCharCode(code))),
    other: OUTSIDE_ASCII.some((char) => test.test(char)),
  };
}

/** What the first character of a match of the rest of a part may be; anything, when the rest may match nothing. */
function firstChars(rest: readonly AST.Element[]): Chars {
  const union: Chars = { ascii: Array.from({ length: 128 }, () => false), other: false };
  const add = (chars: Chars) => {
    chars.ascii.forEach((yes, code) => (union.ascii[code] ||= yes));
    union.other ||= chars.other;
  };
  for (const element of rest) {
    if (element.type === 'Assertion') continue;
    if (element.type === 'Character' || element.type === 'CharacterClass' || element.type === 'CharacterSet') {
      add(charsOf(element));
      return union;
    }
    if (element.type === 'Quantifier' && (element.element.type === 'Character' || element.element.type === 'CharacterClass' || element.element.type === 'CharacterSet')) {
      add(charsOf(element.element));
      if (element.min > 0) return union;
      continue;
    }
    return ANYTHING;
  }
  return ANYTHING;
}

const disjoint = (a: Chars, b: Chars) => !(a.other && b.other) && a.ascii.every((yes, code) => !(yes && b.ascii[code]));

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

/**
 * The safe subset of regular expressions that evidence patterns are written
 * in, and the matcher that runs them in time linear in the line's length.
 *
 * A pattern is one or more parts joined by top-level `.*` gaps. Each part is
 * a plain JavaScript regular expression of bounded width: literal text,
 * escapes, classes, `\b`, and repeats of one character or class with an upper
 * bound (`?`, `{m}`, `{m,n}`, n ≤ 64), each followed by a character it cannot
 * match, so a repeat never gives back what it took. Groups are `(?:a|b)` of
 * fixed alternatives, at most optional. No backreferences, lookarounds,
 * capturing groups, nested repeats or unbounded `*`/`+` inside a part: the
 * patterns that make a backtracking engine explode cannot be written.
 *
 * The parts are searched one after the other, each from where the last one
 * ended, so a gap costs nothing and the whole match is a handful of linear
 * scans of one line.
 */

/** The longest repeat a part may hold; keeps every part's width bounded. */
export const MAX_REPEAT = 64;

/** The shortest literal a pattern must contain, so the prefilter can find its candidate lines. */
export const MIN_LITERAL = 3;

export interface CompiledPattern {
  /** Each part's regex, searched from where the previous part ended. */
  parts: RegExp[];
  /** Lower-case text every match contains: lines without it are never searched. */
  literal: string;
  /**
   * The first part again, sticky, when every match starts with `literal`:
   * then it is only tried where the literal was found, never scanned for.
   */
  head?: RegExp;
  /** True when the pattern starts with `^`: only a literal at the line's start counts. */
  anchored: boolean;
}

/** A pattern outside the safe subset; the message says what to change. */
export class UnsafePatternError extends Error {}

function fail(message: string): never {
  throw new UnsafePatternError(message);
}

const SPECIAL = '\\^$.|?*+()[]{}/-';
const CLASS_ESCAPES = 'dDwWsS';

interface Atom {
  source: string;
  /** The character itself when the atom is one literal character. */
  char?: string;
  /** True for `\b`, `\B`: nothing can repeat them. */
  zeroWidth?: boolean;
}

/** Compiles a pattern, or throws UnsafePatternError naming what falls outside the subset. */
export function compilePattern(pattern: string, matchCase = false): CompiledPattern {
  const flags = matchCase ? 'g' : 'gi';
  const canMatch = (atom: Atom, char: string) => new RegExp(`^(?:${atom.source})$`, matchCase ? '' : 'i').test(char);

  const parts: string[] = [];
  let part = '';
  let literal = '';
  let run = '';
  /** The literal run a match starts with, once known; `atStart` while it is still being read. */
  let leading = '';
  let atStart = true;
  let i = 0;
  /** The last top-level atom, while a following character could still decide whether its repeat is safe. */
  let pendingRepeat: Atom | null = null;

  const endRun = () => {
    if (atStart) leading = run;
    atStart = false;
    if (run.length > literal.length) literal = run;
    run = '';
  };
  const settleRepeat = (next: Atom | null) => {
    if (!pendingRepeat) return;
    if (next && (next.char === undefined || canMatch(pendingRepeat, next.char))) {
      fail(`"${pendingRepeat.source}" is repeated and followed by something it could also match: follow a repeat with a character it cannot match`);
    }
    pendingRepeat = null;
  };

  if (pattern.startsWith('^')) {
    part = '^';
    i = 1;
  }
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '.' && pattern[i + 1] === '*') {
      if (part === '' || part === '^') fail('a pattern cannot start with a .* gap');
      settleRepeat(null);
      endRun();
      parts.push(part);
      part = '';
      i += 2;
      if (i === pattern.length) fail('a pattern cannot end with a .* gap');
      continue;
    }
    if (c === '$') {
      if (i !== pattern.length - 1) fail('$ may only end the pattern');
      settleRepeat(null);
      part += '$';
      i += 1;
      continue;
    }
    if (c === '^') fail('^ may only start the pattern');
    if (c === '|') fail('put alternatives in a group: (?:one|other)');
    if (c === ')') fail('unbalanced )');
    if (c === '(') {
      const group = readGroup(pattern, i);
      settleRepeat({ source: group.source });
      endRun();
      part += group.source;
      i = group.end;
      continue;
    }
    const atom = readAtom(pattern, i);
    const repeat = readRepeat(pattern, atom.end, atom);
    i = repeat.end;
    settleRepeat(repeat.text === '' ? atom : { source: atom.source });
    part += atom.source + repeat.text;
    if (atom.zeroWidth && atStart && run === '') continue;
    if (repeat.text === '' && atom.char !== undefined) {
      run += atom.char.toLowerCase();
    } else {
      endRun();
      if (repeat.text !== '') pendingRepeat = atom;
    }
  }
  settleRepeat(null);
  endRun();
  if (part === '' || part === '^') fail('empty pattern');
  parts.push(part);
  if (literal.length < MIN_LITERAL) {
    fail(`the pattern needs a run of at least ${MIN_LITERAL} literal characters to look for`);
  }
  const compiled = { parts: parts.map((source) => new RegExp(source, flags)), literal, anchored: pattern.startsWith('^') };
  if (leading.length < MIN_LITERAL) return compiled;
  return { ...compiled, literal: leading, head: new RegExp(parts[0], matchCase ? 'y' : 'iy') };
}

/** One character, escape or class, with `end` just past it. */
function readAtom(text: string, at: number): Atom & { end: number } {
  const c = text[at];
  if (c === '\\') {
    const next = text[at + 1];
    if (next === undefined) fail('a pattern cannot end with \\');
    if (CLASS_ESCAPES.includes(next)) return { source: `\\${next}`, end: at + 2 };
    if (next === 'b' || next === 'B') return { source: `\\${next}`, zeroWidth: true, end: at + 2 };
    if (SPECIAL.includes(next)) return { source: `\\${next}`, char: next, end: at + 2 };
    if (/[0-9k]/.test(next)) fail(`backreferences (\\${next}) are not allowed`);
    return fail(`unsupported escape \\${next}`);
  }
  if (c === '[') {
    let end = at + 1;
    if (text[end] === '^') end += 1;
    if (text[end] === ']') fail('empty character class');
    while (end < text.length && text[end] !== ']') {
      if (text[end] === '[') fail('[ inside a class must be escaped');
      end += text[end] === '\\' ? 2 : 1;
    }
    if (end >= text.length) fail('unterminated character class');
    const source = text.slice(at, end + 1);
    checkPrintable(source);
    return { source, end: end + 1 };
  }
  if ('*+?{}'.includes(c)) return fail(`nothing to repeat before ${c}`);
  checkPrintable(c);
  return { source: c === '.' ? '.' : c === '/' ? '\\/' : c, char: c === '.' ? undefined : c, end: at + 1 };
}

/** A quantifier after an atom, if any: `?`, `{m}` or `{m,n}`. */
function readRepeat(text: string, at: number, atom: Atom) {
  const c = text[at];
  if (c === '*' || c === '+') {
    return fail(`unbounded repeat ${c}: write {m,n} with n ≤ ${MAX_REPEAT}, or split the pattern with a .* gap`);
  }
  let quantifier = '';
  if (c === '?') quantifier = '?';
  if (c === '{') {
    const match = /^\{(\d+)(?:,(\d+))?\}/.exec(text.slice(at));
    if (!match) return fail('{ must be escaped or start a {m,n} repeat');
    const [min, max] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (max > MAX_REPEAT || min > max) fail(`repeat ${match[0]} must have m ≤ n ≤ ${MAX_REPEAT}`);
    quantifier = match[0];
  }
  if (quantifier === '') return { text: '', end: at };
  if (atom.zeroWidth) fail(`${atom.source} cannot be repeated`);
  if (atom.source === '.') fail('repeating . is a gap: write .* between two parts');
  const after = text[at + quantifier.length];
  if (after === '?' || after === '+' || after === '*' || after === '{') fail(`${quantifier}${after}: lazy, possessive or nested repeats are not allowed`);
  return { text: quantifier, end: at + quantifier.length };
}

/** `(?:a|b)` of fixed alternatives, optionally followed by `?`. */
function readGroup(text: string, at: number): { source: string; end: number } {
  if (!text.startsWith('(?:', at)) {
    if (text.startsWith('(?', at)) fail('lookarounds and named groups are not allowed');
    fail('capturing groups are not allowed: write (?:…)');
  }
  let end = at + 3;
  while (end < text.length && text[end] !== ')') {
    const c = text[end];
    if (c === '(') fail('groups cannot nest');
    if ('*+?{'.includes(c)) fail('repeats inside a group are not allowed');
    if (c === '.') fail('. inside a group is not allowed');
    if (c === '^' || c === '$') fail('anchors inside a group are not allowed');
    if (c === '\\') {
      const next = text[end + 1];
      if (next === undefined || !(SPECIAL.includes(next) || CLASS_ESCAPES.includes(next))) fail(`unsupported escape \\${next ?? ''} in a group`);
      end += 2;
      continue;
    }
    if (c === '[') {
      const close = text.indexOf(']', end + 2);
      if (close < 0) fail('unterminated character class');
      end = close + 1;
      continue;
    }
    end += 1;
  }
  if (end >= text.length) fail('unbalanced (');
  let source = text.slice(at, end + 1);
  checkPrintable(source);
  end += 1;
  const repeatsAfter = (chars: string) => end < text.length && chars.includes(text[end]);
  if (text[end] === '?') {
    source += '?';
    end += 1;
    if (repeatsAfter('?*+{')) fail('a group can only be optional');
  } else if (repeatsAfter('*+{')) {
    fail('a group can only be optional (?), never repeated');
  }
  return { source, end };
}

function checkPrintable(text: string): void {
  if (!/^[\x20-\x7e]*$/.test(text)) fail('patterns are written in printable ASCII');
}

/** Why a pattern is outside the safe subset, or null when it is safe. */
export function patternProblem(pattern: string, matchCase = false): string | null {
  try {
    compilePattern(pattern, matchCase);
    return null;
  } catch (error) {
    if (error instanceof UnsafePatternError) return error.message;
    return `not a valid regular expression: ${(error as Error).message}`;
  }
}

/** Where the pattern matches in the line: [start, end), or null. Linear in the line's length. */
export function matchLine(pattern: CompiledPattern, line: string): [number, number] | null {
  return matchRest(pattern, line, 0, -1, 0);
}

/**
 * For a pattern with a `head`, tried where its literal starts in the line:
 * undefined when the first part does not match there (a later occurrence
 * may), else the match or null. The first part to match is the earliest, so
 * if the rest fails from there it fails from every later occurrence too.
 */
export function matchFrom(pattern: CompiledPattern, line: string, at: number): [number, number] | null | undefined {
  const head = pattern.head!;
  head.lastIndex = at;
  const match = head.exec(line);
  if (!match) return undefined;
  return matchRest(pattern, line, at + match[0].length, at, 1);
}

function matchRest(pattern: CompiledPattern, line: string, from: number, start: number, first: number): [number, number] | null {
  let at = from;
  for (let i = first; i < pattern.parts.length; i++) {
    const part = pattern.parts[i];
    part.lastIndex = at;
    const match = part.exec(line);
    if (!match) return null;
    if (start < 0) start = match.index;
    at = match.index + match[0].length;
  }
  return [start, at];
}

/**
 * Runs a proven evidence pattern (see safety.ts) on one line and returns
 * exactly the span `new RegExp(pattern, flags).exec(line)` would, in time
 * linear in the line's length.
 *
 * A pattern without gaps is handed to RegExp as it is: the proof bounds the
 * work it does at each position. A pattern `P1.*P2.*…Pk` is not, because a
 * backtracking engine retries every gap at every place the next part could
 * start, which is polynomial in the line's length. Its match is worked out
 * from the parts alone, each searched in one pass, using what greedy gaps
 * do: RegExp's match starts at the leftmost place from which the rest can
 * still follow, and ends where Pk's match at Pk's last start ends. Going
 * from right to left, each part's last start bounds where the part before
 * it must end; a part is made to end by then with a lookahead on the line
 * cut just after that place, which keeps `\b` right at the cut.
 *
 * The line must hold no line terminator (\n, \r, U+2028, U+2029): `.` does
 * not match those, and the classifier splits lines at all four.
 */
import type { ProvenPattern } from './safety';

export interface CompiledPattern {
  /** The parts between gaps; each but the last is made to end before the character the next one needs. */
  parts: RegExp[];
  /** Lower-case text every match contains, for the prefilter. */
  literal: string;
  /** The literal counts only at the line's start. */
  anchored: boolean;
}

/** Builds the matcher's regular expressions from a pattern and what its proof found. */
export function compilePattern(pattern: string, { literal, cuts = [], anchored }: ProvenPattern, matchCase: boolean): CompiledPattern {
  const flags = matchCase ? 'g' : 'gi';
  const sources = [...cuts, pattern.length].map((cut, index) => pattern.slice(index === 0 ? 0 : cuts[index - 1] + 2, cut));
  const parts = sources.map((source, index) =>
    index === sources.length - 1 ? new RegExp(source, flags) : new RegExp(`(?:${source})(?=[\\s\\S])`, flags),
  );
  return { parts, literal, anchored: anchored === true };
}

/** Where the pattern matches in the line, as RegExp would: [start, end), or null. */
export function matchLine({ parts }: CompiledPattern, line: string): [number, number] | null {
  const last = parts[parts.length - 1];
  last.lastIndex = 0;
  if (parts.length === 1) {
    const match = last.exec(line);
    return match ? [match.index, match.index + match[0].length] : null;
  }
  let limit = -1;
  let end = -1;
  for (let match = last.exec(line); match; match = last.exec(line)) {
    limit = match.index;
    end = limit + match[0].length;
    last.lastIndex = limit + 1;
  }
  if (limit < 0) return null;
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i];
    // Cut just after the latest place the rest may start: the lookahead then lets the part end there at the latest.
    const room = line.slice(0, limit + 1);
    part.lastIndex = 0;
    let start = -1;
    for (let match = part.exec(room); match; match = part.exec(room)) {
      start = match.index;
      // The first part starts the match at its leftmost place; every other part is wanted at its last.
      if (i === 0) break;
      part.lastIndex = start + 1;
    }
    if (start < 0) return null;
    limit = start;
  }
  return [limit, end];
}

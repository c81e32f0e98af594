import type { EvidenceSource } from '../schemas/evidence';
import { compilePattern, matchLine, type CompiledPattern } from './pattern';
import { buildIndex, column, WIDTH } from './prefilter';
import type { NodeSummary, SignatureTable } from './table';

/** Only this much of each line is read: real log lines are shorter, and the cap bounds every match. */
export const MAX_LINE = 2000;

/** One pasted line that points at a node, and where in it to look. */
export interface Reason {
  /** 1-based line number in the paste. */
  line: number;
  /** The line as pasted (up to MAX_LINE characters), to be shown as text. */
  text: string;
  /** The matched span in `text`: [start, end). */
  start: number;
  end: number;
  source: EvidenceSource;
  explain: string;
}

/** A node the paste points at, with its score and the lines that earned it. */
export interface Finding extends NodeSummary {
  node: string;
  score: number;
  reasons: Reason[];
}

export type Analysis =
  | { kind: 'empty' }
  | { kind: 'unknown'; lines: number }
  | { kind: 'match'; best: Finding; others: Finding[] };

/**
 * Lines end at every line terminator, so no line holds one (pattern.ts
 * relies on it): \n, \r (CR LF counts once), U+2028 and U+2029.
 */
const TERMINATORS = ['\n', '\r', '\u2028', '\u2029'];

/**
 * Builds the classifier once: compiles every signature and the literal
 * index. The returned function reads a paste line by line in one pass; its
 * time grows linearly with the paste, whatever the paste holds.
 */
export function createClassifier(table: SignatureTable): (text: string) => Analysis {
  // Nodes that share a line share its pattern: each distinct pattern is compiled and run once.
  const keys = table.signatures.map((signature) => `${signature.matchCase ? 'y' : 'n'}${signature.pattern}`);
  const distinct = [...new Set(keys)];
  const patternOf = keys.map((key) => distinct.indexOf(key));
  const patterns: CompiledPattern[] = distinct.map((key) => {
    const signature = table.signatures[keys.indexOf(key)];
    return compilePattern(signature.pattern, signature, signature.matchCase);
  });
  const { next, found: endings } = buildIndex(patterns.map((pattern) => pattern.literal));
  /** 1 where some literal ends at a state: most states end none, and the hot loop skips them on one byte. */
  const ends = Uint8Array.from(endings, (found) => (found.length > 0 ? 1 : 0));

  return function classify(text: string): Analysis {
    if (text.trim() === '') return { kind: 'empty' };
    const matches: (Match | undefined)[] = new Array(patterns.length);
    /** The line on which a pattern's literal was last seen, so it is tried once per line. */
    const seen = new Int32Array(patterns.length);
    const candidates: number[] = [];
    /** The next place each terminator occurs, found again only once a line has passed it: one scan of the text each. */
    const ahead = TERMINATORS.map(() => -1);
    let line = 0;
    let start = 0;
    while (start < text.length) {
      line += 1;
      let end = text.length;
      for (let t = 0; t < TERMINATORS.length; t++) {
        if (ahead[t] < start) {
          const at = text.indexOf(TERMINATORS[t], start);
          ahead[t] = at < 0 ? text.length : at;
        }
        if (ahead[t] < end) end = ahead[t];
      }
      const stop = Math.min(end, start + MAX_LINE);
      let state = 0;
      for (let i = start; i < stop; i++) {
        state = next[state * WIDTH + column(text.charCodeAt(i))];
        if (!ends[state]) continue;
        const found = endings[state];
        for (let k = 0; k < found.length; k++) {
          const index = found[k];
          if (matches[index] !== undefined || seen[index] === line) continue;
          if (patterns[index].anchored && i - start + 1 !== patterns[index].literal.length) continue;
          seen[index] = line;
          candidates.push(index);
        }
      }
      if (candidates.length > 0) {
        const lineText = text.slice(start, stop);
        for (const index of candidates) {
          const span = matchLine(patterns[index], lineText);
          if (span) matches[index] = { line, text: lineText, start: span[0], end: span[1] };
        }
        candidates.length = 0;
      }
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    const hits = table.signatures.map((signature, index): Reason | undefined => {
      const match = matches[patternOf[index]];
      return match && { ...match, source: signature.source, explain: signature.explain };
    });
    return rank(table, hits, line);
  };
}

/** Where a pattern first matched: the part of a Reason that does not depend on the node. */
type Match = Pick<Reason, 'line' | 'text' | 'start' | 'end'>;

/**
 * Adds up each node's matched signatures. A signature with `needs` counts
 * only when another matched signature points at one of the nodes it names.
 */
function rank(table: SignatureTable, hits: readonly (Reason | undefined)[], lines: number): Analysis {
  const shown = new Set<string>();
  table.signatures.forEach((signature, index) => {
    if (hits[index] && signature.needs.length === 0) shown.add(signature.node);
  });
  const findings = new Map<string, Finding>();
  table.signatures.forEach((signature, index) => {
    const reason = hits[index];
    if (!reason) return;
    if (signature.needs.length > 0 && !signature.needs.some((node) => shown.has(node))) return;
    let finding = findings.get(signature.node);
    if (!finding) {
      finding = { node: signature.node, ...table.nodes[signature.node], score: 0, reasons: [] };
      findings.set(signature.node, finding);
    }
    finding.score += signature.weight;
    finding.reasons.push(reason);
  });
  const ranked = [...findings.values()].sort((a, b) => b.score - a.score || b.depth - a.depth);
  for (const finding of ranked) finding.reasons.sort((a, b) => a.line - b.line);
  if (ranked.length === 0) return { kind: 'unknown', lines };
  const [best, ...others] = ranked;
  return { kind: 'match', best, others };
}

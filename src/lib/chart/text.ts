import { shortLabelLength } from '../../schemas/answer';

/**
 * Text on the chart is measured at build time, where there is no browser to
 * ask: widths come from a table of Helvetica/Arial advance widths (in
 * thousandths of an em), widened by a margin so the wider system fonts of
 * other platforms (DejaVu Sans, Segoe UI) still fit inside their boxes.
 */

/** Labels are body-sized on the chart: 16 px at 100% zoom, with this line height. */
export const fontSize = 16;
export const lineHeight = 20;

const margin = 1.14;
const widths: Record<string, number> = {
  ' ': 278, i: 222, j: 222, l: 222, f: 278, t: 278, r: 333, I: 278, "'": 191, '.': 278, ',': 278, ':': 278, ';': 278,
  '(': 333, ')': 333, '-': 333, '/': 278, '“': 333, '”': 333, '‘': 222, '’': 222, '"': 355, '!': 278, '|': 260,
  m: 833, w: 722, M: 833, W: 944, '…': 1000, '—': 1000, '_': 556, '@': 1015, '%': 889,
};
const upper = 700;
const other = 556;

/** The width of `text` in pixels at the chart's font size, rounded up. */
export function textWidth(text: string): number {
  let units = 0;
  for (const char of text) units += widths[char] ?? (char >= 'A' && char <= 'Z' ? upper : other);
  return Math.ceil((units / 1000) * fontSize * margin);
}

/** A word too wide for a line splits after its hyphens, underscores and slashes (`request_terminate_timeout`). */
const pieces = (word: string, width: number): string[] =>
  textWidth(word) <= width ? [word] : (word.match(/[^-_/]+[-_/]*|[-_/]+/g) ?? [word]);

/** Breaks `text` into lines no wider than `width`, at spaces, or inside a word too long for a line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    pieces(word, width).forEach((piece, i) => {
      const last = lines.at(-1);
      const joined = last === undefined ? piece : i === 0 ? `${last} ${piece}` : `${last}${piece}`;
      if (last !== undefined && textWidth(joined) <= width) lines[lines.length - 1] = joined;
      else lines.push(piece);
    });
  }
  return lines;
}

/** A clause shorter than this reads as a fragment ("Blank", "Right port"), so the label is cut at a word instead. */
const shortestClause = 14;

/**
 * An answer's label as its edge on the chart shows it. A label that fits is
 * kept whole. Otherwise a colon ends it (answers name what they saw before
 * one: "520", "SH", "nginx"), and so does a comma, semicolon or parenthesis
 * after a clause long enough to stand alone; failing that it is cut at a word.
 */
export function shortLabel(label: string): string {
  if (label.length <= shortLabelLength) return label;
  const colon = /^(.+?):\s/.exec(label)?.[1];
  if (colon && colon.length <= shortLabelLength) return colon.trim();
  const clause = label.split(/[;,(]/)[0].trim();
  if (clause.length >= shortestClause && clause.length <= shortLabelLength) return clause;
  const cut = label.slice(0, shortLabelLength + 1).replace(/\s+\S*$/, '').replace(/[\s,;:(]+$/, '');
  return `${cut}…`;
}

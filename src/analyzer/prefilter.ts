/**
 * An Aho–Corasick automaton over the patterns' required literals: one pass
 * over a line tells which patterns could match it, whatever their number, so
 * a pattern's regular expression only ever runs on lines that contain its
 * literal. Case is folded; every character outside printable ASCII is one
 * column that no literal contains.
 */
export interface LiteralIndex {
  /** Next state for (state × WIDTH + column): the goto function with failure links folded in. */
  next: Int32Array;
  /** For each state, the literals (by index) that end there, through failure links too. */
  found: readonly (readonly number[])[];
}

export const WIDTH = 96;

/** A character code's column: printable ASCII folded to lower case, 0 for the rest. */
export function column(code: number): number {
  const folded = code >= 65 && code <= 90 ? code + 32 : code;
  return folded >= 32 && folded < 127 ? folded - 31 : 0;
}

export function buildIndex(literals: readonly string[]): LiteralIndex {
  const children: number[][] = [[]];
  const found: number[][] = [[]];
  literals.forEach((literal, index) => {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const col = column(literal.charCodeAt(i));
      let child = children[state][col];
      if (child === undefined) {
        child = children.length;
        children.push([]);
        found.push([]);
        children[state][col] = child;
      }
      state = child;
    }
    found[state].push(index);
  });

  const next = new Int32Array(children.length * WIDTH);
  const failure = new Int32Array(children.length);
  const queue: number[] = [];
  for (let col = 0; col < WIDTH; col++) {
    const child = children[0][col];
    if (child !== undefined) queue.push(child);
    next[col] = child ?? 0;
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    found[state].push(...found[failure[state]]);
    for (let col = 0; col < WIDTH; col++) {
      const child = children[state][col];
      const fallback = next[failure[state] * WIDTH + col];
      if (child === undefined) {
        next[state * WIDTH + col] = fallback;
      } else {
        failure[child] = fallback;
        next[state * WIDTH + col] = child;
        queue.push(child);
      }
    }
  }
  return { next, found };
}

import { MARKER, userValues } from './values';

/** Where a default stands in the filled text, so the HTML can mark it for the browser. */
export interface FilledSpan {
  key: string;
  start: number;
  end: number;
}

const fallbacks = new Map(userValues.map((value) => [value.key, value.fallback]));

/**
 * Replaces every `«key»` in a code block with that value's default and says
 * where each one landed. An unknown key throws, naming the key and the block,
 * so a typo fails the build instead of showing guillemets to readers.
 */
export function fillMarkers(code: string): { text: string; spans: FilledSpan[] } {
  const spans: FilledSpan[] = [];
  let text = '';
  let last = 0;
  for (const match of code.matchAll(MARKER)) {
    const key = match[1];
    const fallback = fallbacks.get(key);
    if (fallback === undefined) {
      const firstLine = code.trim().split('\n')[0];
      throw new Error(`Unknown value marker «${key}» in the code block starting "${firstLine}". Known keys: ${[...fallbacks.keys()].join(', ')} (src/lib/values.ts).`);
    }
    text += code.slice(last, match.index);
    spans.push({ key, start: text.length, end: text.length + fallback.length });
    text += fallback;
    last = match.index + match[0].length;
  }
  return { text: text + code.slice(last), spans };
}

/**
 * Reads evidence of any size in chunks: a paste (as a Blob) or a file,
 * gzip-compressed or not. Only the last `cap` bytes are kept, since a log's
 * cause is in its latest lines; the lines before them are counted, not kept,
 * so line numbers still match the file. Runs in the analyzer's worker.
 */

/** How much of the input is kept and matched: the last 50 MB. */
export const CAP_BYTES = 50 * 1024 * 1024;

/** How much of the start and end the box shows, so it never holds more than it can scroll smoothly. */
const PREVIEW_LINES = 100;
const PREVIEW_BYTES = 32 * 1024;

export interface Reading {
  /** The text kept: whole lines, at most `cap` bytes of them. */
  text: string;
  /** Bytes in the input, after decompression. */
  bytes: number;
  /** Lines in the input, and how many of the first ones were counted but not kept. */
  lines: number;
  skippedLines: number;
  /** The first and last lines, for the box to show. */
  head: string;
  tail: string;
}

const NEWLINE = 10;

function countLineBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

function countNewlines(chunk: Uint8Array): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

/** Whether the input starts with gzip's magic bytes, whatever its name says. */
async function isGzip(input: Blob): Promise<boolean> {
  const start = new Uint8Array(await input.slice(0, 2).arrayBuffer());
  return start[0] === 0x1f && start[1] === 0x8b;
}

/** The first `PREVIEW_LINES` lines of `text`, or less if they run past `PREVIEW_BYTES`. */
function firstLines(text: string): string {
  let end = -1;
  for (let line = 0; line < PREVIEW_LINES; line++) {
    const next = text.indexOf('\n', end + 1);
    if (next === -1 || next > PREVIEW_BYTES) return text.slice(0, Math.min(text.length, end === -1 ? PREVIEW_BYTES : end));
    end = next;
  }
  return text.slice(0, end);
}

function lastLines(text: string): string {
  let start = text.endsWith('\n') ? text.length - 1 : text.length;
  for (let line = 0; line < PREVIEW_LINES; line++) {
    const previous = text.lastIndexOf('\n', start - 1);
    if (previous === -1 || text.length - previous > PREVIEW_BYTES) return text.slice(Math.max(0, start === text.length ? text.length - PREVIEW_BYTES : start + 1));
    start = previous;
  }
  return text.slice(start + 1);
}

/** The same for text already in memory (a paste): the last `cap` characters, in whole lines, without a copy or a decode. */
export function readText(text: string, cap = CAP_BYTES): Reading {
  const breaks = countLineBreaks(text);
  const lines = breaks + (text === '' || text.endsWith('\n') ? 0 : 1);
  if (text.length <= cap) return { text, bytes: text.length, lines, skippedLines: 0, head: firstLines(text), tail: lastLines(text) };
  const cut = text.length - cap;
  const start = text[cut - 1] === '\n' ? cut : text.indexOf('\n', cut) + 1;
  const kept = start === 0 ? '' : text.slice(start);
  return { text: kept, bytes: text.length, lines, skippedLines: countLineBreaks(text, 0, start), head: firstLines(text), tail: lastLines(kept) };
}

/**
 * Streams `input`, reporting the compressed bytes read so far to `progress`.
 * Memory stays near `cap` whatever the input's size.
 */
export async function readInput(input: Blob, progress: (read: number) => void = () => undefined, cap = CAP_BYTES): Promise<Reading> {
  let read = 0;
  const counted = input.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.length;
        progress(read);
        controller.enqueue(chunk);
      },
    }),
  );
  const stream = (await isGzip(input)) ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  let bytes = 0;
  let newlines = 0;
  let skippedLines = 0;
  /** The last byte dropped, if any: a newline there means the kept text starts on a whole line. */
  let lastDropped: number | undefined;
  let head: Uint8Array = new Uint8Array(0);
  let last = NEWLINE;
  const drop = (part: Uint8Array) => {
    skippedLines += countNewlines(part);
    lastDropped = part[part.length - 1];
  };
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    if (chunk.length === 0) continue;
    if (head.length < PREVIEW_BYTES) head = concat([head, chunk.subarray(0, PREVIEW_BYTES - head.length)]);
    bytes += chunk.length;
    newlines += countNewlines(chunk);
    last = chunk[chunk.length - 1];
    kept.push(chunk);
    keptBytes += chunk.length;
    while (keptBytes - kept[0].length >= cap) {
      const first = kept.shift()!;
      keptBytes -= first.length;
      drop(first);
    }
  }
  if (keptBytes > cap) {
    const cut = keptBytes - cap;
    drop(kept[0].subarray(0, cut));
    kept[0] = kept[0].subarray(cut);
  }
  const decoder = new TextDecoder();
  let text = kept.map((chunk, index) => decoder.decode(chunk, { stream: index < kept.length - 1 })).join('');
  kept.length = 0;
  if (lastDropped !== undefined && lastDropped !== NEWLINE) {
    // The first line kept lost its start: count it with the skipped ones.
    const end = text.indexOf('\n');
    text = end === -1 ? '' : text.slice(end + 1);
    skippedLines += 1;
  }
  const lines = newlines + (last === NEWLINE ? 0 : 1);
  return { text, bytes, lines, skippedLines, head: firstLines(new TextDecoder().decode(head)), tail: lastLines(text) };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

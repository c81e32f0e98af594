import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readInput, readText } from '../../src/islands/analyzer/readInput';

const log = Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('readInput', () => {
  test('returns a small input whole, with its line count', async () => {
    const reading = await readInput(new Blob([log]));
    expect(reading).toMatchObject({ text: log, bytes: log.length, lines: 1000, skippedLines: 0 });
  });

  test('keeps only the last whole lines under the cap and counts the ones before', async () => {
    const reading = await readInput(new Blob([log]), undefined, 100);
    expect(reading.text.length).toBeLessThanOrEqual(100);
    expect(reading.text.startsWith('line ')).toBe(true);
    expect(reading.text.endsWith('line 1000\n')).toBe(true);
    const firstKept = Number(/^line (\d+)/.exec(reading.text)![1]);
    expect(reading.skippedLines, 'line numbers still match the file').toBe(firstKept - 1);
    expect(reading.lines).toBe(1000);
  });

  test('reads gzip by its magic bytes, whatever the name, and reports compressed bytes read', async () => {
    const packed = gzipSync(log);
    const seen: number[] = [];
    const reading = await readInput(new Blob([packed]), (read) => seen.push(read));
    expect(reading.text).toBe(log);
    expect(seen.at(-1)).toBe(packed.length);
  });

  test('shows the head and the tail, never the whole of a large input', async () => {
    const reading = await readInput(new Blob([log]));
    expect(reading.head.split('\n')).toHaveLength(100);
    expect(reading.head.startsWith('line 1\n')).toBe(true);
    expect(reading.tail.endsWith('line 1000\n')).toBe(true);
    expect(reading.tail.split('\n').filter(Boolean)).toHaveLength(100);
  });
});

describe('readText', () => {
  test('reads pasted text the way readInput reads a file', async () => {
    for (const cap of [100, 1000, 100_000]) {
      const { text, lines, skippedLines, tail } = await readInput(new Blob([log]), undefined, cap);
      expect(readText(log, cap), `cap ${cap}`).toMatchObject({ text, lines, skippedLines, tail });
    }
  });

  test('counts a last line without a line break', () => {
    expect(readText('a\nb')).toMatchObject({ lines: 2, skippedLines: 0 });
    expect(readText('')).toMatchObject({ lines: 0 });
  });
});

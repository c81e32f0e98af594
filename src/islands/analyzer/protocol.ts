import type { Analysis } from '../../analyzer/classify';
import type { Reading } from './readInput';

/**
 * What the page asks of the analyzer's worker: where its table is, once, then one
 * input at a time, either a file or pasted text. Text comes in pieces, one
 * message per task, since copying tens of megabytes to the worker in one
 * message would hold the page for a second; `end` says the text is complete.
 */
export type ToWorker = { tableUrl: string } | { input: Blob } | { piece: string } | { end: true };

/** What the worker answers: that it is ready, bytes read so far, that matching began, or the verdict with what was read. */
export type FromWorker =
  | { ready: true }
  | { progress: number }
  | { matching: true }
  | { analysis: Analysis; reading: Omit<Reading, 'text'> };

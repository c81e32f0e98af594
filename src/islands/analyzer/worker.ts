/**
 * The analyzer's worker: reads the evidence in chunks and classifies it off
 * the page's thread, so a paste or a log file of any size never freezes the
 * page. Nothing leaves it but the verdict and a few lines to show.
 */
import { createClassifier, type Analysis } from '../../analyzer/classify';
import type { SignatureTable } from '../../analyzer/table';
import type { FromWorker, ToWorker } from './protocol';
import { readInput, readText, type Reading } from './readInput';

/** The worker's side of the channel (typed here rather than through the webworker lib, which would retype every page script). */
const scope = self as unknown as {
  postMessage: (message: FromWorker) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<ToWorker>) => void) => void;
};

/** Bytes between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
const REPORT_EVERY = 2 * 1024 * 1024;

let classify: ((text: string) => Analysis) | undefined;

const send = (message: FromWorker) => scope.postMessage(message);

/** Line numbers of the kept text, shifted to count the lines read but not kept. */
function shift(analysis: Analysis, skipped: number, lines: number): Analysis {
  if (analysis.kind === 'empty') return analysis;
  if (analysis.kind === 'unknown') return { kind: 'unknown', lines };
  const move = (finding: typeof analysis.best) => ({ ...finding, reasons: finding.reasons.map((reason) => ({ ...reason, line: reason.line + skipped })) });
  return { kind: 'match', best: move(analysis.best), others: analysis.others.map(move) };
}

let pieces: string[] = [];
/** Inputs that arrived before the table did. */
let waiting: (() => void)[] = [];

async function start(tableUrl: string) {
  const table = (await (await fetch(tableUrl)).json()) as SignatureTable;
  classify = createClassifier(table);
  send({ ready: true });
  for (const run of waiting) run();
  waiting = [];
}

/** Runs `work` once the classifier exists. */
const whenReady = (work: () => void) => (classify ? work() : waiting.push(work));

function answer({ text, ...reading }: Reading) {
  send({ matching: true });
  send({ analysis: shift(classify!(text), reading.skippedLines, reading.lines), reading });
}

async function analyze(input: Blob) {
  let reported = 0;
  answer(
    await readInput(input, (read) => {
      if (read - reported < REPORT_EVERY) return;
      reported = read;
      send({ progress: read });
    }),
  );
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if ('tableUrl' in message) void start(message.tableUrl); else if ('piece' in message) pieces.push(message.piece);
  else if ('end' in message) {
    const text = pieces.join('');
    pieces = [];
    whenReady(() => answer(readText(text)));
  } else {
    const { input } = message;
    whenReady(() => void analyze(input));
  }
});

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../analyzer/classify';
import type { FromWorker, ToWorker } from './analyzer/protocol';
import { CAP_BYTES, type Reading } from './analyzer/readInput';
import Result from './analyzer/Result';

interface Props {
  /** Where the worker fetches every node's evidence, derived from content/nodes at build time. */
  tableUrl: string;
  /** Where the questions start. */
  wizardHref: string;
  /**
   * The file picker, written by the page: Preact's server output would end it
   * in `/>`, which the HTML check rejects, and it must be in the page's HTML
   * so that a file chosen (or dropped, src/islands/analyzer/dropToPicker.ts)
   * before the island wakes is still there when it does.
   */
  children?: ComponentChildren;
}

/** The most text the box is given to hold and edit; anything larger is read in chunks and only its start and end are shown. */
const INLINE_LIMIT = 256 * 1024;

/** Characters of pasted text per message to the worker: each copy takes a few milliseconds. */
const PIECE = 512 * 1024;

/** A file, or pasted text. */
type Evidence = Blob | string;

/** Evidence too large for the box: where it came from and, once read, what was in it. */
interface Held {
  name: string;
  input: Evidence;
  reading?: Omit<Reading, 'text'>;
}

type Status = { read: number; total: number } | 'matching' | null;

const number = new Intl.NumberFormat('en');
const megabytes = (bytes: number) => `${number.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${number.format(Math.ceil(bytes / 1024))} KB` : megabytes(bytes));
const isGzipName = (file: File) => /\.gz$/i.test(file.name) || file.type === 'application/gzip';

/** The box's text for held evidence: its first and last lines, and a line saying how many are not shown. */
function preview({ head, tail, lines }: Omit<Reading, 'text'>): string {
  const shown = head.split('\n').length + tail.split('\n').length;
  return shown >= lines
    ? `${head}\n${tail}`
    : `${head}\n\n[… ${number.format(lines - shown)} more lines read but not shown here …]\n\n${tail}`;
}

/** What was read, in a sentence: the size, the lines, and how much of it was matched. */
function describe({ name, reading }: Held): string {
  if (!reading) return '';
  const read = `Read ${size(reading.bytes)} from ${name}: ${number.format(reading.lines)} lines.`;
  return reading.skippedLines === 0
    ? `${read} The box shows the first and last lines only.`
    : `${read} The last ${megabytes(CAP_BYTES)} (lines ${number.format(reading.skippedLines + 1)} to ${number.format(reading.lines)}) were matched; the box shows the first and last lines only.`;
}

/**
 * Paste-to-diagnose. A paste, a dropped file or a chosen one (.log, .txt, or
 * .gz, read through DecompressionStream) is read in chunks and classified in
 * a worker, off the page's thread: the page stays responsive whatever the
 * size, and only the last 50 MB is kept. The box holds small evidence
 * whole; larger evidence shows only its first and last lines, since a
 * textarea given millions of lines freezes the tab. Nothing is sent, stored
 * or put in the address, and pasted text is shown back only as text. The
 * result region is a polite live region, so a screen reader hears the
 * verdict without losing its place.
 *
 * The island wakes after the page's load event, and the page is usable
 * before that: what a person gives it meanwhile stays in the page (text in
 * the box, a file in the picker), and the island reads it when it wakes.
 */
export default function Analyzer({ tableUrl, wizardHref, children }: Props) {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [held, setHeld] = useState<Held | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLDivElement>(null);
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);

  const [ready, setReady] = useState(false);
  /** What the worker's next answers are for: the request under way. */
  const job = useRef<((data: Exclude<FromWorker, { ready: true }>) => void) | null>(null);

  function spawn(): Worker {
    const next = new Worker(new URL('./analyzer/worker.ts', import.meta.url), { type: 'module' });
    next.onmessage = ({ data }: MessageEvent<FromWorker>) => ('ready' in data ? setReady(true) : job.current?.(data));
    next.postMessage({ tableUrl } satisfies ToWorker);
    worker.current = next;
    return next;
  }

  useEffect(() => {
    // What the person gave before the island woke, a file chosen or text typed or pasted, is answered now.
    const chosen = form.current?.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (chosen) void open(chosen);
    else if (input.current?.value) analyze();
    // Started once the page is idle, so the first paste does not wait for the worker's code and compiled table.
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
    idle(() => worker.current ?? spawn());
    return () => worker.current?.terminate();
  }, []);

  /** Classifies `evidence` in the worker; a newer request replaces one still running. */
  function run(evidence: Evidence, onRead?: (reading: Omit<Reading, 'text'>) => void) {
    if (busy.current) {
      worker.current?.terminate();
      setReady(false);
      spawn();
    }
    const current = worker.current ?? spawn();
    const total = typeof evidence === 'string' ? evidence.length : evidence.size;
    busy.current = true;
    setAnalysis(null);
    setStatus({ read: 0, total });
    job.current = (data) => {
      if ('progress' in data) return setStatus({ read: data.progress, total });
      if ('matching' in data) return setStatus('matching');
      busy.current = false;
      setStatus(null);
      setAnalysis(data.analysis);
      onRead?.(data.reading);
    };
    if (typeof evidence !== 'string') return current.postMessage({ input: evidence } satisfies ToWorker);
    void (async () => {
      for (let at = 0; at < evidence.length; at += PIECE) {
        if (worker.current !== current) return;
        current.postMessage({ piece: evidence.slice(at, at + PIECE) } satisfies ToWorker);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      current.postMessage({ end: true } satisfies ToWorker);
    })();
  }

  function hold(name: string, evidence: Evidence) {
    const next: Held = { name, input: evidence };
    setHeld(next);
    if (input.current) input.current.value = '';
    run(evidence, (reading) => {
      setHeld({ ...next, reading });
      if (input.current) input.current.value = preview(reading);
    });
  }

  function analyze() {
    if (held) return hold(held.name, held.input);
    const text = input.current?.value ?? '';
    if (text.length > INLINE_LIMIT) hold('the text in the box', text);
    else run(text);
  }

  function paste(event: ClipboardEvent) {
    const field = input.current;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!field || held || field.value.length + text.length <= INLINE_LIMIT) {
      // The pasted text lands in the box after the paste event: read it on the next task.
      setTimeout(analyze, 0);
      return;
    }
    event.preventDefault();
    hold('the paste', field.value.slice(0, field.selectionStart) + text + field.value.slice(field.selectionEnd));
  }

  async function open(file: File) {
    if (isGzipName(file) || file.size > INLINE_LIMIT) return hold(file.name, file);
    setHeld(null);
    if (input.current) input.current.value = await file.text();
    analyze();
  }

  function clear() {
    setHeld(null);
    setAnalysis(null);
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  }

  // Hidden without JavaScript (data-needs-js), where the page says the analyzer needs it.
  return (
    <div class="analyzer__form" ref={form} data-needs-js="" data-ready={ready ? '' : undefined}>
      <label class="analyzer__label" for="analyzer-input">
        Log lines, error page or response headers
      </label>
      <p class="analyzer__note" id="analyzer-note">
        Paste as much as you like, or drop a log file here: several logs together are read as one story. Of anything larger than{' '}
        {megabytes(CAP_BYTES)}, the last {megabytes(CAP_BYTES)} is read. It all stays in this page.
      </p>
      <textarea
        id="analyzer-input"
        class="analyzer__input"
        ref={input}
        rows={10}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        readOnly={held !== null}
        aria-describedby={held ? 'analyzer-note analyzer-read' : 'analyzer-note'}
        onPaste={paste}
      />
      {held && (
        <p class="analyzer__note" id="analyzer-read">
          {held.reading ? describe(held) : `Reading ${held.name}…`}
        </p>
      )}
      {status && (
        <p class="analyzer__progress">
          {status === 'matching' ? (
            'Matching the lines read…'
          ) : (
            <>
              <label for="analyzer-progress">Reading {size(status.total)}</label>{' '}
              <progress id="analyzer-progress" max={status.total} value={status.read} />
            </>
          )}
        </p>
      )}
      <div
        class="analyzer__actions"
        onChange={({ target }) => {
          const file = target instanceof HTMLInputElement ? target.files?.[0] : undefined;
          if (file) void open(file);
        }}
      >
        <button class="analyzer__submit" type="button" onClick={analyze}>
          Analyze
        </button>
        {children}
        {held && (
          <button class="analyzer__clear" type="button" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      <div class="analyzer__output" aria-live="polite">
        {analysis && <Result analysis={analysis} wizardHref={wizardHref} />}
      </div>
    </div>
  );
}

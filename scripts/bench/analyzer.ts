/**
 * The analyzer in Chromium. `benchAnalyzer`: a 1 MB paste, from the paste
 * event to the verdict on screen, timed with performance.now() inside the
 * page; each run opens the page afresh and waits for the worker, which
 * starts once the page is idle, so the number is what a person pasting for
 * the first time waits.
 * `benchAnalyzerFile`: a 100 MB log file chosen with the picker: the longest
 * main-thread task, the tab's peak memory (the renderer process's high-water
 * mark, which includes the worker) and the time to the verdict. Part of
 * `npm run bench`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { readFixtures, realFixtures } from '../../tests/support/analyzer';
import { chromiumLaunchOptions } from '../../tests/support/chromium';
import { median } from './stats';

export interface AnalyzerBench {
  bytes: number;
  runs: number[];
  median: number;
}

export interface AnalyzerFileBench {
  bytes: number;
  longestTaskMs: number;
  peakMemoryMb: number;
  /** The renderer's high-water mark once the page had loaded, before the file: what the file added is the difference. */
  pageMemoryMb: number;
  verdictMs: number;
}

/** A paste of about `bytes`, made of the real captures end to end, so every line is one a server wrote. */
export function realPaste(bytes: number): string {
  const all = [...readFixtures(realFixtures).values()].join('\n');
  return all.repeat(Math.ceil(bytes / all.length)).slice(0, bytes);
}

const openAnalyzer = async (page: Page, baseUrl: string) => {
  await page.goto(new URL('/analyze/', baseUrl).href);
  // The worker starts once the page is idle, as it would while a person finds their log.
  await page.locator('.analyzer__form[data-ready]').waitFor({ state: 'attached' });
};

/** Milliseconds until the verdict is on screen, counted inside the page from the moment `start` runs. */
const timeToVerdict = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        new MutationObserver(() => {
          if (document.querySelector('.analyzer__best, .analyzer__unknown')) resolve(performance.now() - started);
        }).observe(document.body, { childList: true, subtree: true });
        (window as unknown as { __start: () => void }).__start();
      }),
  );

/** Times classification of a `bytes`-long paste on the /analyze/ page served at `baseUrl`, once per run. */
export async function benchAnalyzer(baseUrl: string, runs = 7, bytes = 1024 * 1024): Promise<AnalyzerBench> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const paste = realPaste(bytes);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await openAnalyzer(page, baseUrl);
      await page.evaluate((text) => {
        const field = document.querySelector('textarea')!;
        field.focus();
        // A paste event as the browser fires it: typing a megabyte through the driver would take minutes.
        (window as unknown as { __start: () => void }).__start = () => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        };
      }, paste);
      times.push(await timeToVerdict(page));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { bytes, runs: times, median: median(times) };
}

/** The peak resident memory of every renderer process of `browser`, in MB (Linux's VmHWM). */
async function rendererPeakMb(pids: number[]): Promise<number> {
  const peaks = pids.map((pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
  return Math.max(...peaks) / 1024;
}

/** Reads a `megabytes`-long log file through the file picker on /analyze/ in a fresh browser. */
export async function benchAnalyzerFile(baseUrl: string, megabytes = 100): Promise<AnalyzerFileBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-log-'));
  const file = join(dir, 'error.log');
  writeFileSync(file, realPaste(megabytes * 1024 * 1024));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await openAnalyzer(page, baseUrl);
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
    const pageMemoryMb = await rendererPeakMb(renderers);
    await page.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
      (window as unknown as { __tasks: number[] }).__tasks = tasks;
      (window as unknown as { __start: () => void }).__start = () => undefined;
    });
    const verdict = timeToVerdict(page);
    await page.locator('input[type=file]').setInputFiles(file);
    const verdictMs = await verdict;
    const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks));
    return { bytes: megabytes * 1024 * 1024, longestTaskMs, peakMemoryMb: await rendererPeakMb(renderers), pageMemoryMb, verdictMs };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true });
  }
}

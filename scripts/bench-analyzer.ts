/**
 * How long the analyzer takes to classify a 1 MB paste in Chromium: from the
 * click on Analyze to the verdict, timed with performance.now() inside the
 * page. Each run opens the page afresh, so the number is what a person
 * pasting for the first time waits. A benchmark, not a test: it prints.
 *
 * Usage: tsx scripts/bench-analyzer.ts [dir=dist] [runs=7]
 * (build first; `npm run bench` can call benchAnalyzer with its own server)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { readFixtures, realFixtures } from '../tests/support/analyzer';

export interface AnalyzerBench {
  bytes: number;
  runs: number[];
  median: number;
}

/** A paste of about `bytes`, made of the real captures end to end, so every line is one a server wrote. */
export function realPaste(bytes: number): string {
  const all = [...readFixtures(realFixtures).values()].join('\n');
  return all.repeat(Math.ceil(bytes / all.length)).slice(0, bytes);
}

/** Times classification of a `bytes`-long paste on the /analyze/ page served at `baseUrl`, once per run. */
export async function benchAnalyzer(baseUrl: string, runs = 7, bytes = 1024 * 1024): Promise<AnalyzerBench> {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const paste = realPaste(bytes);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(new URL('/analyze/', baseUrl).href);
      await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
      times.push(
        await page.evaluate((text) => {
          // Setting the value directly: typing a megabyte through the driver would take minutes.
          document.querySelector('textarea')!.value = text;
          const button = [...document.querySelectorAll('button')].find((element) => element.textContent === 'Analyze')!;
          const started = performance.now();
          button.click();
          return performance.now() - started;
        }, paste),
      );
      await page.locator('.analyzer__best').waitFor();
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { bytes, runs: times, median: sorted[Math.floor(sorted.length / 2)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const runs = Number(process.argv[3] ?? 7);
  const port = 4499;
  const server = spawn(process.execPath, [...process.execArgv, 'scripts/serve.ts', dir, String(port)], { stdio: 'ignore' });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await fetch(baseUrl);
        break;
      } catch (error) {
        if (tries > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const result = await benchAnalyzer(baseUrl, runs);
    const format = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`analyzer: ${(result.bytes / 1024 / 1024).toFixed(0)} MB paste classified in Chromium, median ${format(result.median)} of ${runs} runs`);
    console.log(`  runs: ${result.runs.map(format).join(', ')}`);
  } finally {
    server.kill();
  }
}

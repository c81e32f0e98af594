/**
 * How long the analyzer takes to classify a 1 MB paste in Chromium: from the
 * click on Analyze to the verdict, timed with performance.now() inside the
 * page. Each run opens the page afresh, so the number is what a person
 * pasting for the first time waits. Part of `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { readFixtures, realFixtures } from '../../tests/support/analyzer';
import { chromiumLaunchOptions } from '../../tests/support/chromium';
import { median } from './stats';

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
  const browser = await chromium.launch(chromiumLaunchOptions);
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
  return { bytes, runs: times, median: median(times) };
}

/**
 * `npm run bench`: builds the site and reports what each page costs, how fast
 * the wizard moves, how a deep link loads cold, how cost grows with the tree,
 * and Lighthouse's scores. Writes bench-results/bench.json; exits non-zero
 * when a budget is exceeded. A benchmark, not a test: numbers vary by machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalyzer, benchAnalyzerFile } from './analyzer';
import { measureBrowser } from './browser';
import { runLighthouse } from './lighthouse';
import { measurePages, type PageBytes } from './sizes';
import { kb, median, percentile } from './stats';
import { buildSynthetic } from './synthetic';
import { freePortSync } from '../../tests/support/port';

const root = join(import.meta.dirname, '../..');
const port = Number(process.env.BENCH_PORT ?? freePortSync());
const origin = `http://127.0.0.1:${port}`;
const deepLink = '/diagnose/fpm-worker-sigkill/';
const syntheticSizes = (process.env.BENCH_SYNTHETIC ?? '100,1000,5000').split(',').map(Number);

/** The budgets of PRODUCT.md's quality bars and issue 16's headroom. */
const budget = {
  /** Any page's HTML with its CSS: one round trip (about 14 KB). */
  pageHtmlCss: 14 * 1024,
  /** Any page's JavaScript before its load event. */
  jsOnLoad: 8 * 1024,
  /** A node page's JavaScript at load and after (search's dialog, loaded when it is opened, apart). */
  nodeJsTotal: 24 * 1024,
  /** The wizard's swap, timed in the page, median. */
  transitionMedianMs: 30,
  /** The swap over a plain page load to the same node, medians side by side in one run. */
  swapOverNavigation: 0.25,
  /** A 1 MB paste classified on /analyze/, median. */
  analyzerMs: 100,
  /** The longest main-thread task while a 100 MB log file is read and classified (the bar for "no freeze"). */
  analyzerLongTaskMs: 200,
  /** Largest node page of the biggest synthetic tree over that of the smallest. */
  growth: 1.15,
  /** The biggest synthetic tree's build. */
  syntheticBuildSeconds: 60,
  /** Build time per node of the biggest synthetic tree over that of the 1,000-node one. */
  buildPerNodeGrowth: 1.15,
  /** Every Lighthouse category of every page measured. */
  lighthouse: 100,
};

/** The pages Lighthouse scores: the start, a diagnosis opened from a link, the analyzer and the map. */
const lighthousePages = ['/', deepLink, '/analyze/', '/map/'];

const isNodePage = (page: PageBytes) => page.url === '/' || page.url.startsWith('/diagnose/');
const heaviest = (pages: PageBytes[], weigh: (page: PageBytes) => number) =>
  pages.reduce((max, page) => (weigh(page) > weigh(max) ? page : max));

function build(): number {
  const started = performance.now();
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - started) / 1000;
}

async function serve() {
  const server = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', 'dist', String(port)], { cwd: root, stdio: 'ignore' });
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the site did not come up on ${origin}`);
}

const failures: string[] = [];

/** Runs `task` over `items` one after another: Lighthouse wants the machine to itself. */
async function sequence<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await task(item));
  return results;
}
const check = (ok: boolean, message: string) => ok || failures.push(message);

console.log('Building the site…');
const buildSeconds = build();
const pages = measurePages(join(root, 'dist'));
const nodePages = pages.filter(isNodePage);

console.log('\nPer page, gzipped (HTML includes its inline CSS):');
console.table(
  pages.map((page) => ({
    page: page.url,
    html: kb(page.html),
    css: kb(page.css),
    'js on load': kb(page.js),
    'js later': kb(page.lazyJs),
    'js on use': kb(page.onUseJs),
  })),
);

const htmlCss = (page: PageBytes) => page.html + page.css;
const allJs = (page: PageBytes) => page.js + page.lazyJs;
const onLoadJs = (page: PageBytes) => page.js;
for (const page of pages) {
  check(htmlCss(page) <= budget.pageHtmlCss, `${page.url}: HTML+CSS ${kb(htmlCss(page))} > ${kb(budget.pageHtmlCss)}`);
  check(onLoadJs(page) <= budget.jsOnLoad, `${page.url}: JavaScript at load ${kb(onLoadJs(page))} > ${kb(budget.jsOnLoad)}`);
}
for (const page of nodePages) {
  check(allJs(page) <= budget.nodeJsTotal, `${page.url}: JavaScript in all ${kb(allJs(page))} > ${kb(budget.nodeJsTotal)}`);
}
const worstHtml = heaviest(pages, htmlCss);
const worstNodeHtml = heaviest(nodePages, htmlCss);
const worstJs = heaviest(nodePages, allJs);
const worstOnLoad = heaviest(pages, onLoadJs);

console.log('\nIn Chromium…');
const server = await serve();
let timings;
let analyzer;
let analyzerFile;
let lighthouse;
try {
  timings = await measureBrowser(origin, deepLink);
  analyzer = await benchAnalyzer(origin);
  analyzerFile = await benchAnalyzerFile(origin);
  console.log('Lighthouse (mobile)…');
  lighthouse = Object.fromEntries(await sequence(lighthousePages, async (url) => [url, await runLighthouse(origin + url)] as const));
} finally {
  server.kill();
}
const transitionMedian = median(timings.transitions);
check(transitionMedian <= budget.transitionMedianMs, `transition median ${transitionMedian.toFixed(1)} ms > ${budget.transitionMedianMs} ms`);
const swapMedian = median(timings.sideBySide.swapMs);
const navigationMedian = median(timings.sideBySide.navigationMs);
const swapRatio = swapMedian / navigationMedian;
check(swapRatio <= budget.swapOverNavigation, `the swap takes ${swapRatio.toFixed(2)} of a page load (${swapMedian.toFixed(1)} / ${navigationMedian.toFixed(1)} ms) > ${budget.swapOverNavigation}`);
for (const [url, scores] of Object.entries(lighthouse)) {
  for (const [category, score] of Object.entries(scores)) check(score >= budget.lighthouse, `Lighthouse ${category} of ${url}: ${score} < ${budget.lighthouse}`);
}
check(analyzer.median <= budget.analyzerMs, `1 MB paste classified in ${analyzer.median.toFixed(1)} ms > ${budget.analyzerMs} ms`);
check(analyzerFile.longestTaskMs <= budget.analyzerLongTaskMs, `100 MB log: a main-thread task of ${analyzerFile.longestTaskMs.toFixed(0)} ms > ${budget.analyzerLongTaskMs} ms`);

console.log(`\nSynthetic trees (${syntheticSizes.join(', ')} nodes)…`);
const synthetic = syntheticSizes.map((count) => {
  const result = buildSynthetic(count);
  const nodes = result.pages.filter(isNodePage);
  return {
    nodes: count,
    buildSeconds: result.buildSeconds,
    maxHtmlCss: htmlCss(heaviest(nodes, htmlCss)),
    medianHtmlCss: median(nodes.map(htmlCss)),
    js: onLoadJs(heaviest(result.pages, onLoadJs)),
    nodeJsTotal: allJs(heaviest(nodes, allJs)),
  };
});
const smallest = synthetic[0];
const biggest = synthetic.at(-1)!;
const growth = biggest.maxHtmlCss / smallest.maxHtmlCss;
check(growth <= budget.growth, `node pages grow ×${growth.toFixed(2)} from ${smallest.nodes} to ${biggest.nodes} nodes (> ×${budget.growth})`);
check(biggest.buildSeconds <= budget.syntheticBuildSeconds, `the ${biggest.nodes}-node build took ${biggest.buildSeconds.toFixed(1)} s > ${budget.syntheticBuildSeconds} s`);
for (const row of synthetic) {
  check(row.js <= budget.jsOnLoad, `${row.nodes}-node tree: JavaScript at load ${kb(row.js)} > ${kb(budget.jsOnLoad)}`);
  check(row.nodeJsTotal <= budget.nodeJsTotal, `${row.nodes}-node tree: a node page's JavaScript in all ${kb(row.nodeJsTotal)} > ${kb(budget.nodeJsTotal)}`);
}
const thousand = synthetic.find((row) => row.nodes === 1000);
const perNodeGrowth = thousand && thousand !== biggest ? biggest.buildSeconds / biggest.nodes / (thousand.buildSeconds / thousand.nodes) : undefined;
if (perNodeGrowth !== undefined) {
  check(perNodeGrowth <= budget.buildPerNodeGrowth, `build time per node grows ×${perNodeGrowth.toFixed(2)} from 1,000 to ${biggest.nodes} nodes (> ×${budget.buildPerNodeGrowth})`);
}

const summary = {
  build: { seconds: buildSeconds, pages: pages.length },
  bytes: {
    maxHtmlCss: { url: worstHtml.url, bytes: htmlCss(worstHtml) },
    maxNodeHtmlCss: { url: worstNodeHtml.url, bytes: htmlCss(worstNodeHtml) },
    medianNodeHtmlCss: median(nodePages.map(htmlCss)),
    maxJsOnLoad: { url: worstOnLoad.url, bytes: onLoadJs(worstOnLoad) },
    maxNodeJsTotal: { url: worstJs.url, bytes: allJs(worstJs) },
  },
  transitions: {
    count: timings.transitions.length,
    medianMs: transitionMedian,
    p95Ms: percentile(timings.transitions, 0.95),
  },
  sideBySide: { answers: timings.sideBySide.swapMs.length, swapMedianMs: swapMedian, navigationMedianMs: navigationMedian, ratio: swapRatio, ...timings.sideBySide },
  syntheticBuildPerNodeGrowth: perNodeGrowth,
  coldDeepLink: { url: deepLink, medianFirstPaintMs: median(timings.coldPaint), medianLoadMs: median(timings.coldLoad) },
  analyzer: { bytes: analyzer.bytes, medianMs: analyzer.median, runsMs: analyzer.runs },
  analyzerFile,
  synthetic,
  lighthouse,
  budgets: budget,
  failures,
};

console.log('\nSummary');
console.table({
  'build (s)': buildSeconds.toFixed(1),
  'largest page HTML+CSS': `${kb(htmlCss(worstHtml))} (${worstHtml.url})`,
  'largest node page HTML+CSS': `${kb(htmlCss(worstNodeHtml))} (${worstNodeHtml.url})`,
  'median node page HTML+CSS': kb(summary.bytes.medianNodeHtmlCss),
  'JS at load, max': `${kb(onLoadJs(worstOnLoad))} (${worstOnLoad.url})`,
  'node page JS in all, max': `${kb(allJs(worstJs))} (${worstJs.url})`,
  [`transitions (${timings.transitions.length}) median / p95`]: `${transitionMedian.toFixed(1)} / ${summary.transitions.p95Ms.toFixed(1)} ms`,
  [`side by side (${timings.sideBySide.swapMs.length} answers): swap / page load, median`]: `${swapMedian.toFixed(1)} / ${navigationMedian.toFixed(1)} ms = ${swapRatio.toFixed(2)}`,
  'deep link cold, first paint / load (median)': `${summary.coldDeepLink.medianFirstPaintMs.toFixed(0)} / ${summary.coldDeepLink.medianLoadMs.toFixed(0)} ms`,
  [`1 MB paste classified (median of ${analyzer.runs.length})`]: `${analyzer.median.toFixed(1)} ms`,
  '100 MB log file: verdict / longest task': `${analyzerFile.verdictMs.toFixed(0)} / ${analyzerFile.longestTaskMs.toFixed(0)} ms`,
  '100 MB log file: tab peak memory (page alone)': `${analyzerFile.peakMemoryMb.toFixed(0)} MB (${analyzerFile.pageMemoryMb.toFixed(0)} MB)`,
});
console.log('Synthetic trees');
console.table(
  synthetic.map((row) => ({
    nodes: row.nodes,
    'build (s)': row.buildSeconds.toFixed(1),
    'node page HTML+CSS max': kb(row.maxHtmlCss),
    'node page HTML+CSS median': kb(row.medianHtmlCss),
    'JS at load, max': kb(row.js),
    'node page JS in all, max': kb(row.nodeJsTotal),
  })),
);
if (perNodeGrowth !== undefined) console.log(`Build time per node, ${biggest.nodes} over 1,000 nodes: ×${perNodeGrowth.toFixed(2)}`);
console.log('Lighthouse');
console.table(lighthouse);

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log('Wrote bench-results/bench.json');

if (failures.length > 0) {
  console.error(`\nOver budget:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');

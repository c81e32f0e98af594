import { describe, expect, test } from 'vitest';
import { nodeUrl, timeoutDefaultsUrl, timeoutsUrl } from '../../src/lib/urls';
import { resolveChain } from '../../src/timeouts/chain';
import { workedExamples } from '../../src/timeouts/examples';
import { products } from '../../src/timeouts/products';
import { analyse } from '../../src/timeouts/rules';
import { readBuilt } from '../support/dist';

const fileOf = (url: string) => `${url.slice(1)}index.html`;
const chainPage = readBuilt(fileOf(timeoutsUrl));
const defaultsPage = readBuilt(fileOf(timeoutDefaultsUrl));

/** The HTML of one element, from its opening tag to the matching close of that tag name (no nesting of the same name inside). */
function element(html: string, opening: RegExp, tag: string): string {
  const start = html.search(opening);
  expect(start, `${opening} is on the page`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
}

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('the timeout chain page without JavaScript', () => {
  test.each(workedExamples)('works out $id at build time: each link’s verdict, the picture’s marks and where the slow request ends', (example) => {
    const section = element(chainPage, new RegExp(`<section[^>]*data-example="${example.id}"`), 'section');
    const hops = resolveChain(example.chain);
    const analysis = analyse(hops, example.chain.seconds);
    const races = analysis.links.filter((link) => link.keepAlive.verdict === 'race');

    expect([...section.matchAll(/<li data-verdict="([a-z-]+)"/g)].map((m) => m[1]), 'one verdict per link, then the order remarks').toEqual([
      ...analysis.links.map((link) => link.keepAlive.verdict),
      ...analysis.orders.map((order) => order.verdict),
    ]);
    expect(count(section, /<g[^>]*data-fault="link"/g), 'every race is marked on its arrow').toBe(races.length);
    for (const link of races) {
      if (link.keepAlive.verdict === 'race' && link.keepAlive.node) expect(section).toContain(`href="${nodeUrl(link.keepAlive.node)}"`);
    }
    const outcome = /data-outcome="([a-z]+)"(?: data-status="(\d+)")?/.exec(section);
    expect(outcome?.[1], 'the outcome').toBe(analysis.first?.cause ?? 'answered');
    expect(outcome?.[2], 'its status').toBe(analysis.first?.status?.toString());
    expect(/data-gives-up="([\d.]+)"/.exec(section)?.[1], 'the hop that gives up is marked with its second').toBe(analysis.first?.at.toString());
    expect(section, 'the form can open it').toContain('data-needs-js');
  });

  test('says Cloudflare’s 524 comes at 120 s once nginx waits 300 s, in words', () => {
    const section = element(chainPage, /<section[^>]*data-example="cloudflare-nginx-raised"/, 'section');
    expect(section.replace(/<[^>]+>/g, '')).toContain('A request that takes 150 s ends at 120 s with a 524 (A timeout occurred).');
  });

  test('hides the form’s placeholder without JavaScript and links to the table instead', () => {
    expect(chainPage).toMatch(/<p data-needs-js[^>]*>\s*Loading the form/);
    expect(chainPage).toMatch(new RegExp(`<noscript>[^]*?href="${timeoutDefaultsUrl}"[^]*?</noscript>`));
  });
});

describe('the defaults table', () => {
  test.each(products)('lists every default of $label with its value and its source', (product) => {
    const group = element(defaultsPage, new RegExp(`<tbody data-product="${product.id}"`), 'tbody');
    expect(group).toContain(`>${product.label}</th>`);
    const rows = [...group.matchAll(/<tr data-setting="([^"]+)">[^]*?data-seconds="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(
      product.settings.flatMap((setting) => setting.defaults.map((entry) => [setting.id, entry.seconds === undefined ? 'unknown' : String(entry.seconds)])),
    );
    for (const entry of product.settings.flatMap((setting) => setting.defaults)) {
      expect(group).toContain(`href="${entry.doc.url.replaceAll('&', '&amp;')}"`);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { downloadCost, offlineFiles } from '../../scripts/build/service-worker';
import { builtPageUrls, distDir, readBuilt, urlOf } from '../support/dist';

/** What installing the worker may download, gzipped, before it takes over: the cost to a visitor under Save-Data. */
const SHELL_BUDGET = 64 * 1024;

/** A list the built worker carries, as written into dist/sw.js. */
const listed = (name: 'FILES' | 'SHELL'): string[] => JSON.parse(readBuilt('sw.js').match(new RegExp(`const ${name} = (\\[.*?\\]);`))![1]);

describe('the service worker', () => {
  const { files, shell } = offlineFiles(distDir);

  test('lists every page, so the whole site can be kept offline', () => {
    expect(listed('FILES')).toEqual(expect.arrayContaining(builtPageUrls()));
    expect(listed('FILES')).toEqual(files.map(urlOf));
  });

  test('installs with the start page, the 404 page that answers offline for an address the site lacks, and the site’s code', () => {
    expect(listed('SHELL')).toEqual(shell.map(urlOf));
    expect(listed('SHELL')).toEqual(expect.arrayContaining(['/', '/404.html', ...files.filter((file) => file.startsWith('_astro/')).map(urlOf)]));
  });

  test(`downloads at most ${SHELL_BUDGET / 1024} KB gzipped to install`, () => {
    expect(downloadCost(distDir, shell).gzipped).toBeLessThanOrEqual(SHELL_BUDGET);
  });
});

import { describe, expect, test } from 'vitest';
import { measurePages } from '../../scripts/bench/sizes';
import { distDir } from '../support/dist';

/** The first round trip of a page load, as `npm run bench` holds every page to it. */
const oneRoundTrip = 14 * 1024;

describe('page sizes', () => {
  test.each(measurePages(distDir).map((page) => [page.url, page.html + page.css] as const))(
    '%s arrives in one round trip: its HTML with its CSS is at most 14 KB gzipped',
    (_url, bytes) => {
      expect(bytes).toBeLessThanOrEqual(oneRoundTrip);
    },
  );
});

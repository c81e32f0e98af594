import { describe, expect, test } from 'vitest';
import { userValues } from '../../src/lib/values';
import { builtHtmlFiles, readBuilt } from '../support/dist';

const fallbacks = new Map(userValues.map((value) => [value.key, value.fallback]));

describe('filled-in values in built pages', () => {
  test.each(builtHtmlFiles())('%s shows no raw «marker» and every spot holds its default', (file) => {
    const html = readBuilt(file);
    expect(html).not.toMatch(/«[^»\n]*»|&#171;|&laquo;/);
    for (const [, key, text] of html.matchAll(/<span data-value="([^"]+)"[^>]*>([^<]*)<\/span>/g)) {
      expect(text, `the spot for ${key}`).toBe(fallbacks.get(key));
    }
  });

  test('commands on the site carry every value the form offers', () => {
    const used = new Set(builtHtmlFiles().flatMap((file) => [...readBuilt(file).matchAll(/data-value="([^"]+)"/g)].map((match) => match[1])));
    expect([...used].sort()).toEqual([...fallbacks.keys()].sort());
  });
});

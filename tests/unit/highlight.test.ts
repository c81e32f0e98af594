import { beforeAll, describe, expect, test } from 'vitest';
import { fillMarkers } from '../../src/lib/fillMarkers';
import { highlightCode, parseCodeHtml } from '../../src/lib/highlight';
import { isPlausible, userValues } from '../../src/lib/values';

const value = (key: string) => userValues.find((candidate) => candidate.key === key)!;

describe('fillMarkers', () => {
  test('returns the text with defaults and where each one stands', () => {
    expect(fillMarkers('systemctl restart php«php»-fpm')).toEqual({
      text: 'systemctl restart php8.2-fpm',
      spans: [{ key: 'php', start: 21, end: 24 }],
    });
  });

  test('throws, naming the key and the block, when a marker is unknown', () => {
    expect(() => fillMarkers('curl https://«domian»/')).toThrow(/«domian».*curl https:\/\/«domian»\//);
  });
});

describe('highlightCode', () => {
  // The first call loads Shiki's grammars, which takes seconds on a busy machine: that is set-up, not the test.
  beforeAll(() => highlightCode('true', 'sh'), 60_000);

  test('returns classed tokens and a data-value spot holding the default', async () => {
    const html = await highlightCode("curl -sI 'https://«domain»/' # check", 'sh');
    expect(html).toContain('<span class="tk-f">curl</span>');
    expect(html).toContain('<span class="tk-c"># check</span>');
    expect(html).toMatch(/<span data-value="domain"[^>]*>example\.com<\/span>/);
  });

  test('returns plain escaped text for log lines and unlabelled blocks', async () => {
    expect(await highlightCode('upstream: "fastcgi://<x>" & more', undefined)).toBe('upstream: "fastcgi://&lt;x&gt;" &amp; more');
  });
});

describe('parseCodeHtml', () => {
  test('returns the language and the unescaped text of a rendered fence', () => {
    expect(parseCodeHtml('<code class="language-sh">a 2&gt;&amp;1 &#39;b&#39; &quot;c&quot;\n</code>')).toEqual({ lang: 'sh', source: 'a 2>&1 \'b\' "c"\n' });
  });
});

describe('isPlausible', () => {
  test.each(userValues)('accepts the default of $key', (candidate) => {
    expect(isPlausible(candidate, candidate.fallback)).toBe(true);
  });

  test.each([
    ['domain', 'shop.example.net', true],
    ['domain', '<img src=x onerror=alert(1)>', false],
    ['domain', 'example.com; rm -rf /', false],
    ['origin-ip', '2001:db8::10', true],
    ['origin-ip', '256.1.1.1', false],
    ['php', '8.3', true],
    ['php', '8.3$(id)', false],
    ['app-port', '65535', true],
    ['app-port', '65536', false],
    ['error-log', '/srv/logs/nginx-error.log', true],
    ['error-log', '/var/log/x.log && curl evil', false],
  ])('returns %s %j → %s', (key, text, expected) => {
    expect(isPlausible(value(key), text)).toBe(expected);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, distDir, readBuilt } from '../support/dist';

/** The Content-Security-Policy a page declares in its <meta>, by directive. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('built pages', () => {
  test.each(builtHtmlFiles())('%s declares a strict Content Security Policy', (file) => {
    const html = readBuilt(file);
    const policy = policyOf(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources, directive).toContain("'self'");
      // Search compiles Pagefind's WebAssembly: 'wasm-unsafe-eval' allows that and no JavaScript eval.
      const allowed = directive === 'script-src' ? ["'wasm-unsafe-eval'"] : [];
      expect(sources.filter((source) => /unsafe|\*/.test(source) && !allowed.includes(source)), directive).toEqual([]);
    }
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(html, 'no inline style attributes, which the policy would block').not.toMatch(/\sstyle="/);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe('_headers', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');

  test('gives static hosts the headers a <meta> cannot carry', () => {
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
    expect(headers).toMatch(/^\s+Permissions-Policy: .*camera=\(\).*$/m);
    expect(headers).toMatch(/^\s+Content-Security-Policy: .*frame-ancestors 'none'.*$/m);
  });
});

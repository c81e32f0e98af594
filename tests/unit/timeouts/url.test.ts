import { describe, expect, test } from 'vitest';
import { workedExamples } from '../../../src/timeouts/examples';
import { decodeChain, encodeChain, maxSeconds, parseValue, startChain } from '../../../src/timeouts/url';

describe('encodeChain and decodeChain', () => {
  test.each(workedExamples)('a link to $id reproduces its chain', ({ chain }) => {
    const { chain: read, ignored } = decodeChain(encodeChain(chain));
    expect(ignored).toEqual([]);
    expect(read.seconds).toBe(chain.seconds);
    expect(read.hops.map(({ product, values }) => ({ product, values }))).toEqual(chain.hops.map(({ product, values }) => ({ product, values })));
    expect(encodeChain(read)).toBe(encodeChain(chain));
  });

  test('keeps no limit and not known apart from numbers', () => {
    const { chain } = decodeChain('proxy=nginx&proxy.read=none&proxy.client=&app=node&t=5');
    expect(chain.hops[0].values).toEqual({ read: null, client: undefined });
    expect(decodeChain(encodeChain(chain)).chain.hops[0].values).toEqual({ read: null, client: undefined });
  });

  test('starts from the ALB, nginx and Node.js chain without parameters, and tunes it when only values are given', () => {
    expect(decodeChain('')).toEqual({ chain: startChain, ignored: [] });
    const { chain, ignored } = decodeChain('?proxy.read=300&t=90');
    expect(ignored).toEqual([]);
    expect(chain.hops.map((hop) => hop.product)).toEqual(['aws-alb', 'nginx', 'node']);
    expect(chain.hops[1].values).toEqual({ read: 300 });
    expect(chain.seconds).toBe(90);
  });

  test('ignores unknown products, setups, settings and keys, and lists each of them', () => {
    const { chain, ignored } = decodeChain('cdn=akamai&lb=nginx&proxy=nginx&proxy.setup=v9&proxy.colour=red&app=node&debug=1');
    expect(chain.hops.map((hop) => hop.product)).toEqual(['nginx', 'node']);
    expect(chain.hops[0].setup).toBe('upstream');
    expect(ignored).toEqual(['cdn=akamai', 'lb=nginx', 'proxy.setup=v9', 'proxy.colour=red', 'debug=1']);
  });

  test('falls back to another app server when the link names none it knows', () => {
    const { chain, ignored } = decodeChain('proxy=nginx&app=none');
    expect(chain.hops.map((hop) => hop.product)).toEqual(['nginx', 'other']);
    expect(ignored).toEqual(['app=none']);
  });

  test('rejects negative, hexadecimal, exponent, infinite and absurdly large numbers', () => {
    for (const text of ['-5', '0x10', '1e3', 'Infinity', 'NaN', '1,5', String(maxSeconds + 1), '12345678']) {
      expect(parseValue(text), text).toBe('invalid');
      const { chain, ignored } = decodeChain(`proxy=nginx&app=node&proxy.read=${encodeURIComponent(text)}&t=${encodeURIComponent(text)}`);
      expect(chain.hops[0].values, text).toEqual({});
      expect(chain.seconds, text).toBe(startChain.seconds);
      expect(ignored, text).toHaveLength(2);
    }
    expect(parseValue(String(maxSeconds))).toBe(maxSeconds);
    expect(parseValue(' 0.25 ')).toBe(0.25);
  });

  test('reports hostile values as plain, shortened text and uses none of them', () => {
    const hostile = '<img src=x onerror=alert(1)>'.repeat(5);
    const { chain, ignored } = decodeChain(`cdn=${encodeURIComponent(hostile)}&proxy=nginx&app=node&proxy.read=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(chain.hops.map((hop) => hop.product)).toEqual(['nginx', 'node']);
    expect(chain.hops[0].values).toEqual({});
    expect(ignored[0]).toHaveLength(58);
    expect(ignored[0].startsWith('cdn=<img src=x onerror=alert(1)>')).toBe(true);
    expect(ignored[1]).toBe('proxy.read="><script>alert(1)</script>');
  });

  test('reads the first of a repeated parameter, and at most forty parameters', () => {
    expect(decodeChain('app=node&app=puma').chain.hops.at(-1)?.product).toBe('node');
    expect(decodeChain('app=node&app=puma').ignored).toEqual(['app=puma']);
    const long = decodeChain(`app=node&${Array.from({ length: 60 }, (_, i) => `x${i}=1`).join('&')}`);
    expect(long.ignored[0]).toBe('21 more parameters');
    expect(long.ignored).toHaveLength(1 + 39);
  });
});

import { describe, expect, test } from 'vitest';
import { resolveChain } from '../../../src/timeouts/chain';
import { analyse, type KeepAlive } from '../../../src/timeouts/rules';
import type { HopChoice, Value } from '../../../src/timeouts/types';

/** A hop by product id, with an optional setup and changed values. */
const hop = (product: string, values: Record<string, Value> = {}, setup?: string): HopChoice => ({ product, setup, values });
const work = (hops: HopChoice[], seconds = 30) => {
  const resolved = resolveChain({ hops, seconds });
  return { hops: resolved, analysis: analyse(resolved, seconds) };
};
const keepAlive = (hops: HopChoice[]): KeepAlive[] => work(hops).analysis.links.map((link) => link.keepAlive);

describe('analyse: keep-alive', () => {
  test('finds a race when the front reuses idle connections longer than the back keeps them, with a fix on each side', () => {
    const [link] = keepAlive([hop('nginx', {}, 'upstream'), hop('node')]);
    expect(link).toMatchObject({ verdict: 'race', reuse: 60, close: 5, equal: false, status: 502, node: 'app-keepalive-shorter' });
    if (link.verdict !== 'race') throw new Error('a race');
    expect([link.raise?.field.setting.name, link.raise?.to]).toEqual(['server.keepAliveTimeout', 65]);
    expect([link.lower?.field.setting.name, link.lower?.to]).toEqual(['keepalive_timeout (in upstream {})', 4]);
  });

  test('calls equal timeouts a race, since the closing side’s clock starts first', () => {
    expect(keepAlive([hop('nginx', { reuse: 30 }, 'upstream'), hop('node', { client: 30 })])[0]).toMatchObject({ verdict: 'race', equal: true });
  });

  test('finds no race when the back keeps idle connections longer than the front reuses them', () => {
    expect(keepAlive([hop('nginx', {}, 'upstream'), hop('node', { client: 65 })])[0]).toEqual({ verdict: 'safe', reuse: 60, close: 65 });
    expect(keepAlive([hop('nginx', {}, 'upstream'), hop('go')])[0]).toEqual({ verdict: 'safe', reuse: 60, close: null });
  });

  test('finds no race when the front opens a new connection per request, or the back closes after every response', () => {
    expect(keepAlive([hop('nginx', {}, 'url'), hop('node')])[0]).toEqual({ verdict: 'no-reuse' });
    expect(keepAlive([hop('nginx', {}, 'old'), hop('node')])[0]).toEqual({ verdict: 'no-reuse' });
    expect(keepAlive([hop('nginx'), hop('php-fpm')])[0]).toEqual({ verdict: 'no-reuse' });
    expect(keepAlive([hop('aws-alb'), hop('gunicorn')])[0]).toEqual({ verdict: 'closes-each' });
  });

  test('races any finite idle timeout when the front has no idle limit, and only offers to give the front one', () => {
    const [link] = keepAlive([hop('apache'), hop('puma')]);
    expect(link).toMatchObject({ verdict: 'race', reuse: null, close: 65 });
    if (link.verdict !== 'race') throw new Error('a race');
    expect(link.raise).toBeUndefined();
    expect(link.lower?.to).toBe(64);
  });

  test('offers no change to a value its vendor does not let you change', () => {
    const [link] = keepAlive([hop('cloudflare'), hop('nginx'), hop('node')]);
    expect(link).toMatchObject({ verdict: 'race', reuse: 900, close: 75, status: 520, node: 'cf-keepalive-mismatch' });
    if (link.verdict !== 'race') throw new Error('a race');
    expect(link.lower).toBeUndefined();
    expect(link.raise?.to).toBe(905);
  });

  test('suggests turning reuse off when the back closes in a second or less', () => {
    const links = keepAlive([hop('nginx', {}, 'upstream'), hop('gunicorn', {}, 'threads')]);
    expect(links[0].verdict === 'race' && links[0].lower?.to).toBe(1);
    const sub = keepAlive([hop('nginx', {}, 'upstream'), hop('gunicorn', { client: 0.5 }, 'threads')]);
    expect(sub[0].verdict === 'race' && sub[0].lower?.to).toBe(0);
  });

  test('says it cannot tell when a side’s value is not known', () => {
    expect(keepAlive([hop('azure'), hop('node')])[0]).toEqual({ verdict: 'unknown', side: 'front' });
    expect(keepAlive([hop('nginx', {}, 'upstream'), hop('other')])[0]).toEqual({ verdict: 'unknown', side: 'back' });
    expect(keepAlive([hop('nginx', { reuse: undefined }, 'upstream'), hop('node')])[0]).toEqual({ verdict: 'unknown', side: 'front' });
  });
});

describe('analyse: a slow request', () => {
  test('ends at the first read timeout, with that hop’s status', () => {
    const { analysis } = work([hop('cloudflare'), hop('nginx', {}, 'upstream'), hop('node')], 150);
    expect(analysis.first).toEqual({ hop: 1, at: 60, cause: 'timeout', answeredBy: 1, status: 504, node: 'status-504' });
    expect(analysis.giveUps.map((limit) => [limit.hop, limit.at, limit.status])).toEqual([
      [1, 60, 504],
      [0, 120, 524],
    ]);
  });

  test('ends at the outer hop once the inner one waits longer', () => {
    const { analysis } = work([hop('cloudflare'), hop('nginx', { read: 300 }, 'upstream'), hop('node')], 150);
    expect(analysis.first).toMatchObject({ hop: 0, at: 120, status: 524, node: 'cf-524' });
    expect(analysis.orders).toEqual([{ front: 0, back: 1, verdict: 'outer-first' }]);
  });

  test('gets its answer when every limit is longer, and fails when it lasts exactly as long as one', () => {
    expect(work([hop('nginx'), hop('node')], 59.9).analysis.first).toBeUndefined();
    expect(work([hop('nginx'), hop('node')], 60).analysis.first).toMatchObject({ hop: 0, at: 60 });
  });

  test('lets the hop nearer the browser go first on a tie, and says there was one', () => {
    const { analysis } = work([hop('aws-alb'), hop('nginx'), hop('node')], 90);
    expect(analysis.first).toMatchObject({ hop: 0, at: 60, status: 504 });
    expect(analysis.tie).toBe(true);
  });

  test('ends a request killed by the app as the closed-connection status of the hop in front', () => {
    const { analysis } = work([hop('cloudflare'), hop('aws-alb'), hop('gunicorn')], 45);
    expect(analysis.first).toEqual({ hop: 2, at: 30, cause: 'killed', answeredBy: 1, status: 502, node: 'app-worker-timeout' });
    expect(analysis.orders).toEqual([{ front: 1, back: 2, verdict: 'kill-first' }]);
    const fpm = work([hop('apache'), hop('php-fpm', { work: 20 })], 45).analysis.first;
    expect(fpm).toMatchObject({ cause: 'killed', status: 503, node: 'fpm-request-terminated' });
  });

  test('uses the FastCGI timeouts in front of PHP-FPM', () => {
    const { analysis } = work([hop('nginx', { read: 5, 'fcgi-read': 90 }), hop('php-fpm')], 60);
    expect(analysis.first).toBeUndefined();
    expect(analysis.giveUps).toMatchObject([{ hop: 0, at: 90 }]);
  });

  test('lets a hop with no limit wait for ever', () => {
    const { analysis } = work([hop('traefik'), hop('go')], 1_000_000);
    expect(analysis.giveUps).toEqual([]);
    expect(analysis.first).toBeUndefined();
  });
});

describe('analyse: missing hops and chains it cannot reason about', () => {
  test('works with the app alone: no links, and a killed worker leaves the browser without an answer', () => {
    const { analysis } = work([hop('gunicorn')], 45);
    expect(analysis.links).toEqual([]);
    expect(analysis.first).toMatchObject({ cause: 'killed', at: 30, answeredBy: undefined, status: undefined });
  });

  test('works with only a balancer in front of the app', () => {
    const { analysis } = work([hop('google'), hop('node')], 45);
    expect(analysis.links.map((link) => link.keepAlive.verdict)).toEqual(['race']);
    expect(analysis.first).toMatchObject({ hop: 0, at: 30, status: 502, node: 'gclb-backend-timeout' });
  });

  test('refuses a proxy that speaks only HTTP in front of PHP-FPM', () => {
    const { analysis } = work([hop('cloudflare'), hop('envoy'), hop('php-fpm')], 45);
    expect(analysis.mismatches).toEqual([{ front: 1, back: 2 }]);
    expect(analysis.links).toEqual([]);
    expect(analysis.giveUps).toEqual([]);
  });
});

describe('analyse: absurd values', () => {
  test('a zero read timeout ends every request at once', () => {
    expect(work([hop('nginx', { read: 0 }), hop('node')], 0).analysis.first).toMatchObject({ at: 0, status: 504 });
  });

  test('a huge reuse window still races, and its fix stays a plain number', () => {
    const [link] = keepAlive([hop('nginx', { reuse: 1_000_000 }, 'upstream'), hop('node')]);
    expect(link.verdict === 'race' && link.raise?.to).toBe(1_000_005);
  });

  test('fractions of a second keep their precision', () => {
    const [link] = keepAlive([hop('nginx', { reuse: 0.3 }, 'upstream'), hop('node', { client: 0.25 })]);
    expect(link).toMatchObject({ verdict: 'race', reuse: 0.3, close: 0.25 });
    expect(link.verdict === 'race' && [link.raise?.to, link.lower?.to]).toEqual([5, 0]);
  });
});

import { describe, expect, test } from 'vitest';
import { resolveChain } from '../../../src/timeouts/chain';
import { workedExamples } from '../../../src/timeouts/examples';
import { analyse } from '../../../src/timeouts/rules';

/** An example's verdicts in short: each link's keep-alive verdict, and where its slow request ends. */
function worked(id: string) {
  const example = workedExamples.find((candidate) => candidate.id === id)!;
  const hops = resolveChain(example.chain);
  const analysis = analyse(hops, example.chain.seconds);
  const name = (i: number) => hops[i].product.id;
  return {
    links: analysis.links.map((link) => `${name(link.front)}→${name(link.back)} ${link.keepAlive.verdict}`),
    raceNodes: analysis.links.flatMap((link) => (link.keepAlive.verdict === 'race' ? [link.keepAlive.node] : [])),
    end: analysis.first && `${name(analysis.first.hop)} ${analysis.first.cause} at ${analysis.first.at} s: ${analysis.first.status}`,
  };
}

describe('the worked examples', () => {
  test('ALB → nginx → Node.js races between nginx and Node.js when nginx reuses upstream connections (1.29.7 and later)', () => {
    expect(worked('alb-nginx-node')).toEqual({
      links: ['aws-alb→nginx safe', 'nginx→node race'],
      raceNodes: ['app-keepalive-shorter'],
      end: undefined,
    });
  });

  test('ALB → nginx races between the ALB and nginx once nginx’s keepalive_timeout is below 60 s', () => {
    expect(worked('alb-nginx-short-keepalive').links).toEqual(['aws-alb→nginx race', 'nginx→node race']);
    expect(worked('alb-nginx-short-keepalive').raceNodes[0]).toBe('lb-keepalive-shorter');
  });

  test('Cloudflare → nginx with a 150 s request ends with nginx’s own 504 at 60 s, and with Cloudflare’s 524 at 120 s once nginx waits 300 s', () => {
    expect(worked('cloudflare-nginx-slow').end).toBe('nginx timeout at 60 s: 504');
    expect(worked('cloudflare-nginx-raised').end).toBe('cloudflare timeout at 120 s: 524');
  });

  test('Cloudflare → nginx → PHP-FPM races only between Cloudflare and nginx, and ends a 90 s request with nginx’s 504', () => {
    expect(worked('cloudflare-nginx-php')).toEqual({
      links: ['cloudflare→nginx race', 'nginx→php-fpm no-reuse'],
      raceNodes: ['cf-keepalive-mismatch'],
      end: 'nginx timeout at 60 s: 504',
    });
  });

  test('Cloudflare → ALB → gunicorn races at Cloudflare’s edge, and a 45 s request ends as the ALB’s 502 when gunicorn kills its worker', () => {
    expect(worked('cloudflare-alb-gunicorn')).toEqual({
      links: ['cloudflare→aws-alb race', 'aws-alb→gunicorn closes-each'],
      raceNodes: ['cf-keepalive-mismatch'],
      end: 'gunicorn killed at 30 s: 502',
    });
  });
});

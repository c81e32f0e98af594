import type { Chain } from './types';

/** A common chain, worked out on the page at build time so it reads without JavaScript. */
export interface WorkedExample {
  /** The anchor it gets on the page, and its name in the tests. */
  id: string;
  /** What differs from the defaults, in words; the hops are named by the drawing. */
  change: string;
  chain: Chain;
}

export const workedExamples: readonly WorkedExample[] = [
  {
    id: 'alb-nginx-node',
    change: 'every default, nginx 1.29.7 or later with an upstream {} block',
    chain: {
      hops: [
        { product: 'aws-alb', values: {} },
        { product: 'nginx', setup: 'upstream', values: {} },
        { product: 'node', values: {} },
      ],
      seconds: 30,
    },
  },
  {
    id: 'alb-nginx-short-keepalive',
    change: 'nginx’s keepalive_timeout lowered to 30 s, a common tuning tip',
    chain: {
      hops: [
        { product: 'aws-alb', values: {} },
        { product: 'nginx', setup: 'upstream', values: { client: 30 } },
        { product: 'node', values: {} },
      ],
      seconds: 30,
    },
  },
  {
    id: 'cloudflare-nginx-slow',
    change: 'a request that takes 150 s, every default',
    chain: {
      hops: [
        { product: 'cloudflare', values: {} },
        { product: 'nginx', setup: 'upstream', values: {} },
        { product: 'node', values: {} },
      ],
      seconds: 150,
    },
  },
  {
    id: 'cloudflare-nginx-raised',
    change: 'the same 150 s request with proxy_read_timeout raised to 300 s',
    chain: {
      hops: [
        { product: 'cloudflare', values: {} },
        { product: 'nginx', setup: 'upstream', values: { read: 300 } },
        { product: 'node', values: {} },
      ],
      seconds: 150,
    },
  },
  {
    id: 'cloudflare-nginx-php',
    change: 'a request that takes 90 s, every default',
    chain: {
      hops: [
        { product: 'cloudflare', values: {} },
        { product: 'nginx', setup: 'upstream', values: {} },
        { product: 'php-fpm', values: {} },
      ],
      seconds: 90,
    },
  },
  {
    id: 'cloudflare-alb-gunicorn',
    change: 'a request that takes 45 s, every default (sync workers)',
    chain: {
      hops: [
        { product: 'cloudflare', values: {} },
        { product: 'aws-alb', values: {} },
        { product: 'gunicorn', values: {} },
      ],
      seconds: 45,
    },
  },
];

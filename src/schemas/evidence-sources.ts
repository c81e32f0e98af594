/**
 * Where a pasted line comes from, and how the analyzer names that log beside
 * a match. Kept free of Zod so the analyzer island can read the labels
 * without shipping the schema library.
 */
export const evidenceSources = {
  nginx: 'nginx error log',
  'php-fpm': 'PHP-FPM log',
  apache: 'Apache error log',
  haproxy: 'HAProxy log',
  envoy: 'Envoy access log',
  traefik: 'Traefik log',
  caddy: 'Caddy log',
  iis: 'IIS log',
  cloudflared: 'cloudflared log',
  gunicorn: 'gunicorn log',
  uwsgi: 'uWSGI log',
  'app-log': 'application log',
  kubernetes: 'Kubernetes events',
  docker: 'Docker or Compose output',
  headers: 'response headers',
  browser: 'browser console',
  page: 'error page',
  'balancer-log': 'load balancer log',
  'platform-log': 'hosting platform log',
  journal: 'system journal',
} as const;

export type EvidenceSource = keyof typeof evidenceSources;

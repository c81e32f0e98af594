import { check, diagnosis, question } from '../nodes';

/** Reverse proxies people run themselves, besides nginx and Apache. */
export const otherProxyStates = {
  'other-proxy': question({
    HAPROXY: 'haproxy-log-check',
    ENVOY: 'envoy-flags',
    TRAEFIK: 'traefik-502',
    CADDY: 'caddy-502',
    INGRESS_NGINX: 'ingress-log',
  }),
  'haproxy-log-check': check({
    FLAGS_SH: 'haproxy-sh',
    FLAGS_PH: 'haproxy-ph',
    FLAGS_SC: 'status-503',
    FLAGS_LOWER_SH: 'status-504',
  }),
  'haproxy-sh': diagnosis(),
  'haproxy-ph': diagnosis(),
  'envoy-flags': diagnosis(),
  'traefik-502': diagnosis(),
  'caddy-502': diagnosis(),
};

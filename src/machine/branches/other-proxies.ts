import { appServer, browser, caddy, envoy, externalHost, haproxy, traefik } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Reverse proxies people run themselves, besides nginx and Apache. */
export const otherProxyStates = {
  'other-proxy': question({
    HAPROXY: 'haproxy-log-check',
    ENVOY: 'envoy-flags',
    TRAEFIK: 'traefik-502',
    CADDY: 'caddy-502',
    INGRESS_NGINX: 'ingress-log',
    IIS_ARR: 'iis-arr-substatus',
  }),
  'haproxy-log-check': check({
    FLAGS_SH: 'haproxy-sh',
    FLAGS_PH: 'haproxy-ph',
    FLAGS_SC: 'status-503',
    FLAGS_LOWER_SH: 'status-504',
  }),
  'haproxy-sh': diagnosis(route(browser, haproxy, failed(appServer))),
  'haproxy-ph': diagnosis(route(browser, haproxy, failed(appServer))),
  /** Envoy and what is built on it (Istio, Envoy Gateway, Contour): the access log's response flag. */
  'envoy-flags': check({
    UF: 'envoy-upstream-connect-failure',
    UH: 'envoy-no-healthy-upstream',
    UC: 'envoy-upstream-reset',
    UPE: 'envoy-protocol-error',
    DF: 'envoy-dns-failure',
    UT: 'status-504',
  }),
  'envoy-upstream-connect-failure': diagnosis(route(browser, envoy, BROKEN_LINK, appServer)),
  'envoy-no-healthy-upstream': diagnosis(route(browser, envoy, failed(appServer))),
  'envoy-upstream-reset': diagnosis(route(browser, envoy, BROKEN_LINK, appServer)),
  'envoy-protocol-error': diagnosis(route(browser, envoy, failed(appServer))),
  'envoy-dns-failure': diagnosis(route(browser, envoy, BROKEN_LINK, externalHost)),
  'traefik-502': diagnosis(route(browser, traefik, BROKEN_LINK, appServer)),
  'caddy-502': diagnosis(route(browser, caddy, BROKEN_LINK, appServer)),
};

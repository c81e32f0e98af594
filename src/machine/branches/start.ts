import { browser, theirBackend, theirProxy, website, yourProxy } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { failed, route } from '../request-path';

/** Where the 502 shows, what the error page looks like, and who answered. */
export const startStates = {
  start: question({
    MY_SITE: 'error-page',
    BIG_SERVICE: 'service-status-check',
    OTHER_SITE: 'site-not-mine',
    HAVE_EVIDENCE: 'evidence-kind',
  }),
  'evidence-kind': question({
    NGINX_FPM_LOG: 'nginx-fpm-log',
    NGINX_APP_LOG: 'nginx-app-log',
    CONTAINER_LOG: 'container-log-check',
    APACHE_LOG: 'apache-backend',
    FPM_LOG: 'fpm-worker-log',
    BALANCER_LOG: 'load-balancer-kind',
    PROXY_LOG: 'other-proxy',
    APP_SERVER_LOG: 'app-server-log',
    TUNNEL_LOG: 'tunnel-log-check',
    RESPONSE_HEADERS: 'server-header-check',
  }),
  'error-page': question({
    NGINX_FOOTER: 'nginx-backend',
    APACHE_FOOTER: 'apache-backend',
    CLOUDFLARE_PAGE: 'cloudflare-page-kind',
    LOAD_BALANCER_PAGE: 'load-balancer-kind',
    OTHER_PROXY_PAGE: 'other-proxy',
    PLATFORM_PAGE: 'platform-kind',
    CANNOT_TELL: 'server-header-check',
  }),
  'server-header-check': check({
    SERVER_NGINX: 'nginx-backend',
    SERVER_APACHE: 'apache-backend',
    SERVER_CLOUDFLARE: 'cloudflare-page-kind',
    LOAD_BALANCER_HEADERS: 'load-balancer-kind',
    OTHER_PROXY_HEADERS: 'other-proxy',
    PLATFORM_HEADERS: 'platform-kind',
    STATUS_503: 'status-503',
    STATUS_504: 'status-504',
    STATUS_500: 'status-500',
  }),
  /** The origin answered 502 with the CDN or balancer out of the way. */
  'origin-server': question({
    NGINX: 'nginx-backend',
    APACHE: 'apache-backend',
    OTHER_PROXY: 'other-proxy',
  }),
  'service-status-check': check({
    OUTAGE_LISTED: 'third-party-outage',
    ALL_CLEAR: 'other-network-check',
  }),
  'other-network-check': check({
    WORKS_ELSEWHERE: 'local-network-proxy',
    FAILS_EVERYWHERE: 'third-party-outage',
  }),
  'third-party-outage': diagnosis(route(browser, theirProxy, failed(theirBackend))),
  'local-network-proxy': diagnosis(route(browser, failed(yourProxy), website)),
  'site-not-mine': diagnosis(route(browser, theirProxy, failed(theirBackend))),
};

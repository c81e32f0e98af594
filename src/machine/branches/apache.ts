import { apache, appServer, browser, phpFpm, phpOrApp } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Apache httpd with mod_proxy (HTTP backends) or mod_proxy_fcgi (PHP-FPM). */
export const apacheStates = {
  'apache-backend': question({
    HTTP_BACKEND: 'apache-proxy-log',
    PHP_FPM: 'apache-fcgi-log',
  }),
  'apache-proxy-log': check({
    STATUS_LINE: 'apache-backend-bad-reply',
    BAD_HEADER: 'apache-backend-bad-header',
    TIMEOUT: 'apache-proxy-timeout',
    CONNECT_FAILED: 'apache-backend-unreachable',
    ALL_WORKERS_IN_ERROR: 'apache-balancer-no-worker',
    SSL_ERROR: 'upstream-tls-handshake',
  }),
  'apache-fcgi-log': check({
    CONNECT_FAILED: 'apache-backend-unreachable',
    PERMISSION_DENIED: 'apache-fcgi-socket-permission',
    BOGUS_VERSION: 'apache-fcgi-not-fastcgi',
    FASTCGI_HEADER: 'apache-fcgi-worker-died',
    SCRIPT_HEADERS: 'apache-fcgi-bad-headers',
    TIMEOUT: 'status-504',
  }),
  'apache-backend-bad-reply': diagnosis(route(browser, apache, failed(appServer))),
  'apache-proxy-timeout': diagnosis(route(browser, apache, failed(appServer))),
  'apache-backend-unreachable': diagnosis(route(browser, apache, BROKEN_LINK, phpOrApp)),
  'apache-fcgi-worker-died': diagnosis(route(browser, apache, failed(phpFpm))),
  'apache-fcgi-bad-headers': diagnosis(route(browser, apache, failed(phpFpm))),
  'apache-backend-bad-header': diagnosis(route(browser, apache, failed(appServer))),
  'apache-balancer-no-worker': diagnosis(route(browser, apache, BROKEN_LINK, appServer)),
  'apache-fcgi-socket-permission': diagnosis(route(browser, apache, BROKEN_LINK, phpFpm)),
  'apache-fcgi-not-fastcgi': diagnosis(route(browser, apache, BROKEN_LINK, phpFpm)),
};

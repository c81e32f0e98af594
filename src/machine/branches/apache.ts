import { check, diagnosis, question } from '../nodes';

/** Apache httpd with mod_proxy (HTTP backends) or mod_proxy_fcgi (PHP-FPM). */
export const apacheStates = {
  'apache-backend': question({
    HTTP_BACKEND: 'apache-proxy-log',
    PHP_FPM: 'apache-fcgi-log',
  }),
  'apache-proxy-log': check({
    STATUS_LINE: 'apache-backend-bad-reply',
    TIMEOUT: 'apache-proxy-timeout',
    CONNECT_FAILED: 'apache-backend-unreachable',
    SSL_ERROR: 'upstream-tls-handshake',
  }),
  'apache-fcgi-log': check({
    CONNECT_FAILED: 'apache-backend-unreachable',
    FASTCGI_HEADER: 'apache-fcgi-worker-died',
    SCRIPT_HEADERS: 'apache-fcgi-bad-headers',
    TIMEOUT: 'status-504',
  }),
  'apache-backend-bad-reply': diagnosis(),
  'apache-proxy-timeout': diagnosis(),
  'apache-backend-unreachable': diagnosis(),
  'apache-fcgi-worker-died': diagnosis(),
  'apache-fcgi-bad-headers': diagnosis(),
};

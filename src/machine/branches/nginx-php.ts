import { browser, nginx, phpFpm } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Nginx in front of PHP-FPM: is FPM up, and what does nginx's error log say. */
export const nginxPhpStates = {
  'nginx-backend': question({
    PHP_FPM_RUNNING: 'nginx-fpm-log',
    PHP_FPM_DOWN: 'fpm-start-check',
    APP_SERVER: 'nginx-app-log',
    KUBERNETES: 'ingress-log',
    DOCKER: 'container-log-check',
    GRPC: 'protocol-symptom',
  }),
  'fpm-start-check': check({
    STAYS_UP: 'fpm-was-stopped',
    STILL_502: 'nginx-fpm-log',
    CONFIG_ERROR: 'fpm-pool-config-error',
    EXTENSION_ERROR: 'fpm-extension-failed',
    ADDRESS_IN_USE: 'fpm-address-in-use',
    NOTHING_CLEAR: 'crash-in-journal',
  }),
  'nginx-fpm-log': check({
    NO_SUCH_FILE: 'fpm-socket-path-mismatch',
    CONNECTION_REFUSED: 'fpm-listen-mismatch',
    PERMISSION_DENIED: 'fpm-socket-permission',
    SELINUX_DENIED: 'selinux-blocks-socket',
    RESOURCE_UNAVAILABLE: 'fpm-pool-saturated',
    CONNECTION_BROKE: 'fpm-worker-log',
    UNSUPPORTED_FASTCGI: 'fastcgi-wrong-protocol',
    INVALID_HEADER: 'upstream-invalid-header',
    TOO_BIG_HEADER: 'upstream-header-too-big',
    NO_LIVE_UPSTREAMS: 'no-live-upstreams',
    TIMED_OUT: 'status-504',
    NOTHING_LOGGED: 'nginx-not-logging',
  }),
  'fpm-worker-log': check({
    SIGKILL: 'fpm-worker-sigkill',
    SIGSEGV: 'fpm-worker-segfault',
    EXECUTION_TIMED_OUT: 'fpm-request-terminated',
    MAX_CHILDREN: 'fpm-pool-saturated',
    NOTHING_LOGGED: 'crash-in-journal',
  }),
  'fpm-was-stopped': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-pool-config-error': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-extension-failed': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-address-in-use': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-socket-path-mismatch': diagnosis(route(browser, nginx, BROKEN_LINK, phpFpm)),
  'fpm-listen-mismatch': diagnosis(route(browser, nginx, BROKEN_LINK, phpFpm)),
  'fpm-socket-permission': diagnosis(route(browser, nginx, BROKEN_LINK, phpFpm)),
  'selinux-blocks-socket': diagnosis(route(browser, nginx, BROKEN_LINK, phpFpm)),
  'fpm-pool-saturated': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-worker-sigkill': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-worker-segfault': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fpm-request-terminated': diagnosis(route(browser, nginx, failed(phpFpm))),
  'fastcgi-wrong-protocol': diagnosis(route(browser, nginx, BROKEN_LINK, phpFpm)),
  'crash-in-journal': diagnosis(route(browser, nginx, failed(phpFpm))),
};

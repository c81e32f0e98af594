import { appServer, browser, nginx, nginxOrApache } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Nginx (or an ingress) in front of an app server: Node, Python under gunicorn or uWSGI, Go, Ruby. */
export const appServerStates = {
  'nginx-app-log': check({
    CONNECTION_REFUSED: 'app-listen-check',
    RESET_OR_CLOSED: 'app-crash-check',
    RESOURCE_UNAVAILABLE: 'app-backlog-full',
    PERMISSION_DENIED_SOCKET: 'app-socket-permission',
    PERMISSION_DENIED_PORT: 'selinux-blocks-tcp-port',
    SSL_ERROR: 'upstream-tls-handshake',
    INVALID_HEADER: 'upstream-invalid-header',
    TOO_BIG_HEADER: 'upstream-header-too-big',
    NO_LIVE_UPSTREAMS: 'no-live-upstreams',
    TIMED_OUT: 'status-504',
    NOTHING_LOGGED: 'nginx-not-logging',
    ONLY_SOME_REQUESTS: 'protocol-symptom',
  }),
  'app-listen-check': check({
    NOTHING_LISTENING: 'app-not-running',
    OTHER_PORT: 'app-wrong-port',
    OTHER_ADDRESS: 'app-wrong-interface',
    OTHER_IP_FAMILY: 'app-ip-family-mismatch',
  }),
  'app-crash-check': check({
    CRASH_LOGGED: 'app-crashed-mid-response',
    WORKER_TIMEOUT: 'app-worker-timeout',
    WORKER_KILLED: 'app-worker-killed',
    REQUEST_TOO_BIG: 'uwsgi-buffer-size',
    NO_CRASH_IDLE: 'app-keepalive-shorter',
  }),
  /** What gunicorn's or uWSGI's own log says, for someone who starts from it. */
  'app-server-log': check({
    WORKER_TIMEOUT: 'app-worker-timeout',
    WORKER_KILLED: 'app-worker-killed',
    LISTEN_QUEUE_FULL: 'app-backlog-full',
    BUFFER_SIZE: 'uwsgi-buffer-size',
  }),
  'app-not-running': diagnosis(route(browser, nginx, failed(appServer))),
  'app-wrong-port': diagnosis(route(browser, nginx, BROKEN_LINK, appServer)),
  'app-wrong-interface': diagnosis(route(browser, nginx, BROKEN_LINK, appServer)),
  'app-ip-family-mismatch': diagnosis(route(browser, nginx, BROKEN_LINK, appServer)),
  'app-crashed-mid-response': diagnosis(route(browser, nginx, failed(appServer))),
  'app-worker-timeout': diagnosis(route(browser, nginx, failed(appServer))),
  'app-worker-killed': diagnosis(route(browser, nginx, failed(appServer))),
  'uwsgi-buffer-size': diagnosis(route(browser, nginx, failed(appServer))),
  'app-socket-permission': diagnosis(route(browser, nginx, BROKEN_LINK, appServer)),
  'selinux-blocks-tcp-port': diagnosis(route(browser, failed(nginx), appServer)),
  'app-keepalive-shorter': diagnosis(route(browser, nginx, BROKEN_LINK, appServer)),
  'app-backlog-full': diagnosis(route(browser, nginx, failed(appServer))),
  'upstream-tls-handshake': diagnosis(route(browser, nginxOrApache, BROKEN_LINK, appServer)),
};

import { appContainer, browser, dockerNginx } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** nginx and the app in containers (Docker, Compose): names, networks and addresses between them. */
export const containerStates = {
  'container-log-check': check({
    REFUSED_LOOPBACK: 'container-localhost-upstream',
    REFUSED_CONTAINER: 'container-listen-check',
    NOT_RESOLVED: 'container-not-same-network',
    NO_ROUTE: 'container-stale-ip',
    OTHER_LINE: 'nginx-app-log',
  }),
  'container-listen-check': check({
    LOOPBACK_ONLY: 'container-app-loopback',
    NOT_YET_LISTENING: 'container-startup-order',
    EXITED: 'container-app-exited',
    OTHER_PORT: 'app-wrong-port',
  }),
  'container-localhost-upstream': diagnosis(route(browser, dockerNginx, BROKEN_LINK, appContainer)),
  'container-app-loopback': diagnosis(route(browser, dockerNginx, BROKEN_LINK, appContainer)),
  'container-not-same-network': diagnosis(route(browser, dockerNginx, BROKEN_LINK, appContainer)),
  'container-stale-ip': diagnosis(route(browser, failed(dockerNginx), appContainer)),
  'container-startup-order': diagnosis(route(browser, dockerNginx, failed(appContainer))),
  'container-app-exited': diagnosis(route(browser, dockerNginx, failed(appContainer))),
};

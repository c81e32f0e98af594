import { browser, nginx, phpOrApp } from '../hops';
import { diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Nginx log lines that mean the same thing whatever runs behind it. */
export const nginxSharedStates = {
  'upstream-invalid-header': diagnosis(route(browser, nginx, failed(phpOrApp))),
  'upstream-header-too-big': diagnosis(route(browser, failed(nginx), phpOrApp)),
  'no-live-upstreams': diagnosis(route(browser, nginx, failed(phpOrApp))),
  'nginx-not-logging': diagnosis(route(browser, failed(nginx), phpOrApp)),
  'nginx-limit-rejected': diagnosis(route(browser, failed(nginx), phpOrApp)),
  'upstream-host-unresolved': diagnosis(route(browser, nginx, BROKEN_LINK, phpOrApp)),
};

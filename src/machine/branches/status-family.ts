import { anyProxy, browser, nginxOrApache, phpOrApp } from '../hops';
import { diagnosis } from '../nodes';
import { answered, route } from '../request-path';

/** Where the walk shows the status was not a 502 after all. */
export const statusFamilyStates = {
  'status-500': diagnosis(route(browser, nginxOrApache, answered(phpOrApp))),
  'status-503': diagnosis(route(browser, answered(anyProxy), phpOrApp)),
  'status-504': diagnosis(route(browser, answered(anyProxy), phpOrApp)),
};

import { browser, farmServers, iisArr } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** IIS with Application Request Routing: the substatus after 502 says which step failed. */
export const iisStates = {
  'iis-arr-substatus': check({
    SUBSTATUS_3: 'iis-arr-timeout',
    SUBSTATUS_4: 'iis-arr-no-server',
  }),
  'iis-arr-timeout': diagnosis(route(browser, iisArr, BROKEN_LINK, farmServers)),
  'iis-arr-no-server': diagnosis(route(browser, iisArr, failed(farmServers))),
};

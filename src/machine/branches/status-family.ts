import { diagnosis } from '../nodes';

/** Where the walk shows the status was not a 502 after all. */
export const statusFamilyStates = {
  'status-500': diagnosis(),
  'status-503': diagnosis(),
  'status-504': diagnosis(),
};

import { diagnosis } from '../nodes';

/** Nginx log lines that mean the same thing whatever runs behind it. */
export const nginxSharedStates = {
  'upstream-invalid-header': diagnosis(),
  'upstream-header-too-big': diagnosis(),
  'no-live-upstreams': diagnosis(),
  'nginx-not-logging': diagnosis(),
};

import { browser, cloudflare, middleHop, originServer } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Cloudflare in front of the origin: its own 52x codes, and the bypass test. */
export const cloudflareStates = {
  'cloudflare-page-kind': question({
    BRANDED_502: 'cloudflare-bypass-check',
    PLAIN_502: 'cloudflare-plain-pattern',
    CODE_52X: 'cloudflare-code',
    TUNNEL: 'tunnel-log-check',
  }),
  /** Cloudflare's own 502: a passing network fault, or an origin reply it could not use. */
  'cloudflare-plain-pattern': question({
    SCATTERED: 'cf-network-502',
    SAME_URLS: 'cf-origin-encoding',
  }),
  'cloudflare-code': question({
    CODE_520: 'cf-520',
    CODE_521: 'cf-521',
    CODE_522: 'cf-522',
    CODE_523: 'cf-523',
    CODE_524: 'cf-524',
    CODE_525: 'cf-525',
    CODE_526: 'cf-526',
  }),
  'cloudflare-bypass-check': check({
    ORIGIN_OK: 'cloudflare-origin-fine',
    ORIGIN_502: { target: 'origin-server', actions: 'noteCloudflare' },
    NO_ANSWER: 'cf-origin-local-check',
    ORIGIN_500: 'status-500',
    ORIGIN_503: 'status-503',
    ORIGIN_504: 'status-504',
  }),
  'cloudflare-origin-fine': question({
    ALWAYS: 'cf-firewall-blocks',
    NOW_AND_THEN: 'cf-keepalive-mismatch',
    SOME_URLS: 'cf-origin-encoding',
  }),
  /** The branded 502 is some server's own 502: the origin's, or that of something in front of it. */
  'cf-origin-local-check': check({
    SAME_502_NGINX: { target: 'nginx-backend', actions: 'noteCloudflare' },
    SAME_502_APACHE: { target: 'apache-backend', actions: 'noteCloudflare' },
    SAME_502_OTHER: { target: 'other-proxy', actions: 'noteCloudflare' },
    WORKS_LOCALLY: 'cf-between-hops',
  }),
  'cf-network-502': diagnosis(route(browser, failed(cloudflare), originServer)),
  'cf-520': diagnosis(route(browser, cloudflare, failed(originServer))),
  'cf-521': diagnosis(route(browser, cloudflare, failed(originServer))),
  'cf-522': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-523': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-524': diagnosis(route(browser, cloudflare, failed(originServer))),
  'cf-525': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-526': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-firewall-blocks': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-keepalive-mismatch': diagnosis(route(browser, cloudflare, BROKEN_LINK, originServer)),
  'cf-origin-encoding': diagnosis(route(browser, cloudflare, failed(originServer))),
  'cf-between-hops': diagnosis(route(browser, cloudflare, failed(middleHop), originServer)),
};

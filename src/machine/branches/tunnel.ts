import { browser, cloudflare, cloudflared, localService } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Cloudflare Tunnel: cloudflared carries Cloudflare's requests to a service on the origin host. */
export const tunnelStates = {
  'tunnel-log-check': check({
    ORIGIN_UNREACHABLE: 'tunnel-origin-unreachable',
    TLS_VERIFY: 'tunnel-origin-tls',
    PROTOCOL_MISMATCH: 'tunnel-origin-protocol',
    CONNECTOR_DOWN: 'tunnel-connector-down',
  }),
  'tunnel-origin-unreachable': diagnosis(route(browser, cloudflare, cloudflared, BROKEN_LINK, localService)),
  'tunnel-origin-tls': diagnosis(route(browser, cloudflare, cloudflared, BROKEN_LINK, localService)),
  'tunnel-origin-protocol': diagnosis(route(browser, cloudflare, cloudflared, BROKEN_LINK, localService)),
  'tunnel-connector-down': diagnosis(route(browser, cloudflare, failed(cloudflared), localService)),
};

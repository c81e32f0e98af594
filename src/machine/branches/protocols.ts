import { appServer, browser, grpcServer, nginx } from '../hops';
import { check, diagnosis } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Requests that are not plain HTTP/1.1 exchanges: WebSocket upgrades and gRPC over HTTP/2. */
export const protocolStates = {
  'protocol-symptom': check({
    WEBSOCKET_NEVER_OPENS: 'websocket-upgrade-missing',
    WEBSOCKET_DROPS_WHEN_IDLE: 'websocket-idle-timeout',
    GRPC_NO_VALID_HEADER: 'grpc-proxy-pass',
    GRPC_TLS_MISMATCH: 'grpc-tls-mismatch',
    GRPC_HTTP1_UPSTREAM: 'grpc-upstream-http1',
  }),
  'websocket-upgrade-missing': diagnosis(route(browser, failed(nginx), appServer)),
  'websocket-idle-timeout': diagnosis(route(browser, failed(nginx), appServer)),
  'grpc-proxy-pass': diagnosis(route(browser, failed(nginx), grpcServer)),
  'grpc-tls-mismatch': diagnosis(route(browser, nginx, BROKEN_LINK, grpcServer)),
  'grpc-upstream-http1': diagnosis(route(browser, nginx, BROKEN_LINK, grpcServer)),
};

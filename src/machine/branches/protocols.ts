import { appServer, browser, grpcServer, nginx } from '../hops';
import { check, diagnosis, question } from '../nodes';
import { BROKEN_LINK, failed, route } from '../request-path';

/** Requests that are not plain HTTP/1.1 exchanges: WebSocket upgrades and gRPC over HTTP/2. */
export const protocolStates = {
  'protocol-symptom': question({
    WEBSOCKET_NEVER_OPENS: 'websocket-upgrade-missing',
    WEBSOCKET_DROPS_WHEN_IDLE: 'websocket-idle-timeout',
    GRPC_FAILS: 'grpc-log-check',
  }),
  'grpc-log-check': check({
    HTTP1_TO_GRPC: 'grpc-proxy-pass',
    TLS_MISMATCH: 'grpc-tls-mismatch',
    HTTP1_UPSTREAM: 'grpc-upstream-http1',
  }),
  'websocket-upgrade-missing': diagnosis(route(browser, failed(nginx), appServer)),
  'websocket-idle-timeout': diagnosis(route(browser, failed(nginx), appServer)),
  'grpc-proxy-pass': diagnosis(route(browser, failed(nginx), grpcServer)),
  'grpc-tls-mismatch': diagnosis(route(browser, nginx, BROKEN_LINK, grpcServer)),
  'grpc-upstream-http1': diagnosis(route(browser, nginx, BROKEN_LINK, grpcServer)),
};

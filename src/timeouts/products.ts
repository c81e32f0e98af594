import type { Doc, Product } from './types';

/**
 * The one table of products and their timeout defaults, with the document
 * each value comes from. The page's table, the form, the worked examples and
 * the tests all read it. Checked in 2026-12 against the vendors' own
 * documentation or source code.
 */

const doc = (title: string, url: string): Doc => ({ title, url });

const cloudflareLimits = doc('Cloudflare: Connection limits', 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/');
const cloudflare524 = doc(
  'Cloudflare: Error 524',
  'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
);
const cloudfrontOrigins = doc(
  'Amazon CloudFront Developer Guide: origin settings',
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html',
);
const albAttributes = doc(
  'Elastic Load Balancing: Application Load Balancer attributes',
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout',
);
const googleDistribution = doc(
  'Google Cloud: Request distribution for external Application Load Balancers',
  'https://cloud.google.com/load-balancing/docs/https/request-distribution',
);
const googleBackendService = doc(
  'Google Cloud: Backend service settings, timeout',
  'https://cloud.google.com/load-balancing/docs/backend-service#timeout-setting',
);
const azureFaq = doc(
  'Azure Application Gateway: FAQ, Keep-Alive timeout and TCP idle timeout',
  'https://learn.microsoft.com/azure/application-gateway/application-gateway-faq',
);
const azure502 = doc(
  'Azure Application Gateway: Troubleshooting bad gateway errors, request time-out',
  'https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502#request-time-out',
);
const nginxCore = doc('nginx: ngx_http_core_module, keepalive_timeout', 'https://nginx.org/en/docs/http/ngx_http_core_module.html#keepalive_timeout');
const nginxUpstream = doc(
  'nginx 1.29.7 changes and src/http/modules/ngx_http_upstream_keepalive_module.c',
  'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#keepalive_timeout',
);
const nginxProxy = doc('nginx: ngx_http_proxy_module, proxy_read_timeout', 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout');
const nginxFastcgi = doc('nginx: ngx_http_fastcgi_module', 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_keep_conn');
const apacheCore = doc('Apache httpd 2.4: core, KeepAliveTimeout and Timeout', 'https://httpd.apache.org/docs/2.4/mod/core.html#keepalivetimeout');
const apacheProxy = doc('Apache httpd 2.4: mod_proxy, ProxyPass parameters and ProxyTimeout', 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxypass');
const apacheFcgi = doc('Apache httpd 2.4: mod_proxy_fcgi', 'https://httpd.apache.org/docs/2.4/mod/mod_proxy_fcgi.html');
const debianApache = doc('Debian package apache2 2.4.71: /etc/apache2/apache2.conf', 'https://packages.debian.org/bookworm/apache2');
const haproxyManual = doc('HAProxy configuration manual (3.5-dev)', 'https://docs.haproxy.org/dev/configuration.html#4.2-timeout%20server');
const debianHaproxy = doc('Debian package haproxy 2.6.12: /etc/haproxy/haproxy.cfg', 'https://packages.debian.org/bookworm/haproxy');
const envoyProtocol = doc(
  'Envoy API: HttpProtocolOptions.idle_timeout',
  'https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/core/v3/protocol.proto#envoy-v3-api-field-config-core-v3-httpprotocoloptions-idle-timeout',
);
const envoyRoute = doc(
  'Envoy API: RouteAction.timeout',
  'https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/route/v3/route_components.proto#envoy-v3-api-field-config-route-v3-routeaction-timeout',
);
const traefikSource = doc('Traefik v3.7 source: pkg/config/static/static_config.go', 'https://github.com/traefik/traefik/blob/v3.7/pkg/config/static/static_config.go');
const caddySource = doc(
  'Caddy 2.11 source: modules/caddyhttp/reverseproxy (httptransport.go, fastcgi/) and app.go',
  'https://github.com/caddyserver/caddy/tree/master/modules/caddyhttp/reverseproxy',
);
const nodeHttp = doc('Node.js: http, server.keepAliveTimeout', 'https://nodejs.org/api/http.html#serverkeepalivetimeout');
const nodeNext = doc('Node.js pull request 62782: keepAliveTimeout default to 65 seconds', 'https://github.com/nodejs/node/pull/62782');
const gunicornSettings = doc('gunicorn 26.1: settings, keepalive and timeout', 'https://docs.gunicorn.org/en/stable/settings.html#keepalive');
const uvicornSettings = doc('uvicorn 0.35: settings, --timeout-keep-alive', 'https://www.uvicorn.org/settings/#timeouts');
const phpFpmConfig = doc('PHP manual: FPM configuration, request_terminate_timeout', 'https://www.php.net/manual/en/install.fpm.configuration.php');
const pumaHistory = doc('Puma History.md: 7.0.0 raised persistent_timeout to 65 s', 'https://github.com/puma/puma/blob/main/History.md');
const goHttp = doc('Go: net/http, Server.IdleTimeout', 'https://pkg.go.dev/net/http#Server');
const tomcatHttp = doc('Apache Tomcat 12: the HTTP connector, keepAliveTimeout', 'https://tomcat.apache.org/tomcat-12.0-doc/config/http.html');

const current = 'as documented in 2026';

export const products: readonly Product[] = [
  {
    id: 'cloudflare',
    label: 'Cloudflare',
    role: 'cdn',
    settings: [
      {
        id: 'idle',
        name: 'Proxy Idle Timeout (to the origin)',
        kinds: ['upstreamIdle'],
        fixed: true,
        defaults: [{ seconds: 900, versions: current, doc: cloudflareLimits }],
      },
      {
        id: 'read',
        name: 'Proxy Read Timeout',
        kinds: ['readTimeout'],
        defaults: [
          {
            seconds: 120,
            versions: current,
            doc: cloudflare524,
            note: 'Older Cloudflare pages give 100 s. Only Enterprise zones can change it, up to 6,000 s. It counts the wait between two reads from the origin.',
          },
        ],
      },
    ],
    answers: { http: { closed: 520, raceNode: 'cf-keepalive-mismatch', timeout: 524, timeoutNode: 'cf-524' } },
  },
  {
    id: 'cloudfront',
    label: 'CloudFront',
    role: 'cdn',
    settings: [
      {
        id: 'idle',
        name: 'Keep-alive timeout (OriginKeepaliveTimeout)',
        kinds: ['upstreamIdle'],
        defaults: [{ seconds: 5, versions: current, doc: cloudfrontOrigins, note: '1 to 60 s; up to 180 s with a quota increase.' }],
      },
      {
        id: 'read',
        name: 'Response timeout (OriginReadTimeout)',
        kinds: ['readTimeout'],
        defaults: [{ seconds: 30, versions: current, doc: cloudfrontOrigins, note: '1 to 60 s; up to 180 s with a quota increase.' }],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'lb-keepalive-shorter', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'aws-alb',
    label: 'AWS ALB',
    role: 'balancer',
    settings: [
      {
        id: 'idle',
        name: 'idle_timeout.timeout_seconds',
        kinds: ['clientIdle', 'upstreamIdle', 'readTimeout'],
        defaults: [
          {
            seconds: 60,
            versions: current,
            doc: albAttributes,
            note: 'One idle timeout for both sides: idle connections from clients, idle connections to targets, and a target that sends nothing while it works (then the ALB answers 504). 1 to 4,000 s.',
          },
        ],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'lb-keepalive-shorter', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'google',
    label: 'Google Cloud',
    role: 'balancer',
    settings: [
      {
        id: 'client',
        name: 'httpKeepAliveTimeoutSec (target proxy)',
        kinds: ['clientIdle'],
        defaults: [
          {
            seconds: 610,
            versions: current,
            doc: googleDistribution,
            note: 'Global external Application Load Balancer; 5 to 1,200 s. The classic balancer does not let you change it.',
          },
        ],
      },
      {
        id: 'idle',
        name: 'backend keep-alive timeout',
        kinds: ['upstreamIdle'],
        fixed: true,
        defaults: [{ seconds: 600, versions: current, doc: googleDistribution }],
      },
      {
        id: 'read',
        name: 'timeoutSec (backend service timeout)',
        kinds: ['readTimeout'],
        defaults: [
          {
            seconds: 30,
            versions: current,
            doc: googleBackendService,
            note: 'The request log calls it backend_timeout; the balancer answers 502 for it, not 504 (Google states no status for it in its own pages, reports agree on 502).',
          },
        ],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'lb-keepalive-shorter', timeout: 502, timeoutNode: 'gclb-backend-timeout' } },
  },
  {
    id: 'azure',
    label: 'Azure App Gateway',
    role: 'balancer',
    settings: [
      {
        id: 'client',
        name: 'Keep-Alive timeout',
        kinds: ['clientIdle'],
        fixed: true,
        defaults: [{ seconds: 75, versions: 'v2 (v1 kept 120 s and retired on 28 April 2026)', doc: azureFaq }],
      },
      {
        id: 'idle',
        name: 'backend connection reuse',
        kinds: ['upstreamIdle'],
        fixed: true,
        defaults: [
          {
            seconds: undefined,
            versions: 'v2',
            doc: azureFaq,
            note: 'Microsoft says the gateway reuses backend connections but does not say for how long they may sit idle.',
          },
        ],
      },
      {
        id: 'read',
        name: 'Request time-out (backend settings)',
        kinds: ['readTimeout'],
        defaults: [
          {
            seconds: 20,
            versions: 'v2',
            doc: azure502,
            note: 'v2 then tries a second backend before it answers 504, so the error can take up to twice as long. v1 answered 502.',
          },
        ],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'lb-keepalive-shorter', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'nginx',
    label: 'nginx',
    role: 'proxy',
    setups: [
      { id: 'upstream', label: '1.29.7+, proxy_pass to an upstream {} block' },
      { id: 'url', label: '1.29.7+, proxy_pass to a plain URL' },
      { id: 'old', label: 'before 1.29.7, no keepalive line' },
    ],
    settings: [
      {
        id: 'client',
        name: 'keepalive_timeout',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 75, versions: 'every version', doc: nginxCore }],
      },
      {
        id: 'reuse',
        name: 'keepalive_timeout (in upstream {})',
        kinds: ['upstreamIdle'],
        defaults: [
          {
            seconds: 60,
            versions: '1.29.7 and later',
            setups: ['upstream'],
            doc: nginxUpstream,
            note: 'Since 1.29.7 an upstream {} block keeps up to 32 idle connections per worker without a keepalive line, and proxy_http_version defaults to 1.1.',
          },
          {
            seconds: 0,
            versions: '1.29.7 and later',
            setups: ['url'],
            doc: nginxUpstream,
            note: 'An upstream made implicitly by proxy_pass http://host:port is skipped by the keep-alive module: one connection per request.',
          },
          {
            seconds: 0,
            versions: 'before 1.29.7',
            setups: ['old'],
            doc: nginxUpstream,
            note: 'No reuse unless the upstream {} block has keepalive N; then idle connections last 60 s (keepalive_timeout there exists since 1.15.3).',
          },
        ],
      },
      {
        id: 'read',
        name: 'proxy_read_timeout',
        kinds: ['readTimeout'],
        defaults: [{ seconds: 60, versions: 'every version', doc: nginxProxy, note: 'It counts the wait between two reads, not the whole response.' }],
      },
      {
        id: 'fcgi-reuse',
        name: 'fastcgi_keep_conn',
        kinds: ['upstreamIdle'],
        protocol: 'fastcgi',
        defaults: [{ seconds: 0, versions: 'every version', doc: nginxFastcgi, note: 'Off by default: a new FastCGI connection per request, even in 1.29.7 and later.' }],
      },
      {
        id: 'fcgi-read',
        name: 'fastcgi_read_timeout',
        kinds: ['readTimeout'],
        protocol: 'fastcgi',
        defaults: [{ seconds: 60, versions: 'every version', doc: nginxFastcgi }],
      },
    ],
    answers: {
      http: { closed: 502, raceNode: 'app-keepalive-shorter', timeout: 504, timeoutNode: 'status-504' },
      fastcgi: { closed: 502, timeout: 504, timeoutNode: 'status-504' },
    },
  },
  {
    id: 'apache',
    label: 'Apache',
    role: 'proxy',
    setups: [
      { id: 'debian', label: 'Debian or Ubuntu package' },
      { id: 'source', label: 'built-in defaults' },
    ],
    settings: [
      {
        id: 'client',
        name: 'KeepAliveTimeout',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 5, versions: '2.4', doc: apacheCore }],
      },
      {
        id: 'reuse',
        name: 'ttl= on ProxyPass',
        kinds: ['upstreamIdle'],
        defaults: [
          {
            seconds: null,
            versions: '2.4',
            doc: apacheProxy,
            note: 'mod_proxy keeps backend connections in a pool and, without ttl=, puts no idle limit on them.',
          },
        ],
      },
      {
        id: 'read',
        name: 'ProxyTimeout (else Timeout)',
        kinds: ['readTimeout'],
        defaults: [
          { seconds: 300, versions: '2.4.71 (Debian 12)', setups: ['debian'], doc: debianApache },
          { seconds: 60, versions: '2.4', setups: ['source'], doc: apacheCore },
        ],
      },
      {
        id: 'fcgi-reuse',
        name: 'enablereuse= on ProxyPass (mod_proxy_fcgi)',
        kinds: ['upstreamIdle'],
        protocol: 'fastcgi',
        defaults: [{ seconds: 0, versions: 'current 2.4', doc: apacheFcgi, note: 'Off by default for FastCGI; early 2.4 releases reused connections.' }],
      },
      {
        id: 'fcgi-read',
        name: 'ProxyTimeout (else Timeout)',
        kinds: ['readTimeout'],
        protocol: 'fastcgi',
        defaults: [
          { seconds: 300, versions: '2.4.71 (Debian 12)', setups: ['debian'], doc: debianApache },
          { seconds: 60, versions: '2.4', setups: ['source'], doc: apacheCore },
        ],
      },
    ],
    answers: {
      http: { closed: 502, raceNode: 'apache-backend-bad-reply', timeout: 502, timeoutNode: 'apache-proxy-timeout' },
      fastcgi: { closed: 503, timeout: 504, timeoutNode: 'status-504' },
    },
  },
  {
    id: 'haproxy',
    label: 'HAProxy',
    role: 'proxy',
    setups: [
      { id: 'debian', label: 'Debian or Ubuntu package' },
      { id: 'bare', label: 'no timeout lines' },
    ],
    settings: [
      {
        id: 'client',
        name: 'timeout http-keep-alive (else http-request, else client)',
        kinds: ['clientIdle'],
        defaults: [
          { seconds: 50, versions: '2.6.12 (Debian 12)', setups: ['debian'], doc: debianHaproxy, note: 'The packaged haproxy.cfg sets timeout client 50000.' },
          { seconds: null, versions: 'every version', setups: ['bare'], doc: haproxyManual, note: 'Unset timeouts mean no limit, and HAProxy warns at start.' },
        ],
      },
      {
        id: 'reuse',
        name: 'pool-purge-delay (idle server connections)',
        kinds: ['upstreamIdle'],
        defaults: [
          {
            seconds: null,
            versions: 'every version with http-reuse',
            doc: haproxyManual,
            note: 'The delay is 5 s, but each round closes only half of the idle connections, so some stay idle far longer: in effect no limit.',
          },
        ],
      },
      {
        id: 'read',
        name: 'timeout server',
        kinds: ['readTimeout'],
        defaults: [
          { seconds: 50, versions: '2.6.12 (Debian 12)', setups: ['debian'], doc: debianHaproxy },
          { seconds: null, versions: 'every version', setups: ['bare'], doc: haproxyManual, note: 'No default: unset means no limit, with a warning at start.' },
        ],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'haproxy-sh', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'envoy',
    label: 'Envoy',
    role: 'proxy',
    settings: [
      {
        id: 'client',
        name: 'common_http_protocol_options.idle_timeout (listener)',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 3600, versions: 'v3 API', doc: envoyProtocol }],
      },
      {
        id: 'reuse',
        name: 'common_http_protocol_options.idle_timeout (cluster)',
        kinds: ['upstreamIdle'],
        defaults: [{ seconds: 3600, versions: 'v3 API', doc: envoyProtocol }],
      },
      {
        id: 'read',
        name: 'route timeout',
        kinds: ['readTimeout'],
        defaults: [{ seconds: 15, versions: 'v3 API', doc: envoyRoute, note: 'Counts from the end of the request to the end of the response.' }],
      },
    ],
    answers: { http: { closed: 503, raceNode: 'envoy-upstream-reset', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'traefik',
    label: 'Traefik',
    role: 'proxy',
    settings: [
      {
        id: 'client',
        name: 'respondingTimeouts.idleTimeout (entry point)',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 180, versions: '3.7', doc: traefikSource }],
      },
      {
        id: 'reuse',
        name: 'forwardingTimeouts.idleConnTimeout (serversTransport)',
        kinds: ['upstreamIdle'],
        defaults: [{ seconds: 90, versions: '3.7', doc: traefikSource }],
      },
      {
        id: 'read',
        name: 'forwardingTimeouts.responseHeaderTimeout',
        kinds: ['readTimeout'],
        defaults: [{ seconds: null, versions: '3.7', doc: traefikSource, note: '0, which means no limit.' }],
      },
    ],
    answers: { http: { closed: 502, raceNode: 'traefik-502', timeout: 504, timeoutNode: 'status-504' } },
  },
  {
    id: 'caddy',
    label: 'Caddy',
    role: 'proxy',
    settings: [
      {
        id: 'client',
        name: 'servers idle_timeout',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 300, versions: '2.11', doc: caddySource }],
      },
      {
        id: 'reuse',
        name: 'reverse_proxy transport http keepalive',
        kinds: ['upstreamIdle'],
        defaults: [{ seconds: 120, versions: '2.11', doc: caddySource }],
      },
      {
        id: 'read',
        name: 'reverse_proxy transport http response_header_timeout',
        kinds: ['readTimeout'],
        defaults: [{ seconds: null, versions: '2.11', doc: caddySource, note: 'Unset, which means no limit.' }],
      },
      {
        id: 'fcgi-reuse',
        name: 'php_fastcgi (fastcgi transport)',
        kinds: ['upstreamIdle'],
        protocol: 'fastcgi',
        defaults: [{ seconds: 0, versions: '2.11', doc: caddySource, note: 'The FastCGI transport dials a new connection for every request.' }],
      },
      {
        id: 'fcgi-read',
        name: 'fastcgi transport read_timeout',
        kinds: ['readTimeout'],
        protocol: 'fastcgi',
        defaults: [{ seconds: null, versions: '2.11', doc: caddySource, note: 'Unset, which means no limit.' }],
      },
    ],
    answers: {
      http: { closed: 502, raceNode: 'caddy-502', timeout: 504, timeoutNode: 'status-504' },
      fastcgi: { closed: 502, timeout: 504, timeoutNode: 'status-504' },
    },
  },
  {
    id: 'node',
    label: 'Node.js',
    role: 'app',
    setups: [
      { id: 'released', label: 'released, 8 to 26' },
      { id: 'next', label: 'main branch, for 27' },
    ],
    settings: [
      {
        id: 'client',
        name: 'server.keepAliveTimeout',
        kinds: ['clientIdle'],
        defaults: [
          {
            seconds: 5,
            versions: '8.0 to 26',
            setups: ['released'],
            doc: nodeHttp,
            note: 'Since 22.19.0 and 24.6.0 the socket closes 1 s later (server.keepAliveTimeoutBuffer).',
          },
          { seconds: 65, versions: 'main branch (unreleased, for 27)', setups: ['next'], doc: nodeNext },
        ],
      },
    ],
  },
  {
    id: 'gunicorn',
    label: 'gunicorn',
    role: 'app',
    setups: [
      { id: 'sync', label: 'sync worker (the default)' },
      { id: 'threads', label: 'gthread, gevent or eventlet' },
    ],
    settings: [
      {
        id: 'client',
        name: '--keep-alive',
        kinds: ['clientIdle'],
        defaults: [
          { seconds: 0, versions: '26.1', setups: ['sync'], doc: gunicornSettings, note: 'The sync worker ignores --keep-alive and closes the connection after every response.' },
          { seconds: 2, versions: '26.1', setups: ['threads'], doc: gunicornSettings },
        ],
      },
      {
        id: 'work',
        name: '--timeout',
        kinds: ['workLimit'],
        defaults: [
          { seconds: 30, versions: '26.1', setups: ['sync'], doc: gunicornSettings, note: 'The master kills a worker that stays silent this long, and with it the request it holds.' },
          { seconds: null, versions: '26.1', setups: ['threads'], doc: gunicornSettings, note: 'For these workers --timeout watches the worker process, not the length of one request.' },
        ],
      },
    ],
    killNode: 'app-worker-timeout',
  },
  {
    id: 'uvicorn',
    label: 'uvicorn',
    role: 'app',
    settings: [
      {
        id: 'client',
        name: '--timeout-keep-alive',
        kinds: ['clientIdle'],
        defaults: [{ seconds: 5, versions: '0.35', doc: uvicornSettings }],
      },
    ],
  },
  {
    id: 'php-fpm',
    label: 'PHP-FPM',
    role: 'app',
    speaks: 'fastcgi',
    settings: [
      {
        id: 'work',
        name: 'request_terminate_timeout',
        kinds: ['workLimit'],
        defaults: [
          {
            seconds: null,
            versions: 'PHP 8',
            doc: phpFpmConfig,
            note: '0 (off) unless you set it. PHP’s own max_execution_time is another matter: on Linux it does not count time spent waiting on I/O.',
          },
        ],
      },
    ],
    killNode: 'fpm-request-terminated',
  },
  {
    id: 'puma',
    label: 'Puma',
    role: 'app',
    setups: [
      { id: 'seven', label: '7.0 or later' },
      { id: 'six', label: '6.x or earlier' },
    ],
    settings: [
      {
        id: 'client',
        name: 'persistent_timeout',
        kinds: ['clientIdle'],
        defaults: [
          { seconds: 65, versions: '7.0 and later', setups: ['seven'], doc: pumaHistory },
          { seconds: 20, versions: 'before 7.0', setups: ['six'], doc: pumaHistory },
        ],
      },
    ],
  },
  {
    id: 'go',
    label: 'Go net/http',
    role: 'app',
    settings: [
      {
        id: 'client',
        name: 'http.Server IdleTimeout',
        kinds: ['clientIdle'],
        defaults: [
          { seconds: null, versions: 'every Go release', doc: goHttp, note: 'Zero falls back to ReadTimeout; when both are zero, idle connections never time out.' },
        ],
      },
    ],
  },
  {
    id: 'tomcat',
    label: 'Tomcat',
    role: 'app',
    setups: [
      { id: 'shipped', label: 'the shipped server.xml' },
      { id: 'bare', label: 'no connectionTimeout set' },
    ],
    settings: [
      {
        id: 'client',
        name: 'keepAliveTimeout (else connectionTimeout)',
        kinds: ['clientIdle'],
        defaults: [
          { seconds: 20, versions: '12.0', setups: ['shipped'], doc: tomcatHttp, note: 'The shipped server.xml sets connectionTimeout="20000".' },
          { seconds: 60, versions: '12.0', setups: ['bare'], doc: tomcatHttp },
        ],
      },
    ],
  },
  {
    id: 'other',
    label: 'another app server',
    role: 'app',
    settings: [
      {
        id: 'client',
        name: 'its keep-alive (idle) timeout',
        kinds: ['clientIdle'],
        defaults: [],
      },
      {
        id: 'work',
        name: 'its time limit for one request',
        kinds: ['workLimit'],
        defaults: [],
      },
    ],
  },
];

export const productsById: ReadonlyMap<string, Product> = new Map(products.map((product) => [product.id, product]));

/** The products that can fill a place in the chain, in the table's order. */
export const productsFor = (role: Product['role']): Product[] => products.filter((product) => product.role === role);

/** Every diagnosis the table points a verdict at, once each. */
export const linkedNodes: readonly string[] = [
  ...new Set(
    products.flatMap((product) => [
      ...Object.values(product.answers ?? {}).flatMap((answers) => [answers.raceNode, answers.timeoutNode]),
      product.killNode,
    ]),
  ),
].filter((node): node is string => node !== undefined);

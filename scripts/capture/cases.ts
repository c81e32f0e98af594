/**
 * Every way the fixtures break a real server, written once. The capture
 * (`npm run fixtures -- DIR`) runs each case and saves what the servers
 * wrote under DIR/<id>/; the unit tests read this same table to know which
 * folders must exist and where the analyzer must send each one, so a case
 * cannot be captured without being checked, or checked without being
 * captured.
 */
import { Lab, type LogName } from './lab';

export type Server = 'nginx' | 'apache' | 'haproxy';

/** Each server as the `checked:` frontmatter and versions.json name it. */
export const products: Record<Server, string> = { nginx: 'nginx', apache: 'Apache httpd', haproxy: 'HAProxy' };

export interface Case {
  /** The folder the capture is saved in. */
  id: string;
  /** The server in front, whose logs and response the case keeps. */
  server: Server;
  /** How it was broken, in a sentence. */
  broken: string;
  /** The request sent once the servers are set up: `GET /path` or `POST /path`. */
  request: string;
  /** The node the analyzer must land this case on. */
  node: string;
  /** The status the client got. */
  status: number;
  /** Seconds the client waits for the reply before giving up (15 when not said). */
  timeout?: number;
  /** Starts the servers and breaks them; returns the port the request goes to. */
  setup(lab: Lab): Promise<number>;
  /** Runs while the request is in flight, such as killing the worker that serves it. */
  during?(lab: Lab): Promise<void>;
  /**
   * A line that is written a moment after the response, waited for before
   * saving. HAProxy logs each request as it ends, just after the response:
   * for its cases the capture always waits for the line with the status.
   */
  after?: [LogName, RegExp];
}

const unix = (socket: string) => `unix:${socket}`;
const phpHandler = (target: string) => `<FilesMatch "\\.php$">\n  SetHandler "${target}"\n</FilesMatch>`;
const fpmSocket = (socket: string) => `proxy:unix:${socket}|fcgi://localhost`;
const proxyTo = (port: number, scheme = 'http') => `location / { proxy_pass ${scheme}://127.0.0.1:${port}; }`;
const closeAtOnce = () => null;
const hold = () => 'hold' as const;
const invalidHeader = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Broken Header: yes\r\n\r\nhello\n';
const noColonHeader = 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nthis is not a header\r\n\r\nhello\n';
const hugeHeader = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Session: ${'a'.repeat(20000)}\r\nContent-Length: 3\r\n\r\nok\n`;
/** As root the socket is root's with mode 0660 while the front server's workers run as nobody; otherwise mode 0000. */
const forbiddenSocket = process.getuid?.() === 0 ? 'listen.owner = root\nlisten.group = root\nlisten.mode = 0660' : 'listen.mode = 0000';
const workerPid = (lab: Lab) => lab.pidIn(lab.path('run', 'worker.pid'));

/** The worker busy with slow.php is sent `signal` while the request waits on it. */
const killWorker = (signal: NodeJS.Signals) => async (lab: Lab) => lab.kill(await workerPid(lab), signal);

const nginxCases: Case[] = [
  {
    id: 'fpm-stopped',
    server: 'nginx',
    broken: 'PHP-FPM stopped with SIGTERM, as systemd stops it: its socket file is removed',
    request: 'GET /index.php',
    node: 'fpm-was-stopped',
    status: 502,
    async setup(lab) {
      const fpm = await lab.fpm();
      const port = await lab.nginx(Lab.phpLocation(unix(fpm.socket)));
      await lab.stop(fpm.process);
      return port;
    },
  },
  {
    id: 'fpm-killed',
    server: 'nginx',
    broken: "PHP-FPM's master and workers killed with SIGKILL: the socket file stays and nothing listens on it",
    request: 'GET /index.php',
    node: 'fpm-listen-mismatch',
    status: 502,
    async setup(lab) {
      const fpm = await lab.fpm();
      const port = await lab.nginx(Lab.phpLocation(unix(fpm.socket)));
      await lab.killWithChildren(fpm.process);
      return port;
    },
  },
  {
    id: 'wrong-socket-path',
    server: 'nginx',
    broken: '`fastcgi_pass` names a socket path where PHP-FPM does not listen',
    request: 'GET /index.php',
    node: 'fpm-socket-path-mismatch',
    status: 502,
    async setup(lab) {
      await lab.fpm();
      return lab.nginx(Lab.phpLocation(unix(lab.path('fpm', 'php8.2-fpm.sock'))));
    },
  },
  {
    id: 'wrong-port',
    server: 'nginx',
    broken: '`fastcgi_pass` names a TCP port where nothing listens',
    request: 'GET /index.php',
    node: 'fpm-listen-mismatch',
    status: 502,
    async setup(lab) {
      await lab.fpm();
      return lab.nginx(Lab.phpLocation(`127.0.0.1:${await lab.deadPort()}`));
    },
  },
  {
    id: 'socket-permission',
    server: 'nginx',
    broken: "the PHP-FPM socket is root's with mode 0660 while nginx's workers run as nobody",
    request: 'GET /index.php',
    node: 'fpm-socket-permission',
    status: 502,
    async setup(lab) {
      const fpm = await lab.fpm(forbiddenSocket);
      return lab.nginx(Lab.phpLocation(unix(fpm.socket)));
    },
  },
  {
    id: 'garbage-fastcgi',
    server: 'nginx',
    broken: '`fastcgi_pass` points at a plain HTTP server',
    request: 'GET /index.php',
    node: 'fastcgi-wrong-protocol',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(`127.0.0.1:${await lab.plainHttp()}`));
    },
  },
  {
    id: 'fastcgi-invalid-header',
    server: 'nginx',
    broken: "`fastcgi_pass` to a FastCGI responder whose CGI header block has a line that is not `Name: value`",
    request: 'GET /index.php',
    node: 'upstream-invalid-header',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(`127.0.0.1:${await lab.fastcgi('Content-Type: text/html\r\nthis is not a header\r\n\r\nhello\n')}`));
    },
  },
  {
    id: 'worker-sigkill',
    server: 'nginx',
    broken: 'the PHP worker serving a slow request is sent SIGKILL mid-request',
    request: 'GET /slow.php?s=5',
    node: 'fpm-worker-sigkill',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm()).socket)));
    },
    during: killWorker('SIGKILL'),
    after: ['php-fpm.log', /exited on signal 9/],
  },
  {
    id: 'worker-segfault',
    server: 'nginx',
    broken: 'the PHP worker serving a slow request is sent SIGSEGV mid-request',
    request: 'GET /slow.php?s=5',
    node: 'fpm-worker-segfault',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm()).socket)));
    },
    during: killWorker('SIGSEGV'),
    after: ['php-fpm.log', /exited on signal 11/],
  },
  {
    id: 'request-terminated',
    server: 'nginx',
    broken: '`request_terminate_timeout = 1s` against a script sleeping 4 s',
    request: 'GET /slow.php?s=4',
    node: 'fpm-request-terminated',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm('request_terminate_timeout = 1s')).socket)));
    },
    after: ['php-fpm.log', /exited on signal 15/],
  },
  {
    id: 'memory-limit',
    server: 'nginx',
    broken: 'a script exceeds `memory_limit` (PHP reports the fatal error itself: a 500)',
    request: 'GET /memory.php',
    node: 'status-500',
    status: 500,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm()).socket)));
    },
  },
  {
    id: 'backlog-full',
    server: 'nginx',
    broken: 'one PHP worker and `listen.backlog = 0`: with one request running and one queued, the third is turned away',
    request: 'GET /index.php',
    node: 'fpm-pool-saturated',
    status: 502,
    async setup(lab) {
      const fpm = await lab.fpm('pm = static\npm.max_children = 1\nlisten.backlog = 0');
      const port = await lab.nginx(Lab.phpLocation(unix(fpm.socket)));
      void lab.request(port, '/slow.php?s=3', { keep: false });
      await workerPid(lab);
      void lab.request(port, '/slow.php?s=1', { keep: false });
      await lab.queued(fpm.socket);
      return port;
    },
  },
  {
    id: 'slow-upstream',
    server: 'nginx',
    broken: '`fastcgi_read_timeout 2s` against a script sleeping 4 s (a 504)',
    request: 'GET /slow.php?s=4',
    node: 'status-504',
    status: 504,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm('pm.max_children = 1')).socket), '2s'));
    },
  },
  {
    id: 'return-503',
    server: 'nginx',
    broken: '`return 503;`',
    request: 'GET /',
    node: 'status-503',
    status: 503,
    setup: (lab) => lab.nginx('location / { return 503; }'),
  },
  {
    id: 'limit-req',
    server: 'nginx',
    broken: '`limit_req` at one request a minute with no burst: the second request is rejected (a 503)',
    request: 'GET /',
    node: 'nginx-limit-rejected',
    status: 503,
    async setup(lab) {
      const port = await lab.nginx('location / { limit_req zone=perip; }', 'limit_req_zone $binary_remote_addr zone=perip:1m rate=1r/m;');
      await lab.request(port, '/', { keep: false });
      return port;
    },
  },
  {
    id: 'limit-conn',
    server: 'nginx',
    broken: '`limit_conn` of one connection per address while a slow request holds it: the second is rejected (a 503)',
    request: 'GET /',
    node: 'nginx-limit-rejected',
    status: 503,
    async setup(lab) {
      const backend = await lab.backend(hold);
      const port = await lab.nginx(
        `location / { limit_conn addr 1; proxy_read_timeout 3s; proxy_pass http://127.0.0.1:${backend}; }`,
        'limit_conn_zone $binary_remote_addr zone=addr:1m;',
      );
      void lab.request(port, '/', { keep: false });
      await lab.until('the first request reaches the backend', () => lab.requestsSeen > 0);
      return port;
    },
  },
  {
    id: 'huge-header',
    server: 'nginx',
    broken: "PHP sends a 16 KB header, over nginx's 4 KB `fastcgi_buffer_size`",
    request: 'GET /big-header.php',
    node: 'upstream-header-too-big',
    status: 502,
    async setup(lab) {
      return lab.nginx(Lab.phpLocation(unix((await lab.fpm()).socket)));
    },
  },
  {
    id: 'invalid-header',
    server: 'nginx',
    broken: '`proxy_pass` to a backend whose reply has a header name with a space',
    request: 'GET /',
    node: 'upstream-invalid-header',
    status: 502,
    setup: async (lab) => lab.nginx(proxyTo(await lab.reply(invalidHeader))),
  },
  {
    id: 'garbage-http',
    server: 'nginx',
    broken: '`proxy_pass` to a backend that answers `this is not HTTP` (nginx passes it on as HTTP/0.9: no headers)',
    request: 'GET /',
    node: 'upstream-invalid-header',
    status: 200,
    timeout: 3,
    setup: async (lab) => lab.nginx(proxyTo(await lab.reply('this is not HTTP\n'))),
  },
  {
    id: 'app-closed',
    server: 'nginx',
    broken: '`proxy_pass` to a backend that closes the connection without answering',
    request: 'GET /',
    node: 'app-crash-check',
    status: 502,
    setup: async (lab) => lab.nginx(proxyTo(await lab.backend(closeAtOnce))),
  },
  {
    id: 'keepalive-race',
    server: 'nginx',
    broken:
      'an `upstream` with `keepalive`: the backend answers a first POST keeping the connection open, then closes it when the second POST arrives on it (nginx does not retry a POST)',
    request: 'POST /',
    node: 'app-crash-check',
    status: 502,
    async setup(lab) {
      const backend = await lab.backend((n) => (n === 0 ? { send: 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n', close: false } : null));
      const port = await lab.nginx(
        'location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection ""; }',
        `upstream app { server 127.0.0.1:${backend}; keepalive 4; }`,
      );
      await lab.request(port, '/', { method: 'POST', keep: false });
      return port;
    },
  },
  {
    id: 'app-refused',
    server: 'nginx',
    broken: '`proxy_pass` to a port where nothing listens',
    request: 'GET /',
    node: 'app-listen-check',
    status: 502,
    setup: async (lab) => lab.nginx(proxyTo(await lab.deadPort())),
  },
  {
    id: 'app-connect-timeout',
    server: 'nginx',
    broken: '`proxy_pass` to an address that never answers the connection (`proxy_connect_timeout 1s`; a 504)',
    request: 'GET /',
    node: 'status-504',
    status: 504,
    setup: async (lab) => lab.nginx(`location / { proxy_connect_timeout 1s; proxy_pass http://127.0.0.1:${await lab.blackhole()}; }`),
  },
  {
    id: 'tls-upstream',
    server: 'nginx',
    broken: '`proxy_pass https://` to a plain HTTP server',
    request: 'GET /',
    node: 'upstream-tls-handshake',
    status: 502,
    setup: async (lab) => lab.nginx(proxyTo(await lab.plainHttp(), 'https')),
  },
  {
    id: 'upstream-unresolved',
    server: 'nginx',
    broken: '`proxy_pass` to a host name, through a variable and a `resolver` that answers that the name does not exist',
    request: 'GET /',
    node: 'upstream-host-unresolved',
    status: 502,
    async setup(lab) {
      const dns = await lab.nxdomain();
      return lab.nginx(`resolver 127.0.0.1:${dns} valid=1s; resolver_timeout 2s; location / { set $backend "app.internal.invalid"; proxy_pass http://$backend:8080; }`);
    },
  },
  {
    id: 'no-live-upstreams',
    server: 'nginx',
    broken: 'an `upstream` of two dead servers with `max_fails=1`, requested twice: the second request finds none alive',
    request: 'GET /',
    node: 'no-live-upstreams',
    status: 502,
    async setup(lab) {
      const [one, two] = [await lab.deadPort(), await lab.deadPort()];
      const port = await lab.nginx(
        'location / { proxy_pass http://app; }',
        `upstream app { server 127.0.0.1:${one} max_fails=1 fail_timeout=30s; server 127.0.0.1:${two} max_fails=1 fail_timeout=30s; }`,
      );
      await lab.request(port, '/', { keep: false });
      return port;
    },
  },
  {
    id: 'next-upstream-exhausted',
    server: 'nginx',
    broken: 'an `upstream` of three servers that all close without answering, `max_fails=0`: `proxy_next_upstream` tries each in turn, then gives up',
    request: 'GET /',
    node: 'app-crash-check',
    status: 502,
    async setup(lab) {
      const servers = [await lab.backend(closeAtOnce), await lab.backend(closeAtOnce), await lab.backend(closeAtOnce)];
      return lab.nginx('location / { proxy_pass http://app; }', `upstream app { ${servers.map((port) => `server 127.0.0.1:${port} max_fails=0;`).join(' ')} }`);
    },
  },
];

const apacheCases: Case[] = [
  {
    id: 'apache-refused',
    server: 'apache',
    broken: 'mod_proxy_http `ProxyPass` to a port where nothing listens',
    request: 'GET /',
    node: 'apache-backend-unreachable',
    status: 503,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.deadPort()}/`),
  },
  {
    id: 'apache-connect-timeout',
    server: 'apache',
    broken: 'mod_proxy_http `ProxyPass` to an address that never answers the connection (`connectiontimeout=1`)',
    request: 'GET /',
    node: 'apache-backend-unreachable',
    status: 503,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.blackhole()}/ connectiontimeout=1`),
  },
  {
    id: 'apache-read-timeout',
    server: 'apache',
    broken: 'mod_proxy_http to a backend that accepts the request and never answers (`ProxyTimeout 2`)',
    request: 'GET /',
    node: 'apache-proxy-timeout',
    status: 502,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.backend(hold)}/`),
  },
  {
    id: 'apache-closed',
    server: 'apache',
    broken: 'mod_proxy_http to a backend that closes the connection without answering',
    request: 'GET /',
    node: 'apache-backend-bad-reply',
    status: 502,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.backend(closeAtOnce)}/`),
  },
  {
    id: 'apache-closed-mid-reply',
    server: 'apache',
    broken: 'mod_proxy_http to a backend that sends its status line and part of a header, then closes',
    request: 'GET /',
    node: 'apache-backend-bad-reply',
    status: 502,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.reply('HTTP/1.1 200 OK\r\nContent-Type: text/ht')}/`),
  },
  {
    id: 'apache-invalid-response',
    server: 'apache',
    broken: 'mod_proxy_http to a backend whose reply has a header line without a colon',
    request: 'GET /',
    node: 'apache-backend-bad-header',
    status: 502,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.reply(noColonHeader)}/`),
  },
  {
    id: 'apache-header-too-big',
    server: 'apache',
    broken: "mod_proxy_http to a backend that sends a 20 KB header, over the worker's 8 KB `responsefieldsize`",
    request: 'GET /',
    node: 'apache-backend-bad-header',
    status: 502,
    setup: async (lab) => lab.apache(`ProxyPass / http://127.0.0.1:${await lab.reply(hugeHeader)}/`),
  },
  {
    id: 'apache-balancer-all-down',
    server: 'apache',
    broken: 'mod_proxy_balancer with two members where nothing listens: both are tried, refused and put in error state',
    request: 'GET /',
    node: 'apache-backend-unreachable',
    status: 503,
    async setup(lab) {
      return lab.apache(balancer([await lab.deadPort(), await lab.deadPort()]));
    },
  },
  {
    id: 'apache-balancer-in-retry',
    server: 'apache',
    broken:
      'mod_proxy_balancer with `forcerecovery=off`: both members go into error state on a failed request, then both backends start, and inside the 60 s retry window no member is tried',
    request: 'GET /',
    node: 'apache-balancer-no-worker',
    status: 503,
    async setup(lab) {
      const [one, two] = [await lab.deadPort(), await lab.deadPort()];
      const port = await lab.apache(balancer([one, two], 'ProxySet forcerecovery=off'));
      await lab.request(port, '/', { keep: false });
      await lab.plainHttp(one);
      await lab.plainHttp(two);
      lab.mark();
      return port;
    },
  },
  {
    id: 'apache-fcgi-missing-socket',
    server: 'apache',
    broken: 'mod_proxy_fcgi `SetHandler` to a unix socket path where PHP-FPM does not listen',
    request: 'GET /index.php',
    node: 'apache-backend-unreachable',
    status: 503,
    async setup(lab) {
      await lab.fpm();
      return lab.apache(phpHandler(fpmSocket(lab.path('fpm', 'php8.2-fpm.sock'))));
    },
  },
  {
    id: 'apache-fcgi-socket-permission',
    server: 'apache',
    broken: "mod_proxy_fcgi to PHP-FPM's socket, root's with mode 0660, while Apache's children run as nobody",
    request: 'GET /index.php',
    node: 'apache-fcgi-socket-permission',
    status: 503,
    async setup(lab) {
      const fpm = await lab.fpm(forbiddenSocket);
      return lab.apache(phpHandler(fpmSocket(fpm.socket)));
    },
  },
  {
    id: 'apache-fcgi-refused',
    server: 'apache',
    broken: 'mod_proxy_fcgi `SetHandler "proxy:fcgi://127.0.0.1:PORT"` where nothing listens',
    request: 'GET /index.php',
    node: 'apache-backend-unreachable',
    status: 503,
    setup: async (lab) => lab.apache(phpHandler(`proxy:fcgi://127.0.0.1:${await lab.deadPort()}`)),
  },
  {
    id: 'apache-fcgi-worker-killed',
    server: 'apache',
    broken: 'the PHP-FPM worker serving a slow request behind mod_proxy_fcgi is sent SIGKILL mid-request',
    request: 'GET /slow.php?s=5',
    node: 'apache-fcgi-worker-died',
    status: 503,
    async setup(lab) {
      return lab.apache(phpHandler(fpmSocket((await lab.fpm()).socket)));
    },
    during: killWorker('SIGKILL'),
    after: ['php-fpm.log', /exited on signal 9/],
  },
  {
    id: 'apache-fcgi-http-server',
    server: 'apache',
    broken: 'mod_proxy_fcgi pointed at a plain HTTP server instead of PHP-FPM',
    request: 'GET /index.php',
    node: 'apache-fcgi-not-fastcgi',
    status: 503,
    setup: async (lab) => lab.apache(phpHandler(`proxy:fcgi://127.0.0.1:${await lab.plainHttp()}`)),
  },
  {
    id: 'apache-fcgi-bad-headers',
    server: 'apache',
    broken: "mod_proxy_fcgi to a FastCGI responder whose CGI header block has a line that is not `Name: value`",
    request: 'GET /index.php',
    node: 'apache-fcgi-bad-headers',
    status: 500,
    setup: async (lab) => lab.apache(phpHandler(`proxy:fcgi://127.0.0.1:${await lab.fastcgi('Content-Type: text/html\r\nthis is not a header\r\n\r\nhello\n')}`)),
  },
  {
    id: 'apache-fcgi-timeout',
    server: 'apache',
    broken: 'mod_proxy_fcgi with `ProxyTimeout 2` against a script sleeping 4 s',
    request: 'GET /slow.php?s=4',
    node: 'status-504',
    status: 504,
    async setup(lab) {
      return lab.apache(phpHandler(fpmSocket((await lab.fpm()).socket)));
    },
  },
];

/** A mod_proxy_balancer group of members on the given ports, in front of everything, with `set` lines for the group. */
function balancer(ports: number[], set = ''): string {
  return `<Proxy balancer://app>\n${ports.map((port) => `  BalancerMember http://127.0.0.1:${port}`).join('\n')}\n  ${set}\n</Proxy>\nProxyPass / balancer://app/`;
}

const haproxyCases: Case[] = [
  {
    id: 'haproxy-refused',
    server: 'haproxy',
    broken: 'a server where nothing listens, no health check: HAProxy retries, then gives up (`SC`)',
    request: 'GET /',
    node: 'status-503',
    status: 503,
    setup: async (lab) => lab.haproxy(`server web1 127.0.0.1:${await lab.deadPort()}`),
  },
  {
    id: 'haproxy-connect-timeout',
    server: 'haproxy',
    broken: 'a server that never answers the connection, `timeout connect 1s`, `retries 1` (`sC`)',
    request: 'GET /',
    node: 'status-503',
    status: 503,
    setup: async (lab) => lab.haproxy(`retries 1\n  server web1 127.0.0.1:${await lab.blackhole()}`),
  },
  {
    id: 'haproxy-no-server',
    server: 'haproxy',
    broken: 'every server down by its health check (nothing listens): the request finds none (`<NOSRV>`)',
    request: 'GET /',
    node: 'haproxy-no-server',
    status: 503,
    async setup(lab) {
      const port = await lab.haproxy(
        `server web1 127.0.0.1:${await lab.deadPort()} check inter 200ms fall 1 rise 1\n  server web2 127.0.0.1:${await lab.deadPort()} check inter 200ms fall 1 rise 1`,
      );
      await lab.logged('haproxy.log', /has no server available/);
      return port;
    },
  },
  {
    id: 'haproxy-check-failing',
    server: 'haproxy',
    broken: 'the only server serves requests, but its `option httpchk` health check gets a 503, so it is marked down (`<NOSRV>`)',
    request: 'GET /',
    node: 'haproxy-no-server',
    status: 503,
    async setup(lab) {
      const server = await lab.backend((_, request) => ({
        send: request.startsWith('GET /health')
          ? 'HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
          : 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n',
        close: true,
      }));
      const port = await lab.haproxy(`option httpchk GET /health\n  server web1 127.0.0.1:${server} check inter 200ms fall 1 rise 1`);
      await lab.logged('haproxy.log', /has no server available/);
      return port;
    },
  },
  {
    id: 'haproxy-closed',
    server: 'haproxy',
    broken: 'a server that closes the connection without answering (`SH`)',
    request: 'GET /',
    node: 'haproxy-sh',
    status: 502,
    setup: async (lab) => lab.haproxy(`server web1 127.0.0.1:${await lab.backend(closeAtOnce)}`),
  },
  {
    id: 'haproxy-invalid-response',
    server: 'haproxy',
    broken: 'a server whose reply has a header name with a space (`PH`)',
    request: 'GET /',
    node: 'haproxy-ph',
    status: 502,
    setup: async (lab) => lab.haproxy(`server web1 127.0.0.1:${await lab.reply(invalidHeader)}`),
  },
  {
    id: 'haproxy-header-too-big',
    server: 'haproxy',
    broken: "a server that sends a 20 KB header, over HAProxy's 16 KB buffer (`PH`)",
    request: 'GET /',
    node: 'haproxy-ph',
    status: 502,
    setup: async (lab) => lab.haproxy(`server web1 127.0.0.1:${await lab.reply(hugeHeader)}`),
  },
  {
    id: 'haproxy-slow',
    server: 'haproxy',
    broken: 'a server that accepts the request and never answers, `timeout server 1s` (`sH`, a 504)',
    request: 'GET /',
    node: 'status-504',
    status: 504,
    setup: async (lab) => lab.haproxy(`server web1 127.0.0.1:${await lab.backend(hold)}`),
  },
];

export const cases: Case[] = [...nginxCases, ...apacheCases, ...haproxyCases];

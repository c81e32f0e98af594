/**
 * The bench one case is captured on: its own temporary prefix, the servers
 * it starts there (nginx, PHP-FPM, Apache httpd, HAProxy, hand-made
 * backends), every one on 127.0.0.1 and a port picked free at run time, and
 * the request a person would send. Nothing here touches the system's own
 * services or configuration, and `close()` stops every process it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastcgiReply } from './fastcgi';

/** The binaries Debian's packages install; `install.ts` puts them there when missing. */
export const BIN = {
  nginx: '/usr/sbin/nginx',
  apache: '/usr/sbin/apache2',
  haproxy: '/usr/sbin/haproxy',
  php: '/usr/bin/php',
  curl: '/usr/bin/curl',
};
const APACHE_MODULES = '/usr/lib/apache2/modules';

/** The logs a case can keep, by the file name it is saved under. */
export type LogName = 'error.log' | 'php-fpm.log' | 'haproxy.log';

/** What the last request got back, as curl saw it. */
export interface Response {
  status: number;
  headers: string;
  body: string;
}

const root = process.getuid?.() === 0;

/** Resolves once `ready()` holds, polling; rejects naming `what` after `ms`. */
export async function waitFor(what: string, ready: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A port nothing listens on right now: the kernel picks it, then it is let go. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True once something accepts connections on the port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export class Lab {
  readonly dir: string;
  readonly www: string;
  private readonly processes: ChildProcess[] = [];
  private readonly servers: Server[] = [];
  private readonly sockets: Socket[] = [];
  private readonly marks = new Map<LogName, number>();
  private readonly logs = new Map<LogName, string>();
  last?: Response;
  /** Requests the hand-made backends have received, so a case can wait until one is in flight. */
  requestsSeen = 0;

  constructor() {
    this.dir = join(tmpdir(), `fixtures-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
    this.www = join(this.dir, 'www');
    for (const sub of ['www', 'run', 'nginx', 'fpm', 'apache', 'haproxy']) mkdirSync(join(this.dir, sub), { recursive: true });
    // Workers run as nobody: the prefix must be readable, the run folder writable.
    chmodSync(this.dir, 0o755);
    chmodSync(join(this.dir, 'run'), 0o1777);
    writeFileSync(join(this.www, 'index.php'), '<?php echo "ok\\n";\n');
    writeFileSync(
      join(this.www, 'slow.php'),
      "<?php\nfile_put_contents(__DIR__ . '/../run/worker.pid', getmypid());\nsleep((int) ($_GET['s'] ?? 3));\necho \"done\\n\";\n",
    );
    writeFileSync(join(this.www, 'big-header.php'), "<?php header('X-Session: ' . str_repeat('a', 16000)); echo \"ok\\n\";\n");
    writeFileSync(join(this.www, 'memory.php'), "<?php ini_set('memory_limit', '16M'); $blob = str_repeat('x', 64 * 1024 * 1024); echo strlen($blob);\n");
    writeFileSync(join(this.www, 'index.html'), 'plain\n');
  }

  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }

  /** Starts a process whose standard output goes to `log` and its errors to `errors` (by default the same file), and keeps it to stop later. */
  private start(bin: string, args: string[], log?: string, errors = log): ChildProcess {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const sink = (file: string | undefined, stream: NodeJS.ReadableStream) => {
      if (file) stream.on('data', (chunk: Buffer) => writeFileSync(file, chunk, { flag: 'a' }));
      else stream.resume();
    };
    sink(log, child.stdout!);
    sink(errors, child.stderr!);
    this.processes.push(child);
    return child;
  }

  /** Sends `signal` and resolves when the process has exited; one that ignores it for 3 s is killed. */
  async stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const late = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(late);
  }

  /** Kills a process and its children at once with SIGKILL, so none of them cleans up after itself. */
  async killWithChildren(child: ChildProcess): Promise<void> {
    const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).stdout.trim().split(/\s+/).filter(Boolean);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for (const pid of [...children.map(Number), child.pid!]) process.kill(pid, 'SIGKILL');
    await exited;
  }

  /** A port where nothing listens: connecting to it is refused. */
  deadPort(): Promise<number> {
    return freePort();
  }

  /** Resolves once `ready()` holds (see waitFor). */
  until(what: string, ready: () => boolean): Promise<void> {
    return waitFor(what, ready);
  }

  /** Sends a signal to a process this lab did not spawn itself (a PHP worker, found by its pid file). */
  kill(pid: number, signal: NodeJS.Signals): void {
    process.kill(pid, signal);
  }

  /** The pid in a file once it is written, such as the one slow.php leaves for its worker. */
  async pidIn(file: string): Promise<number> {
    await waitFor(`a pid in ${file}`, () => existsSync(file) && statSync(file).size > 0);
    return Number(readFileSync(file, 'utf8'));
  }

  // --- logs -----------------------------------------------------------------

  /** Registers a log file under the name it is saved as. */
  private track(name: LogName, file: string): void {
    this.logs.set(name, file);
    this.marks.set(name, 0);
  }

  private read(name: LogName): string {
    const file = this.logs.get(name);
    if (!file || !existsSync(file)) return '';
    return readFileSync(file, 'utf8');
  }

  /**
   * From here on, only lines written after this call are kept. Every server
   * marks its own log once it is ready, so start-up chatter is left out; a
   * case marks again where an earlier request is not part of the story.
   */
  mark(): void {
    for (const name of this.logs.keys()) this.marks.set(name, Buffer.byteLength(this.read(name)));
  }

  /** What each log gained since the last mark. */
  captured(): Map<LogName, string> {
    const out = new Map<LogName, string>();
    for (const name of this.logs.keys()) {
      const text = Buffer.from(this.read(name)).subarray(this.marks.get(name) ?? 0).toString('utf8');
      if (text.trim() !== '') out.set(name, text);
    }
    return out;
  }

  /** Resolves once a log has a line matching `pattern` since the last mark. */
  async logged(name: LogName, pattern: RegExp, ms = 5000): Promise<void> {
    await waitFor(`a line matching ${pattern} in ${name}`, () => pattern.test(this.captured().get(name) ?? ''), ms);
  }

  // --- servers ----------------------------------------------------------------

  /** Resolves once the server accepts connections; if it exits first, fails with the end of its log. */
  private async serving(what: string, child: ChildProcess, port: number, log: string): Promise<void> {
    try {
      await waitFor(`${what} on port ${port}`, async () => {
        if (child.exitCode !== null) throw new Error(`${what} exited with status ${child.exitCode}`);
        return accepting(port);
      });
    } catch (error) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
      throw new Error(`${(error as Error).message}${tail ? `: ${tail}` : ''}`);
    }
  }

  /**
   * nginx with one server block on a free port. `server` and `http` are
   * directives for those blocks; the returned port is where requests go.
   */
  async nginx(server: string, http = ''): Promise<number> {
    const port = await freePort();
    const prefix = this.path('nginx');
    const log = join(prefix, 'error.log');
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `${root ? 'user nobody nogroup;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${http}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${this.www};
    ${server}
  }
}
`,
    );
    this.track('error.log', log);
    const child = this.start(BIN.nginx, ['-p', prefix, '-e', log, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], join(prefix, 'stderr'));
    await this.serving('nginx', child, port, log);
    this.mark();
    return port;
  }

  /** The nginx location that hands PHP to FastCGI at `pass`. */
  static phpLocation(pass: string, readTimeout = '10s'): string {
    return `location ~ \\.php$ { include /etc/nginx/fastcgi.conf; fastcgi_pass ${pass}; fastcgi_read_timeout ${readTimeout}; }`;
  }

  /** PHP-FPM with one pool on a unix socket (returned as a path); `pool` adds lines to the pool. */
  async fpm(pool = ''): Promise<{ socket: string; process: ChildProcess }> {
    const prefix = this.path('fpm');
    const log = join(prefix, 'php-fpm.log');
    const socket = join(prefix, 'php-fpm.sock');
    const owner = root ? 'user = nobody\ngroup = nogroup\nlisten.owner = nobody\nlisten.group = nogroup\n' : '';
    writeFileSync(
      join(prefix, 'php-fpm.conf'),
      `[global]
pid = ${prefix}/php-fpm.pid
error_log = ${log}
log_level = notice
daemonize = no

[www]
${owner}listen = ${socket}
pm = dynamic
pm.max_children = 2
pm.start_servers = 1
pm.min_spare_servers = 1
pm.max_spare_servers = 1
${pool}
`,
    );
    this.track('php-fpm.log', log);
    const child = this.start(fpmBinary(), ['--nodaemonize', '--fpm-config', join(prefix, 'php-fpm.conf'), '--prefix', prefix]);
    await waitFor('PHP-FPM ready', () => /ready to handle connections/.test(this.read('php-fpm.log')));
    this.mark();
    return { socket, process: child };
  }

  /**
   * Apache httpd (event MPM, mod_proxy and its balancer and FastCGI modules)
   * on a free port; `config` is the case's own directives, `extra` modules
   * it needs besides (mod_ssl only where a case speaks TLS, since loading it
   * changes the Server header).
   */
  async apache(config: string, extra: string[] = []): Promise<number> {
    const port = await freePort();
    const prefix = this.path('apache');
    const log = join(prefix, 'error.log');
    const modules = [
      'mpm_event',
      'authz_core',
      'proxy',
      'proxy_http',
      'proxy_fcgi',
      'proxy_balancer',
      'slotmem_shm',
      'lbmethod_byrequests',
      ...extra,
    ];
    writeFileSync(
      join(prefix, 'httpd.conf'),
      `${modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`).join('\n')}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${prefix}/httpd.pid
DefaultRuntimeDir ${prefix}
Mutex file:${prefix} default
${root ? 'User nobody\nGroup nogroup' : ''}
ErrorLog ${log}
LogLevel warn
Timeout 5
ProxyTimeout 2
DocumentRoot ${this.www}
<Directory ${this.www}>
  Require all granted
</Directory>
${config}
`,
    );
    this.track('error.log', log);
    const child = this.start(BIN.apache, ['-d', prefix, '-f', join(prefix, 'httpd.conf'), '-DFOREGROUND'], join(prefix, 'stderr'));
    await this.serving('Apache', child, port, log);
    // Its start-up notices (AH00489, then AH00094 last) can land just after the port opens.
    await waitFor('Apache start-up logged', () => /AH00094/.test(this.read('error.log')));
    this.mark();
    return port;
  }

  /**
   * HAProxy in HTTP mode with `option httplog`, logging to its standard
   * output in the raw format (the message as syslog would carry it, without
   * the syslog header); `backend` is the body of `backend be_app`.
   */
  async haproxy(backend: string, defaults = ''): Promise<number> {
    const port = await freePort();
    const prefix = this.path('haproxy');
    const log = join(prefix, 'haproxy.log');
    writeFileSync(
      join(prefix, 'haproxy.cfg'),
      `global
  log stdout format raw local0 info

defaults
  mode http
  log global
  option httplog
  option dontlognull
  timeout connect 1s
  timeout client 5s
  timeout server 1s
  ${defaults}

frontend fe
  bind 127.0.0.1:${port}
  default_backend be_app

backend be_app
  ${backend}
`,
    );
    this.track('haproxy.log', log);
    const child = this.start(BIN.haproxy, ['-db', '-f', join(prefix, 'haproxy.cfg')], log, join(prefix, 'stderr'));
    await this.serving('HAProxy', child, port, join(prefix, 'stderr'));
    return port;
  }

  // --- hand-made backends -------------------------------------------------------

  /**
   * A TCP backend on a free port. For the n-th request on each connection
   * (0 first) `answer` returns the bytes to send and whether to close after
   * them; `null` closes at once without a word, 'hold' keeps the connection
   * open and silent.
   */
  async backend(answer: (n: number, request: string) => { send: string; close: boolean } | null | 'hold', port = 0): Promise<number> {
    const server = createServer((socket) => {
      this.sockets.push(socket);
      socket.on('error', () => {});
      let n = 0;
      socket.on('data', (chunk: Buffer) => {
        this.requestsSeen += 1;
        const reply = answer(n++, chunk.toString('latin1'));
        if (reply === 'hold') return;
        if (reply === null) return void socket.destroy();
        socket.write(reply.send);
        if (reply.close) socket.end();
      });
    });
    return this.listen(server, port);
  }

  /** A backend that answers every request with `bytes`, exactly, and closes. */
  reply(bytes: string, port = 0): Promise<number> {
    return this.backend(() => ({ send: bytes, close: true }), port);
  }

  /** A plain HTTP server: something that speaks HTTP where something else was expected. */
  plainHttp(port = 0): Promise<number> {
    return this.reply('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nplain HTTP\n', port);
  }

  /** A FastCGI responder that answers every request with `stdout` (CGI headers and body) and ends it. */
  async fastcgi(stdout: string): Promise<number> {
    const server = createServer((socket) => {
      this.sockets.push(socket);
      socket.on('error', () => {});
      fastcgiReply(socket, stdout);
    });
    return this.listen(server);
  }

  /**
   * A port where connecting hangs: a listener with a backlog of one that
   * never accepts, its queue already filled, so the kernel drops every
   * further SYN and the client's connect times out as it would against a
   * host that is down or firewalled.
   */
  async blackhole(): Promise<number> {
    const script = this.path('run', 'blackhole.php');
    writeFileSync(
      script,
      "<?php\n$ctx = stream_context_create(['socket' => ['backlog' => 0]]);\n$s = stream_socket_server('tcp://127.0.0.1:0', $no, $why, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);\necho stream_socket_get_name($s, false), \"\\n\";\nwhile (true) sleep(60);\n",
    );
    const out = this.path('run', 'blackhole.out');
    this.start(BIN.php, ['-n', script], out);
    await waitFor('the blackhole listener', () => existsSync(out) && readFileSync(out, 'utf8').includes('\n'));
    const port = Number(readFileSync(out, 'utf8').trim().split(':').pop());
    await new Promise<void>((resolve, reject) => {
      const filler = connect({ port, host: '127.0.0.1' }, resolve);
      filler.once('error', reject);
      this.sockets.push(filler);
    });
    return port;
  }

  /** A DNS server that answers every question NXDOMAIN, as a resolver does for a name that does not exist. */
  async nxdomain(): Promise<number> {
    const socket = createSocket('udp4');
    socket.on('message', (query, from) => {
      const reply = Buffer.from(query);
      // QR=1, opcode and RD copied, RA=1, RCODE=3 (name error); no answers.
      reply[2] = 0x80 | (query[2] & 0x79);
      reply[3] = 0x83;
      reply.writeUInt16BE(0, 6);
      reply.writeUInt16BE(0, 8);
      reply.writeUInt16BE(0, 10);
      socket.send(reply, from.port, from.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    this.servers.push({ close: (done?: () => void) => socket.close(done) } as unknown as Server);
    return socket.address().port;
  }

  private listen(server: Server, port = 0): Promise<number> {
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  }

  /** Resolves once a unix socket's listen queue holds at least `depth` connections nobody has accepted yet. */
  async queued(socket: string, depth = 1): Promise<void> {
    await waitFor(`${depth} connection(s) queued on ${socket}`, () => {
      const out = spawnSync('ss', ['-xlnH', 'src', socket], { encoding: 'utf8' }).stdout;
      return Number(out.trim().split(/\s+/)[2] ?? 0) >= depth;
    });
  }

  // --- the request ----------------------------------------------------------------

  /**
   * Sends one request with curl, as a person checking the site would, and
   * keeps its status line, headers and body as the case's response. curl
   * accepts HTTP/0.9, so a reply without headers is kept too.
   */
  async request(port: number, path = '/', options: { method?: string; timeout?: number; keep?: boolean } = {}): Promise<Response> {
    const headersFile = this.path('run', `headers-${Math.random().toString(36).slice(2)}`);
    const bodyFile = `${headersFile}.body`;
    const args = ['-sS', '--http0.9', '-m', String(options.timeout ?? 15), '-D', headersFile, '-o', bodyFile];
    if (options.method) args.push('-X', options.method, '-d', 'order=1');
    const child = this.start(BIN.curl, [...args, `http://127.0.0.1:${port}${path}`]);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '';
    const body = existsSync(bodyFile) ? readFileSync(bodyFile, 'utf8') : '';
    const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(headers)?.[1] ?? (headers === '' && body !== '' ? 200 : 0));
    const response = { status, headers, body };
    if (options.keep !== false) this.last = response;
    return response;
  }

  /** Stops everything this lab started and removes its prefix. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(this.servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all(this.processes.map((child) => this.stop(child)));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Debian names the FPM binary after the PHP version: the newest one installed ('' if none, unless `required`). */
export function fpmBinary(required = true): string {
  const found = readdirSync('/usr/sbin')
    .filter((name) => /^php-fpm\d/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .pop();
  if (!found && required) throw new Error('no php-fpm binary in /usr/sbin');
  return found ? `/usr/sbin/${found}` : '';
}

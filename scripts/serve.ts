/**
 * Serves a built site the way a plain static host does: `/path/` is
 * `path/index.html`, a folder without its slash redirects, anything else is
 * `404.html` with status 404, and the headers in `_headers` are sent. The
 * browser tests use it instead of `astro preview`, which allows one server
 * per project and sends no `_headers`.
 *
 * Usage: tsx scripts/serve.ts [dir=dist] [port=4321]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** The `/*` block of `_headers`, as name and value pairs. */
function siteHeaders(root: string): [string, string][] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('/*');
  if (start < 0) return [];
  const block = lines.slice(start + 1);
  const end = block.findIndex((line) => !/^\s/.test(line) && line.trim() !== '');
  return (end < 0 ? block : block.slice(0, end))
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

export interface StaticHost {
  server: Server;
  /** Serves another folder from the next request on: a deploy, as far as a browser can tell. */
  deploy: (dir: string) => void;
}

/** Starts serving `dir` on 127.0.0.1:`port` (0 picks a free one); `extraHeaders` go on every response, as a caching host would add them. */
export function serveSite(dir: string, port: number, extraHeaders: [string, string][] = []): StaticHost {
  let root = resolve(dir);
  let headers = siteHeaders(root);
  const server = createServer((request, response) => {
    for (const [name, value] of [...headers, ...extraHeaders]) response.setHeader(name, value);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      pathname = '/\0';
    }
    const path = normalize(join(root, pathname));
    const inside = path.startsWith(root) && !pathname.includes('\0');
    if (inside && pathname.endsWith('/') && isFile(join(path, 'index.html'))) {
      return send(200, join(path, 'index.html'));
    }
    if (inside && !pathname.endsWith('/') && isFile(path)) return send(200, path);
    if (inside && !pathname.endsWith('/') && isFile(join(path, 'index.html'))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    send(404, join(root, '404.html'));

    function send(status: number, file: string) {
      response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
    }
  }).listen(port, '127.0.0.1');
  return {
    server,
    deploy: (next) => {
      root = resolve(next);
      headers = siteHeaders(root);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  serveSite(root, port).server.on('listening', () => console.log(`Serving ${resolve(root)} on http://localhost:${port}/`));
}

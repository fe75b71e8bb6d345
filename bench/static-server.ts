/**
 * The built files served as they are, the way the desktop app meets them (from disk, no
 * compression): a plain HTTP server over one folder, for the open suite's empty-app measure
 * (issue 17). `vite preview` gzips every script again on each request, which on a loaded 2-core
 * machine is CPU the page then waits for; a user of the web build gets precompressed or cached
 * files from a real host, and the desktop app none of that work. Same headers as `vite preview`
 * where given (the app's Content-Security-Policy), so the page runs under the same policy.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** Requests answered so far, by path (what the page fetched). */
  readonly served: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or null when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return file.startsWith(base) ? file : null;
}

/** Serves `root` on a free port of 127.0.0.1 with `headers` on every answer. */
export function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const served = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const file = resolveInside(root, request.url ?? '/');
    if (file === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file === null ? 403 : 405).end();
      return;
    }
    readFile(file).then(
      (body) => {
        served.set(request.url ?? '/', (served.get(request.url ?? '/') ?? 0) + 1);
        response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, served, close: () => new Promise((res) => server.close(() => res())) });
    });
  });
}

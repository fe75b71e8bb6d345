/**
 * The `app://orgmap/` protocol: the packaged renderer files, served by the main process.
 * A standard, secure scheme gives the renderer a real origin (so `'self'` in the CSP means our
 * files and nothing else) without `file://`'s access to the whole disk. Requests that leave the
 * renderer folder (`..`, encoded separators, absolute paths) get a 404.
 */
import type { Protocol } from 'electron';
import nodePath from 'node:path';
import { APP_CSP } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'orgmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // No bypassCSP, no corsEnabled, no service workers: only what a normal https page would get.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps an `app://orgmap/…` URL to a file inside `root`, or null when the URL is not ours or the
 * path would leave `root`. `pathApi` is a parameter so tests can check Windows semantics too.
 */
export function resolveAppPath(root: string, requestUrl: string, pathApi: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return null;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  // Windows would also read "\" and drive letters; refuse them everywhere rather than per platform.
  if (pathname.includes('\\') || /^\/[a-zA-Z]:/.test(pathname)) return null;
  const resolved = pathApi.resolve(root, `.${pathname}`);
  const relative = pathApi.relative(pathApi.resolve(root), resolved);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) return null;
  return resolved;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolDeps {
  /** The folder of the built renderer (out/renderer). */
  readonly root: string;
  readonly readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  readonly csp?: string;
  readonly pathApi?: PathApi;
}

/** The `protocol.handle` handler: the file, with the CSP as a header, or a bare 404/405. */
export function createAppProtocolHandler({ root, readFile, csp = APP_CSP, pathApi = nodePath }: AppProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(root, request.url, pathApi);
    if (file === null) return new Response(null, { status: 404 });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = {
      'Content-Type': mimeType(file),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** Installs the handler on the default session's protocol registry (after `app` is ready). */
export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, deps: AppProtocolDeps): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(deps));
}

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { APP_CSP, isStrictScriptPolicy } from './csp';
import { APP_ENTRY_URL, createAppProtocolHandler, mimeType, registerAppScheme, resolveAppPath, setupAppProtocol } from './protocol';

describe('app:// path resolution refuses traversal', () => {
  const root = '/opt/orgmap/out/renderer';

  it('maps our URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://orgmap/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://orgmap/assets/index-abc.js?v=1#x')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://orgmap/assets/a%20b.png')).toBe(`${root}/assets/a b.png`);
    // WHATWG URL parsing already folds plain dot segments into the root.
    expect(resolveAppPath(root, 'app://orgmap/../../etc/passwd')).toBe(`${root}/etc/passwd`);
  });

  it('refuses anything that would leave it, or is not ours', () => {
    for (const url of [
      'app://orgmap/..%2f..%2fetc%2fpasswd',
      'app://orgmap/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://orgmap/assets/..%2F..%2F..%2Fsecret',
      'app://orgmap/..%5c..%5cwindows%5cwin.ini',
      'app://orgmap/%2fetc%2fpasswd/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd',
      'app://orgmap/C:%5cWindows',
      'app://orgmap/a%00b',
      'app://orgmap/%E0%A4%A',
      'app://other/index.html',
      'app://orgmap:81/index.html',
      'app://u:p@orgmap/index.html',
      'https://orgmap/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveAppPath(root, url), url).toBeNull();
    }
  });

  it('has the same guarantees with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Orgmap\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath(winRoot, 'app://orgmap/assets/x.js', nodePath.win32)).toBe(`${winRoot}\\assets\\x.js`);
    for (const url of ['app://orgmap/..%5c..%5csecret', 'app://orgmap/..%2f..%2fsecret', 'app://orgmap/C:%5cWindows%5cwin.ini', 'app://orgmap/%5c%5cserver%5cshare']) {
      expect(resolveAppPath(winRoot, url, nodePath.win32), url).toBeNull();
    }
  });
});

describe('app:// protocol handler', () => {
  let root: string;
  let secret: string;

  beforeAll(async () => {
    const base = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-protocol-'));
    root = nodePath.join(base, 'renderer');
    await mkdir(nodePath.join(root, 'assets'), { recursive: true });
    await writeFile(nodePath.join(root, 'index.html'), '<!doctype html><title>Orgmap</title>');
    await writeFile(nodePath.join(root, 'assets', 'app.js'), 'console.log(1)');
    secret = nodePath.join(base, 'secret.txt');
    await writeFile(secret, 'top secret');
  });

  afterAll(async () => {
    await rm(nodePath.dirname(root), { recursive: true, force: true });
  });

  const handler = () => createAppProtocolHandler({ root, readFile: (path) => readFile(path) });

  it('serves the files with their type and the CSP as a response header', async () => {
    const response = await handler()(new Request('app://orgmap/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Orgmap</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(isStrictScriptPolicy(response.headers.get('content-security-policy') ?? '')).toBe(true);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await handler()(new Request('app://orgmap/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 outside the folder or for missing files, 405 for writes', async () => {
    const read = vi.fn((path: string) => readFile(path));
    const h = createAppProtocolHandler({ root, readFile: read });
    for (const url of ['app://orgmap/..%2fsecret.txt', 'app://orgmap/%2e%2e/secret.txt', 'app://orgmap/missing.js', 'app://orgmap/assets']) {
      const response = await h(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('');
    }
    expect(read.mock.calls.map(([path]) => path)).not.toContain(secret);
    expect((await h(new Request('app://orgmap/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('knows the types of what Vite emits', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });

  it('registers app: as standard and secure, without CSP bypass, and installs the handler', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [[{ scheme: string; privileges: Record<string, boolean> }[]]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
    expect(schemes[0]?.privileges.corsEnabled).toBeUndefined();
    expect(schemes[0]?.privileges.allowServiceWorkers).toBeUndefined();

    const handle = vi.fn();
    setupAppProtocol({ handle }, { root, readFile: (path) => readFile(path) });
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

/** The open suite's plain file server (bench/static-server.ts): the files as built, nothing else. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInside, serveStatic } from './static-server';

const root = mkdtempSync(join(tmpdir(), 'orgmap-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><p>app</p>');
writeFileSync(join(root, 'assets', 'entry-1.js'), 'export const x = 1;\n');
writeFileSync(join(tmpdir(), 'orgmap-static-secret.txt'), 'outside');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'orgmap-static-secret.txt'), { force: true });
});

describe('serveStatic', () => {
  it('answers the files byte for byte, uncompressed, with their type and the given headers', async () => {
    const server = await serveStatic(root, { 'Content-Security-Policy': "default-src 'self'" });
    try {
      const page = await fetch(server.url, { headers: { 'Accept-Encoding': 'gzip, br' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(page.headers.get('content-encoding')).toBeNull();
      expect(await page.text()).toBe('<!doctype html><p>app</p>');
      const script = await fetch(`${server.url}assets/entry-1.js?v=2`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await script.text()).toBe('export const x = 1;\n');
      expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
      expect([...server.served.keys()]).toEqual(['/', '/assets/entry-1.js?v=2']);
    } finally {
      await server.close();
    }
  });

  it('never answers a file outside its folder', async () => {
    expect(resolveInside(root, '/../orgmap-static-secret.txt')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/orgmap-static-secret.txt')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/assets/')).toBe(join(root, 'assets', 'index.html'));
    const server = await serveStatic(root);
    try {
      const { request } = await import('node:http');
      // A URL is normalised (`..` and `%2e%2e` taken away), so the raw path goes as node:http options.
      const { port } = new URL(server.url);
      const status = await new Promise<number | undefined>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/%2e%2e/orgmap-static-secret.txt' }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject).end();
      });
      expect(status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, loadConfigFromFile, type Plugin, type PluginOption } from 'vite';
import electronViteConfig from '../../electron.vite.config';
import { APP_CSP, isStrictScriptPolicy, parseCsp, scriptSources } from './csp';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const rendererConfig = nodePath.join(repo, 'renderer/vite.config.ts');
const DEV_CSP_PLUGIN = 'orgmap:dev-csp';

function metaCsp(html: string): string {
  const match = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"/i.exec(html);
  if (!match?.[1]) throw new Error('no CSP meta tag');
  return match[1];
}

function flatPlugins(options: PluginOption[] | undefined): Plugin[] {
  return (options ?? []).flat(Infinity as 1).filter((p): p is Plugin => typeof p === 'object' && p !== null && 'name' in p);
}

describe('the app CSP', () => {
  it('allows scripts from our own files only', () => {
    expect(scriptSources(APP_CSP)).toEqual(["'self'"]);
    expect(isStrictScriptPolicy(APP_CSP)).toBe(true);
    expect(parseCsp(APP_CSP).get('object-src')).toEqual(["'none'"]);
    expect(parseCsp(APP_CSP).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('the checker catches weakened policies', () => {
    for (const bad of ["script-src 'self' 'unsafe-inline'", "script-src 'self' 'unsafe-eval'", 'script-src *', "default-src 'self' https:", "style-src 'self'"]) {
      expect(isStrictScriptPolicy(bad), bad).toBe(false);
    }
  });

  it('the header sent for app:// carries every directive of the meta tag in renderer/index.html, unchanged', async () => {
    const meta = parseCsp(metaCsp(await readFile(nodePath.join(repo, 'renderer/index.html'), 'utf8')));
    const header = parseCsp(APP_CSP);
    for (const [directive, sources] of meta) expect(header.get(directive), directive).toEqual(sources);
    expect(isStrictScriptPolicy(metaCsp(await readFile(nodePath.join(repo, 'renderer/index.html'), 'utf8')))).toBe(true);
  });
});

describe('`npm run web` serves the policy as a header (#15 item 8)', () => {
  it('vite preview sends the meta tag\'s policy plus frame-ancestors \'none\', the same as the desktop header', async () => {
    const web = await loadConfigFromFile({ command: 'serve', mode: 'production', isPreview: true }, rendererConfig, repo, 'silent');
    const headers = (web?.config.preview?.headers ?? {}) as Record<string, string>;
    const policy = headers['Content-Security-Policy'] ?? '';
    expect(parseCsp(policy).get('frame-ancestors')).toEqual(["'none'"]);
    expect(parseCsp(policy)).toEqual(parseCsp(APP_CSP));
    expect(isStrictScriptPolicy(policy)).toBe(true);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('dev-server CSP plugin', () => {
  it('is in both renderer configs, for `serve` only', async () => {
    const web = await loadConfigFromFile({ command: 'build', mode: 'production' }, rendererConfig, repo, 'silent');
    const webConfig = { plugins: web?.config.plugins };
    const desktop = electronViteConfig as { renderer?: { plugins?: PluginOption[] } };
    for (const plugins of [flatPlugins(webConfig.plugins), flatPlugins(desktop.renderer?.plugins)]) {
      const plugin = plugins.find((p) => p.name === DEV_CSP_PLUGIN);
      expect(plugin?.apply).toBe('serve');
    }
  });

  it('in dev, allows exactly the inline scripts Vite injects (by hash), never unsafe-inline', async () => {
    const server = await createServer({ configFile: rendererConfig, logLevel: 'silent', server: { middlewareMode: true, ws: false }, appType: 'custom' });
    try {
      const source = await readFile(nodePath.join(repo, 'renderer/index.html'), 'utf8');
      const html = await server.transformIndexHtml('/index.html', source);
      const policy = metaCsp(html);
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
      expect(inline.length).toBeGreaterThan(0); // the React Refresh preamble
      const hashes = scriptSources(policy).filter((s) => s.startsWith("'sha256-"));
      expect(hashes).toHaveLength(inline.length);
      expect(isStrictScriptPolicy(policy)).toBe(true);
      expect(parseCsp(policy).get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'ws://localhost:*']));
    } finally {
      await server.close();
    }
  });
});

describe('production build of the renderer', () => {
  let work: string;
  beforeAll(async () => {
    // Build renderer/index.html with the real config and plugins, but a stand-in entry module, so
    // this checks the build's HTML pipeline and not the state of the app's sources.
    work = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-csp-build-'));
    await cp(nodePath.join(repo, 'renderer/index.html'), nodePath.join(work, 'index.html'));
    await mkdir(nodePath.join(work, 'src'));
    await writeFile(nodePath.join(work, 'src/main.tsx'), 'document.body.dataset.ok = "1";\n');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('keeps script-src strict: no unsafe-inline, no unsafe-eval, no inline scripts', async () => {
    const outDir = nodePath.join(work, 'dist');
    await build({ configFile: rendererConfig, root: work, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const html = await readFile(nodePath.join(outDir, 'index.html'), 'utf8');
    const policy = metaCsp(html);
    expect(scriptSources(policy)).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i);
  }, 60_000);
});

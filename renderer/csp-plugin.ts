import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Dev-server only: lets the strict CSP of index.html live with Vite's dev server.
 *
 * `script-src 'self'` blocks the inline module script that @vitejs/plugin-react injects in dev
 * (the React Refresh preamble). Rather than `'unsafe-inline'`, this adds the sha256 hash of each
 * inline script actually present in the served page, and the dev server's HMR websocket to
 * `connect-src`. `apply: 'serve'` keeps it out of production builds entirely: the built
 * index.html carries the policy exactly as written (checked by electron/main/csp.test.ts).
 */
export const DEV_CSP_PLUGIN_NAME = 'orgmap:dev-csp';

const META_CSP = /(<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=")([^"]*)("[^>]*>)/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

function addSources(policy: string, directive: string, sources: readonly string[]): string {
  const parts = policy.split(';').map((part) => part.trim()).filter(Boolean);
  const index = parts.findIndex((part) => part.split(/\s+/)[0]?.toLowerCase() === directive);
  const extra = sources.filter((source) => !(parts[index] ?? '').split(/\s+/).includes(source));
  if (index === -1) parts.push([directive, "'self'", ...extra].join(' '));
  else if (extra.length) parts[index] = `${parts[index]} ${extra.join(' ')}`;
  return parts.join('; ');
}

/** Adds the hashes of the page's inline scripts (and the HMR websocket) to its meta CSP. */
export function relaxCspForDevServer(html: string, websocketSources: readonly string[] = ['ws://localhost:*', 'ws://127.0.0.1:*']): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((match) => `'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`);
  return html.replace(META_CSP, (_all, start: string, policy: string, end: string) => {
    let relaxed = addSources(policy.replace(/&#39;|&apos;/g, "'"), 'script-src', [...new Set(hashes)]);
    relaxed = addSources(relaxed, 'connect-src', websocketSources);
    return `${start}${relaxed}${end}`;
  });
}

export function devCsp(): Plugin {
  return {
    name: DEV_CSP_PLUGIN_NAME,
    apply: 'serve',
    // 'post': runs after the other plugins (and Vite itself) have injected their tags.
    transformIndexHtml: { order: 'post', handler: (html) => relaxCspForDevServer(html) },
  };
}

/** The policy written in a page's meta tag (`&#39;` entities read back as quotes). */
export function metaPolicy(html: string): string {
  const match = META_CSP.exec(html);
  if (!match?.[2]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return match[2].replace(/&#39;|&apos;/g, "'");
}

/**
 * The headers `vite preview` (`npm run web`) sends with every response: the meta tag's policy as a
 * real header, applied before any byte is parsed, plus `frame-ancestors 'none'`, which a meta tag
 * cannot carry (so no other site can frame the app to click-jack it). The meta tag stays for hosts
 * that serve the files without headers.
 */
export function previewHeaders(indexHtml: string): Record<string, string> {
  const policy = metaPolicy(indexHtml);
  return {
    'Content-Security-Policy': /(^|;)\s*frame-ancestors\s/i.test(policy) ? policy : `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

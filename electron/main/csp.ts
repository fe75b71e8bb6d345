/**
 * The Content-Security-Policy of the app. renderer/index.html carries the same policy in a meta
 * tag (so the browser build has it too); for `app://` responses the main process also sends it as
 * a response header, which is applied before any byte of the page is parsed and can carry
 * `frame-ancestors`, which meta tags cannot. csp.test.ts keeps the two from drifting apart.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Parses a policy into directive → sources (names lower-cased, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that govern scripts: `script-src`, or `default-src` when there is none. */
export function scriptSources(policy: string): string[] {
  const csp = parseCsp(policy);
  return csp.get('script-src') ?? csp.get('default-src') ?? [];
}

/** True when scripts are limited to files (no inline script, no eval, no wildcard, no data:). */
export function isStrictScriptPolicy(policy: string): boolean {
  const sources = scriptSources(policy);
  if (sources.length === 0) return false;
  const forbidden = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:'];
  return !sources.some((source) => forbidden.includes(source.toLowerCase()));
}

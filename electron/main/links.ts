/**
 * External links. `shell.openExternal` hands a URL to the OS, which will happily run `file:`,
 * `smb:` or custom-scheme handlers; so it is only ever called from here, and only for https links
 * to hosts on the allow-list. The renderer opens links with `<a target="_blank">`; the window-open
 * handler (window.ts) denies the new window and passes the URL here.
 */

/**
 * The hosts the app links to: the social platforms whose accounts appear on a map (a profile link
 * from an account's handle). Exact host names; subdomains are not implied.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'facebook.com',
  'www.linkedin.com',
  'linkedin.com',
  'www.instagram.com',
  'instagram.com',
  'www.youtube.com',
  'youtube.com',
  'www.tiktok.com',
  'tiktok.com',
  'www.threads.net',
  'threads.net',
  'bsky.app',
  'www.pinterest.com',
  'pinterest.com',
  'www.snapchat.com',
  'snapchat.com',
];

/** True for `https://<allowed host>[:443]/…` without credentials; false for anything else. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  return allowedHosts.includes(parsed.hostname.toLowerCase());
}

/** The slice of Electron's `shell` this module uses. */
export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/**
 * Opens `url` in the user's browser if the allow-list permits it. Returns whether it did.
 * The URL is re-serialised from the parsed form so what the OS sees is what was checked.
 */
export async function openExternalSafely(
  shell: ShellLike,
  url: string,
  allowedHosts: readonly string[] = EXTERNAL_HOSTS,
  log: (message: string) => void = () => {},
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowedHosts)) {
    log(`links: refused to open ${JSON.stringify(url.slice(0, 200))}`);
    return false;
  }
  await shell.openExternal(new URL(url).href);
  return true;
}

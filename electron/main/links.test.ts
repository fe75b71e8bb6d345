import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_HOSTS, isAllowedExternalUrl, openExternalSafely } from './links';

describe('shell.openExternal allow-list', () => {
  it('allows https links to the listed hosts', () => {
    expect(isAllowedExternalUrl('https://x.com/orgmap')).toBe(true);
    expect(isAllowedExternalUrl('https://www.linkedin.com/company/acme/')).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.YOUTUBE.COM/@acme')).toBe(true);
  });

  it('refuses every other scheme, host, port and credential trick', () => {
    for (const url of [
      'http://x.com/orgmap',
      'file:///etc/passwd',
      'smb://x.com/share',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'https://x.com.evil.example/',
      'https://evil.example/?https://x.com/',
      'https://evil.x.com/',
      'https://x.com@evil.example/',
      'https://user:pw@x.com/',
      'https://x.com:8443/',
      'not a url',
      '',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('only ever lists https-able bare host names', () => {
    for (const host of EXTERNAL_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('calls shell.openExternal only for allowed links, with the re-serialised URL', async () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const log = vi.fn();
    expect(await openExternalSafely(shell, 'https://x.com/a b', EXTERNAL_HOSTS, log)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://x.com/a%20b');
    expect(await openExternalSafely(shell, 'file:///C:/Windows/System32/calc.exe', EXTERNAL_HOSTS, log)).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => vi.restoreAllMocks());

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

describe('copyText', () => {
  it('uses the Clipboard API where it exists', async () => {
    const writeText = vi.fn(async () => undefined);
    setClipboard({ writeText });
    expect(await copyText('1. Step\n')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('1. Step\n');
  });

  it('falls back to a hidden text area and the copy command, and cleans up', async () => {
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    let copied = '';
    const exec = vi.fn(() => {
      copied = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(await copyText('path')).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe('path');
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
  });

  it('says so when nothing could copy', async () => {
    setClipboard(undefined);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    expect(await copyText('x')).toBe(false);
  });
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackReadiness } from './ready';

describe('trackReadiness (data-ready on the canvas)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('says loading at once and interactive only after the framing settled and a frame was painted', async () => {
    const element = document.createElement('div');
    let frame!: () => void;
    trackReadiness(element, new Promise<void>((resolve) => (frame = resolve)));
    expect(element.dataset['ready']).toBe('loading');
    await vi.advanceTimersByTimeAsync(100);
    expect(element.dataset['ready']).toBe('loading'); // React Flow has not framed the map yet
    frame();
    await Promise.resolve();
    expect(element.dataset['ready']).toBe('loading'); // framed, not yet painted
    await vi.advanceTimersByTimeAsync(40);
    expect(element.dataset['ready']).toBe('interactive');
  });

  it('a newer load takes over: the older one never marks the canvas', async () => {
    const element = document.createElement('div');
    let first!: () => void;
    const cancel = trackReadiness(element, new Promise<void>((resolve) => (first = resolve)));
    cancel();
    let second!: () => void;
    trackReadiness(element, new Promise<void>((resolve) => (second = resolve)));
    first();
    await vi.advanceTimersByTimeAsync(100);
    expect(element.dataset['ready']).toBe('loading');
    second();
    await vi.advanceTimersByTimeAsync(100);
    expect(element.dataset['ready']).toBe('interactive');
  });

  it('a framing that fails still ends in interactive (the nodes are there), and no element is no error', async () => {
    const element = document.createElement('div');
    trackReadiness(element, Promise.reject(new Error('no pan-zoom yet')));
    await vi.advanceTimersByTimeAsync(100);
    expect(element.dataset['ready']).toBe('interactive');
    expect(() => trackReadiness(null, Promise.resolve())()).not.toThrow();
  });
});

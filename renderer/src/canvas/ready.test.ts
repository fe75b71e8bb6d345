// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showSketchFirst, trackReadiness } from './ready';

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

  it('a sketched map: loading, visible after a painted frame (then React Flow gets the nodes), interactive after framing, never loading again', async () => {
    const element = document.createElement('div');
    element.dataset['ready'] = 'interactive'; // the map shown before
    const steps: string[] = [];
    new MutationObserver(() => steps.push(element.dataset['ready'] ?? '')).observe(element, { attributes: true });
    let released = 0;
    showSketchFirst(element, () => (released += 1));
    expect(element.dataset['ready']).toBe('loading');
    expect(released).toBe(0);
    await vi.advanceTimersByTimeAsync(40);
    expect(element.dataset['ready']).toBe('visible');
    expect(released).toBe(1);
    let frame!: () => void;
    trackReadiness(element, new Promise<void>((resolve) => (frame = resolve)), true);
    await vi.advanceTimersByTimeAsync(40);
    expect(element.dataset['ready']).toBe('visible'); // not framed yet
    frame();
    await vi.advanceTimersByTimeAsync(40);
    expect(element.dataset['ready']).toBe('interactive');
    expect(steps).toEqual(['loading', 'visible', 'interactive']);
  });

  it('a newer load cancels the sketch step: it neither says visible nor hands over the nodes', async () => {
    const element = document.createElement('div');
    let released = 0;
    const cancel = showSketchFirst(element, () => (released += 1));
    cancel();
    await vi.advanceTimersByTimeAsync(100);
    expect(element.dataset['ready']).toBe('loading');
    expect(released).toBe(0);
  });
});

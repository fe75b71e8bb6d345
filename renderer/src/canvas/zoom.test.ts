import { describe, expect, it } from 'vitest';
import { formatZoom, MAX_ZOOM, MIN_ZOOM, nextZoomStep, parseZoomPercent, stepZoom, ZOOM_STEPS } from './zoom';

describe('zoom steps', () => {
  it('land on 100 % from either side, however far the view was zoomed', () => {
    for (let z = MIN_ZOOM; z < 0.995; z *= 1.2) {
      let at = z;
      while (at < 1) at = nextZoomStep(at, 1);
      expect(at).toBe(1);
    }
    // Within 0.5 % of 100 % counts as 100 % already.
    for (let z = MAX_ZOOM; z > 1.005; z /= 1.2) {
      let at = z;
      while (at > 1) at = nextZoomStep(at, -1);
      expect(at).toBe(1);
    }
  });

  it('step one level from a level and stop at the ends', () => {
    expect(nextZoomStep(1, 1)).toBe(1.25);
    expect(nextZoomStep(1, -1)).toBe(0.9);
    expect(nextZoomStep(0.9999, 1)).toBe(1.25);
    expect(nextZoomStep(0.7, -1)).toBe(0.67);
    expect(nextZoomStep(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(nextZoomStep(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
    expect(ZOOM_STEPS).toContain(1);
  });
});

describe('stepping the canvas', () => {
  it('two quick steps are two steps: the second goes on from where the first is heading', async () => {
    // The view is still on its way from 125 % when the second click comes.
    let zoom = 1.25;
    const ends: (() => void)[] = [];
    const targets: number[] = [];
    const flow = {
      getZoom: () => zoom,
      zoomTo: (to: number) => {
        targets.push(to);
        return new Promise<boolean>((resolve) => ends.push(() => resolve(true)));
      },
    };
    stepZoom(flow, -1);
    zoom = 1.15;
    stepZoom(flow, -1);
    expect(targets).toEqual([1, 0.9]);
    // Once the animations have ended, a step starts from the view's zoom again.
    zoom = 0.9;
    for (const end of ends) end();
    await Promise.resolve();
    zoom = 0.5;
    stepZoom(flow, 1);
    expect(targets.at(-1)).toBe(0.67);
  });
});

describe('typed zoom', () => {
  it('reads a percentage with or without the sign, a comma as decimal point', () => {
    expect(parseZoomPercent('150')).toBe(1.5);
    expect(parseZoomPercent(' 75 % ')).toBe(0.75);
    expect(parseZoomPercent('12,5%')).toBe(0.125);
  });
  it('clamps to the canvas range and refuses what is no number', () => {
    expect(parseZoomPercent('1000')).toBe(MAX_ZOOM);
    expect(parseZoomPercent('1')).toBe(MIN_ZOOM);
    expect(parseZoomPercent('abc')).toBeNull();
    expect(parseZoomPercent('')).toBeNull();
    expect(parseZoomPercent('0')).toBeNull();
    expect(parseZoomPercent('-50')).toBeNull();
  });
  it('formats as a rounded percentage', () => {
    expect(formatZoom(1)).toBe('100 %');
    expect(formatZoom(0.333)).toBe('33 %');
  });
});

/**
 * Zoom steps that land on 100 % (Figma and diagrams.net step through fixed levels; ×1.2 from 1
 * never comes back to exactly 1), reading a typed percentage, and the zoom commands' actions.
 */
import type { ReactFlowInstance } from '@xyflow/react';

/** The range of the zoom steps and a typed zoom (Canvas.tsx's minZoom is lower, for framing very big maps). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 3;

export const ZOOM_STEPS: readonly number[] = [0.05, 0.1, 0.15, 0.2, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 2.5, 3];

/** The next step above (`+1`) or below (`-1`) `zoom`; from in between, the nearest in that direction. */
export function nextZoomStep(zoom: number, direction: 1 | -1): number {
  // A zoom within 0.5 % of a step counts as that step (a fit may land on 0.9999).
  if (direction > 0) return ZOOM_STEPS.find((s) => s > zoom * 1.005) ?? MAX_ZOOM;
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) {
    const step = ZOOM_STEPS[i] ?? MIN_ZOOM;
    if (step < zoom * 0.995) return step;
  }
  return MIN_ZOOM;
}

/** "150", "150%", "150 %", " 75,5 " → a zoom factor clamped to the canvas's range; null when it is no number. */
export function parseZoomPercent(text: string): number | null {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  if (!m?.[1]) return null;
  const percent = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(percent) || percent <= 0) return null;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, percent / 100));
}

/** A zoom as people read it: 0.5 → "50 %". */
export function formatZoom(zoom: number): string {
  return `${Math.round(zoom * 100)} %`;
}

type ZoomFlow = Pick<ReactFlowInstance, 'getZoom' | 'zoomTo'>;

const STEP_MS = 150;

/**
 * Where the last step's animation is heading while it runs. A second click or key press within
 * those 150 ms goes on from there, so two quick steps are two steps (125 % → 100 % → 90 %), not
 * one step from a zoom halfway (125 % → 100 %, then 110 % → 100 % again). React Flow's promise
 * settles when the animation ends; an animation cut short (a wheel zoom) never settles it, hence
 * the time limit.
 */
let heading: { zoom: number; until: number } | null = null;

export function stepZoom(flow: ZoomFlow, direction: 1 | -1): void {
  const now = performance.now();
  const from = heading && now < heading.until ? heading.zoom : flow.getZoom();
  const zoom = nextZoomStep(from, direction);
  const step = { zoom, until: now + STEP_MS + 250 };
  heading = step;
  void flow.zoomTo(zoom, { duration: STEP_MS }).then(() => {
    if (heading === step) heading = null;
  });
}

/**
 * Below this zoom an ordinary node's 14 px label is under 8 px on screen. Framing something the
 * user asked to see (a risk, a find result) never zooms out further than this; a group too wide
 * for it is centred at this zoom instead.
 */
export const READABLE_ZOOM = 0.6;

/**
 * Where the canvas stands, in `data-ready` on the canvas element (`data-testid="canvas"`), so any
 * harness (the bench's open suite, an e2e test) can time it without knowing how the canvas works:
 *
 * - `loading`: a map was loaded or another scenario shown, and the canvas has not framed it yet;
 * - `visible`: the whole map is on screen (framed and painted);
 * - `interactive`: its nodes take clicks.
 *
 * A big map (Canvas.tsx, SKETCH_FIRST_NODES) is first painted as a sketch (SketchLayers.tsx) and
 * says `visible` after that paint, before React Flow renders its nodes; a smaller one goes from
 * `loading` straight to `interactive` (a harness waiting for `visible` takes `interactive` too).
 */
export type Readiness = 'loading' | 'visible' | 'interactive';

/** Resolves after the next frame has been painted (a rAF, then a task after its paint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Sets `data-ready` on `element` to `value`, only on a change (an observer sees each step once). */
export function setReadiness(element: HTMLElement | null, value: Readiness): void {
  if (element && element.dataset['ready'] !== value) element.dataset['ready'] = value;
}

/**
 * The first step of a big map: marks `element` `loading` now and, once a frame has been painted
 * (the sketch of the whole map), `visible`, then calls `shown` (the canvas hands React Flow the
 * nodes), unless cancelled first by a newer load. Returns the canceller.
 */
export function showSketchFirst(element: HTMLElement | null, shown: () => void): () => void {
  let current = true;
  setReadiness(element, 'loading');
  void afterPaint().then(() => {
    if (!current) return;
    setReadiness(element, 'visible');
    shown();
  });
  return () => {
    current = false;
  };
}

/**
 * Marks `element` `loading` now (unless `sketched`: showSketchFirst already made it `visible`) and
 * `interactive` once `framed` has settled and a frame has been painted after it, unless a later
 * call (a newer load) has taken over. Returns the canceller.
 */
export function trackReadiness(element: HTMLElement | null, framed: Promise<unknown>, sketched = false): () => void {
  if (!element) return () => undefined;
  let current = true;
  // Set only on a change, so an observer sees each step once (a second load before the first was
  // framed is still one `loading`).
  if (!sketched) setReadiness(element, 'loading');
  void framed
    .catch(() => undefined)
    .then(afterPaint)
    .then(() => {
      if (current) setReadiness(element, 'interactive');
    });
  return () => {
    current = false;
  };
}

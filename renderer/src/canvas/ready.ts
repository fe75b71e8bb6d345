/**
 * Where the canvas stands, in `data-ready` on the canvas element (`data-testid="canvas"`), so any
 * harness (the bench's open suite, an e2e test) can time it without knowing how the canvas works:
 *
 * - `loading`: a map was loaded or another scenario shown, and the canvas has not framed it yet;
 * - `visible`: the whole map is on screen (framed and painted);
 * - `interactive`: its nodes take clicks. Today the nodes are painted as React Flow nodes, so a
 *   framed map is both at once and the canvas goes from `loading` straight to `interactive`
 *   (a harness waiting for `visible` takes `interactive` too).
 */
export type Readiness = 'loading' | 'visible' | 'interactive';

/** Resolves after the next frame has been painted (a rAF, then a task after its paint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Marks `element` `loading` now and `interactive` once `framed` has settled and a frame has been
 * painted after it, unless a later call (a newer load) has taken over. Returns the canceller.
 */
export function trackReadiness(element: HTMLElement | null, framed: Promise<unknown>): () => void {
  if (!element) return () => undefined;
  let current = true;
  // Set only on a change, so an observer sees each step once (a second load before the first was
  // framed is still one `loading`).
  if (element.dataset['ready'] !== 'loading') element.dataset['ready'] = 'loading' satisfies Readiness;
  void framed
    .catch(() => undefined)
    .then(afterPaint)
    .then(() => {
      if (current) element.dataset['ready'] = 'interactive' satisfies Readiness;
    });
  return () => {
    current = false;
  };
}

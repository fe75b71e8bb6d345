/**
 * The state of one store's analysis gate (see analysis/analysisGate.ts for what the gate does and
 * the functions that read it): which views a canvas released, how many canvases are mounted to
 * release them, and who listens. One per store (createAppStore), so two stores in a page, or a
 * test's stores, never share it.
 */

/** Bounds `released`: a long session loads many maps; an old key only ever costs a one-frame hold. */
const RELEASED_LIMIT = 256;

export class AnalysisGate {
  /** Views whose analysis was let through (kept for switching back to a scenario without a flash). */
  private readonly released = new Set<string>();
  private canvases = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after each release; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Changes with each release (for useSyncExternalStore). */
  readonly getVersion = (): number => this.version;

  /** A canvas that will release the views it sketches is mounted; returns the unmount. */
  readonly registerCanvas = (): (() => void) => {
    this.canvases += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.canvases -= 1;
    };
  };

  /** The canvas painted the sketch of `viewKey`: its analysis may run now. */
  release(viewKey: string): void {
    if (this.released.has(viewKey)) return;
    if (this.released.size >= RELEASED_LIMIT) this.released.clear();
    this.released.add(viewKey);
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /** True while a canvas is mounted and `viewKey` was not released yet. */
  waits(viewKey: string): boolean {
    return this.canvases > 0 && !this.released.has(viewKey);
  }
}

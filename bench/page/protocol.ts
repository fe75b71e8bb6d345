/**
 * The contract between the canvas benchmark page (bench/page, runs in Chromium) and its harness
 * (bench/suites/canvas.ts, runs in Node). Types only, so both TypeScript projects can import it.
 */

/** `bare`: plain `<ReactFlow onlyRenderVisibleElements>`; `orgmap`: our editor's canvas; `analysis`: no canvas, analysis timing only. */
export type Impl = 'bare' | 'orgmap' | 'analysis';
export const IMPLS: readonly Impl[] = ['bare', 'orgmap', 'analysis'];

export type BackgroundVariant = 'dots' | 'lines' | 'cross';

/** What `<Background/>` draws, read from the DOM so the bare canvas can copy the editor's. */
export interface BackgroundSpec {
  readonly variant: BackgroundVariant;
  /** Pattern gap in flow units (pattern width divided by zoom). */
  readonly gap: number;
  /** Dot diameter or line width, in flow units. */
  readonly size: number;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface ReadyInfo {
  /** ms from navigation start until the first frame in which every rendered node was measured and visible and the set of nodes and edges in the DOM had stopped changing. */
  readonly ttfrMs: number;
  /** ms from navigation start until the document had been generated (the page's own set-up, identical for every impl). */
  readonly documentMs: number;
  /** ttfrMs − documentMs: the canvas's own share. */
  readonly renderMs: number;
  /** Nodes and edges in the document. */
  readonly nodes: number;
  readonly edges: number;
  /** `.react-flow__node` / `.react-flow__edge` elements in the DOM at first render. */
  readonly nodesInDom: number;
  readonly edgesInDom: number;
  readonly background: BackgroundSpec | null;
  readonly viewport: Viewport | null;
  /** Whether a `.react-flow__minimap` is on screen (it draws every node, visible or not). */
  readonly minimap: boolean;
}

export interface ViewInfo {
  /** ms from the call until the DOM stopped changing. */
  readonly settleMs: number;
  readonly nodesInDom: number;
  readonly edgesInDom: number;
  readonly viewport: Viewport | null;
}

export interface FrameStats {
  readonly frames: number;
  /** Wall-clock time from startFrames to stopFrames. */
  readonly durationMs: number;
  /** frames / durationMs: frames per second of the gesture. */
  readonly fps: number;
  readonly medianFrameMs: number;
  readonly p95FrameMs: number;
  readonly longestFrameMs: number;
  /** Frames in which the watched element's transform had changed since the frame before: proof that the pan or drag really happened. */
  readonly changedFrames: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PanPoint extends Point {
  readonly button: 'left' | 'middle';
}

export interface NodePoint extends Point {
  readonly id: string;
}

export interface TimingStats {
  readonly reps: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface AnalysisStats {
  readonly nodes: number;
  readonly edges: number;
  /** Which exports were timed, e.g. `classify+findRisks`. */
  readonly functions: string;
  /** classify + findRisks on a new scenario after moving one node. */
  readonly move: TimingStats;
  /** classify + findRisks on a new scenario after relabelling one node. */
  readonly label: TimingStats;
  /** classify + findRisks on the unedited scenario, first call (a cold start, e.g. on opening a file). */
  readonly coldMs: number;
}

export interface BenchApi {
  readonly impl: Impl;
  readonly n: number;
  /** Resolves after the first render; rejects with a readable message when the impl cannot run (e.g. the editor is not available yet). */
  readonly ready: Promise<ReadyInfo>;
  /** Start counting animation frames; `watch` selects an element whose style.transform is checked each frame. */
  startFrames(watch?: string): void;
  /** Stop counting and return what was counted since `startFrames`. */
  stopFrames(): FrameStats;
  /** Frames counted since `startFrames`, while counting. */
  frameCount(): number;
  /** Where a drag pans, near the middle, and with which mouse button (see measure.ts). */
  panePoint(): PanPoint | null;
  /** The centre of a rendered node near the middle of the canvas. */
  nodePoint(): NodePoint | null;
  /** Current viewport, read from the DOM transform. */
  viewport(): Viewport | null;
  /** The working view: zoom 1, centred on the first regional hub (`hub-1`) of the generated map. */
  workViewport(): Viewport;
  /** Move the viewport (React Flow's setViewport) and wait until the DOM is stable again. */
  setView(viewport: Viewport): Promise<ViewInfo>;
  /** Time the analysis after single-node edits. Rejects when shared/analysis is not available yet. */
  analysis(reps: number): Promise<AnalysisStats>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

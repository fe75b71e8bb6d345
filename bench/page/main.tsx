/**
 * The canvas benchmark page. `?impl=bare|orgmap|analysis&n=5000`; for bare also the Background
 * (`bg=none|dots|lines|cross`, `gap=`, `size=`) and the initial viewport (`vx`, `vy`, `vz`; none:
 * fit the whole map) to copy from our editor. Each impl is its own chunk, so neither's CSS touches
 * the other. Exposes `window.__bench` (see protocol.ts) for the harness.
 */
import { createRoot } from 'react-dom/client';
import { IMPLS, type BackgroundSpec, type BenchApi, type Impl, type ReadyInfo, type ViewInfo, type Viewport } from './protocol';
import { FrameCounter, background, firstRender, hasMinimap, nodePoint, panePoint, viewport } from './measure';
import { generateDocument } from './document';
import { timeAnalysis } from './analysis';
import { setViewport } from './viewport';
import type { OrgDocument } from '../../shared/model/types';

const params = new URLSearchParams(location.search);

function parseImpl(value: string | null): Impl {
  const impl = IMPLS.find((i) => i === value);
  if (!impl) throw new Error(`impl must be one of ${IMPLS.join(', ')}; got ${String(value)}`);
  return impl;
}

function parseBackground(): BackgroundSpec | null {
  const bg = params.get('bg') ?? 'dots';
  if (bg === 'none') return null;
  if (bg !== 'dots' && bg !== 'lines' && bg !== 'cross') throw new Error(`bg must be none, dots, lines or cross; got ${bg}`);
  return { variant: bg, gap: Number(params.get('gap') ?? 20), size: Number(params.get('size') ?? 1) };
}

function parseViewport(): Viewport | null {
  const [x, y, zoom] = ['vx', 'vy', 'vz'].map((k) => params.get(k));
  if (x == null || y == null || zoom == null) return null;
  return { x: Number(x), y: Number(y), zoom: Number(zoom) };
}

function showError(error: unknown): void {
  const div = document.createElement('div');
  div.id = 'bench-error';
  div.textContent = error instanceof Error ? error.message : String(error);
  document.body.prepend(div);
}

const impl = parseImpl(params.get('impl'));
const n = Number(params.get('n') ?? 1000);
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('no #root');
const root = createRoot(rootElement);

let docPromise: Promise<OrgDocument> | null = null;
const doc = (): Promise<OrgDocument> => (docPromise ??= generateDocument(n));
let generated: OrgDocument | null = null;

async function start(): Promise<ReadyInfo> {
  const d = await doc();
  generated = d;
  const documentMs = performance.now();
  const scenario = d.scenarios[0];
  const nodes = scenario?.nodes.length ?? 0;
  const edges = scenario?.edges.length ?? 0;
  if (impl === 'analysis') {
    return { ttfrMs: documentMs, documentMs, renderMs: 0, nodes, edges, nodesInDom: 0, edgesInDom: 0, background: null, viewport: null, minimap: false };
  }
  if (impl === 'bare') {
    const { mountBare } = await import('./bare');
    mountBare(root, d, { background: parseBackground(), viewport: parseViewport() });
  } else {
    const { mountOrgmap } = await import('./orgmap');
    await mountOrgmap(root, d);
  }
  const first = await firstRender();
  return {
    ttfrMs: first.at,
    documentMs,
    renderMs: first.at - documentMs,
    nodes,
    edges,
    nodesInDom: first.nodesInDom,
    edgesInDom: first.edgesInDom,
    background: background(),
    viewport: viewport(),
    minimap: hasMinimap(),
  };
}

function workViewport(): Viewport {
  const nodes = generated?.scenarios[0]?.nodes ?? [];
  const hub = nodes.find((node) => node.id === 'hub-1') ?? nodes[0];
  const centre = hub ? { x: hub.position.x + 75, y: hub.position.y + 20 } : { x: 0, y: 0 };
  return { x: innerWidth / 2 - centre.x, y: innerHeight / 2 - centre.y, zoom: 1 };
}

async function setView(v: Viewport): Promise<ViewInfo> {
  const t0 = performance.now();
  await setViewport(v);
  const stable = await firstRender(400, 60_000, t0);
  return { settleMs: stable.at - t0, nodesInDom: stable.nodesInDom, edgesInDom: stable.edgesInDom, viewport: viewport() };
}

const ready = start();
ready.catch(showError);
const frames = new FrameCounter();

const api: BenchApi = {
  impl,
  n,
  ready,
  startFrames: (watch) => frames.start(watch),
  stopFrames: () => frames.stop(),
  frameCount: () => frames.count(),
  panePoint,
  nodePoint,
  viewport,
  workViewport,
  setView,
  analysis: async (reps) => timeAnalysis(await doc(), reps),
};
window.__bench = api;

import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Position } from '../../../shared/model/types';
import type { OrgFlowNode } from './flow';
import { nodeSketch, sketchPaths, type SketchEdge, type SketchLayer } from './sketch';

type Placed = { readonly id: string; readonly position: Position };

interface EdgeSketchProps {
  /** The relations to sketch (splitForSketch). */
  readonly edges: readonly SketchEdge[];
  /** The map's nodes as the document has them (before a drag's positions), and a comparison's ghosts. */
  readonly nodes: readonly Placed[];
  readonly ghosts: readonly Placed[];
  /** Where the nodes being dragged are, until the drop. */
  readonly dragged: ReadonlyMap<string, Position> | null;
}

function Paths({ layers }: { layers: readonly SketchLayer[] }) {
  return (
    <>
      {layers.map((l) => (
        <path key={l.key} d={l.d} className={l.className} {...(l.stroke ? { style: { stroke: l.stroke } } : {})} />
      ))}
    </>
  );
}

/**
 * The relations of a map zoomed out below TINY_ZOOM, as a few paths in React Flow's viewport (so
 * a pan moves them with the nodes and costs them nothing), under the nodes and the edges React Flow
 * still draws. Rebuilt when the relations or the nodes' positions change, not on a selection of
 * nodes. During a drag only the relations of the dragged nodes are redrawn, in a layer of their own;
 * the others are one layer built at the start of the drag.
 */
function EdgeSketchImpl({ edges, nodes, ghosts, dragged }: EdgeSketchProps) {
  const positions = useMemo(() => {
    const map = new Map<string, Position>();
    for (const n of nodes) map.set(n.id, n.position);
    for (const n of ghosts) map.set(n.id, n.position);
    return map;
  }, [nodes, ghosts]);
  const movingKey = dragged ? [...dragged.keys()].join('\u0000') : '';
  const { still, moving } = useMemo(() => {
    if (movingKey === '') return { still: edges, moving: [] as SketchEdge[] };
    const ids = new Set(movingKey.split('\u0000'));
    const stillEdges: SketchEdge[] = [];
    const movingEdges: SketchEdge[] = [];
    for (const e of edges) (ids.has(e.source) || ids.has(e.target) ? movingEdges : stillEdges).push(e);
    return { still: stillEdges, moving: movingEdges };
  }, [edges, movingKey]);
  const stillLayers = useMemo(() => sketchPaths(still, (id) => positions.get(id)), [still, positions]);
  const movingLayers = useMemo(
    () => (moving.length === 0 ? null : sketchPaths(moving, (id) => dragged?.get(id) ?? positions.get(id))),
    [moving, dragged, positions],
  );
  return (
    <ViewportPortal>
      <svg className="edge-sketch" aria-hidden="true" data-testid="edge-sketch" data-edges={edges.length}>
        <Paths layers={stillLayers} />
        {movingLayers && <Paths layers={movingLayers} />}
      </svg>
    </ViewportPortal>
  );
}

export const EdgeSketch = memo(EdgeSketchImpl);

/**
 * The nodes of a map zoomed out below TINY_ZOOM, drawn as a few paths while the view moves; React
 * Flow's nodes are skipped by the browser meanwhile (`.is-moving` in styles.css). With thousands of
 * nodes in view, every pan frame otherwise hit-tests, layerizes and rasterises each node's box.
 */
function NodeSketchImpl({ nodes }: { nodes: readonly OrgFlowNode[] }) {
  const layers = useMemo(() => nodeSketch(nodes), [nodes]);
  return (
    <ViewportPortal>
      <svg className="node-sketch" aria-hidden="true" data-testid="node-sketch" data-nodes={nodes.length}>
        <Paths layers={layers} />
      </svg>
    </ViewportPortal>
  );
}

export const NodeSketch = memo(NodeSketchImpl);

import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { OrgEdge, Position } from '../../../shared/model/types';
import { EDGE_KINDS } from '../../../shared/model/types';
import { EDGE_COLORS, type OrgFlowNode } from './flow';
import { nodeSketch, sketchPaths, type SketchPaths } from './sketch';

interface Props {
  /** The relations to sketch (splitForSketch). */
  readonly edges: readonly OrgEdge[];
  /** The map's nodes as the document has them (before a drag's positions). */
  readonly nodes: readonly OrgFlowNode[];
  /** Where the nodes being dragged are, until the drop. */
  readonly dragged: ReadonlyMap<string, Position> | null;
}

/** One path per kind; two layers so a drag frame re-parses only the moving relations. */
function SketchLayer({ paths }: { paths: SketchPaths }) {
  return (
    <>
      {EDGE_KINDS.map((kind) =>
        paths[kind] ? <path key={kind} d={paths[kind]} className={`react-flow__edge-path org-edge org-edge--${kind}`} style={{ stroke: EDGE_COLORS[kind] }} /> : null,
      )}
    </>
  );
}

/**
 * The relations of a map zoomed out below TINY_ZOOM, as one path per kind in React Flow's viewport
 * (so a pan moves it with the nodes and costs it nothing), under the nodes and the edges React Flow
 * still draws (selected and compared ones). During a drag only the relations of the dragged nodes
 * are redrawn; the others are one path built at the start of the drag.
 */
function EdgeSketchImpl({ edges, nodes, dragged }: Props) {
  const positions = useMemo(() => new Map<string, Position>(nodes.map((n) => [n.id, n.position])), [nodes]);
  const movingKey = dragged ? [...dragged.keys()].join('\u0000') : '';
  const { still, moving } = useMemo(() => {
    if (movingKey === '') return { still: edges, moving: [] as OrgEdge[] };
    const ids = new Set(movingKey.split('\u0000'));
    const stillEdges: OrgEdge[] = [];
    const movingEdges: OrgEdge[] = [];
    for (const e of edges) (ids.has(e.source) || ids.has(e.target) ? movingEdges : stillEdges).push(e);
    return { still: stillEdges, moving: movingEdges };
  }, [edges, movingKey]);
  const stillPaths = useMemo(() => sketchPaths(still, (id) => positions.get(id)), [still, positions]);
  const movingPaths = useMemo(
    () => (moving.length === 0 ? null : sketchPaths(moving, (id) => dragged?.get(id) ?? positions.get(id))),
    [moving, dragged, positions],
  );
  return (
    <ViewportPortal>
      <svg className="edge-sketch" aria-hidden="true" data-testid="edge-sketch" data-edges={edges.length}>
        <SketchLayer paths={stillPaths} />
        {movingPaths && <SketchLayer paths={movingPaths} />}
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
        {layers.map((l) => (
          <path key={l.key} d={l.d} className={l.className} />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const NodeSketch = memo(NodeSketchImpl);

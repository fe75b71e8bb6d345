import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { END_STROKE, endShape, lastSegment, type EndShape } from '../../../shared/layout/ends';
import { laneOf, midpoint, routePaths, type Route } from '../../../shared/layout/route';
import { cached } from '../../../shared/memo';
import type { EdgeKind } from '../../../shared/model/types';
import { EDGE_WIDTH } from '../../../shared/look/palette';
import { EDGE_COLORS, type OrgFlowEdge } from './flow';
import { useFar } from './detail';
import { bezierPieces, PIECE_LENGTH } from './pieces';
import { useRouting } from './routing';

/** Widths (with colour and end shape, see EndMark) tell the kinds apart. */
export { EDGE_WIDTH };

/** The kind's name on a selected edge (only there is the translation looked up: big maps have thousands of edges). */
function EdgeKindLabel({ kind, x, y }: { kind: keyof typeof EDGE_COLORS; x: number; y: number }) {
  const { t } = useTranslation('ui');
  return (
    <EdgeLabelRenderer>
      <div className="edge-label" style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, borderColor: EDGE_COLORS[kind] }}>
        {t(`edgeKind.${kind}`)}
      </div>
    </EdgeLabelRenderer>
  );
}

/** Radius of a routed line's corners. */
const CORNER = 8;
/** The width of a relation's hit area, as React Flow's BaseEdge draws it. */
export const HIT_WIDTH = 20;
/** A relation the compared scenario removed is drawn faint (and dashed). */
const REMOVED_OPACITY = 0.45;

export interface Drawn {
  readonly points: Route['points'];
  readonly pieces: readonly string[];
  /** The hit area: the pieces as one path (each starts where the one before ends). */
  readonly hit: string;
  /** The end shape along the last segment (a route belongs to one relation, so to one kind). */
  readonly end: EndShape | null;
}

/** The paths of a route, kept with the route (which the router keeps while the boxes stay), so an edge coming back into view draws at once. */
const drawn = new WeakMap<Route, Drawn>();

export function draw(route: Route, kind: EdgeKind): Drawn {
  // In every drag frame for each relation of the dragged nodes: the line is laid out once (pieces).
  return cached(drawn, route, ({ points }) => {
    const pieces = routePaths(points, CORNER, PIECE_LENGTH);
    const last = lastSegment(points);
    return { points, pieces, hit: pieces.join(' '), end: last ? endShape(kind, last.end, last.from) : null };
  });
}

/** A route as one path: drawn so zoomed out (thin) and when removed (a dash pattern would restart on every piece). */
const wholes = new WeakMap<Drawn, string>();
const whole = (d: Drawn): string => (d.pieces.length <= 1 ? (d.pieces[0] ?? '') : cached(wholes, d, () => routePaths(d.points, CORNER)[0] ?? ''));

/** Where a line drawn with React Flow's bezier comes from into its target's handle. */
const INTO: Readonly<Record<Position, { readonly x: number; readonly y: number }>> = {
  [Position.Top]: { x: 0, y: -1 },
  [Position.Bottom]: { x: 0, y: 1 },
  [Position.Left]: { x: -1, y: 0 },
  [Position.Right]: { x: 1, y: 0 },
};

/**
 * A relation's end shape, drawn as a path of its own in place of a `marker-end` (see
 * shared/layout/ends.ts); the classes let the dark theme recolour it as it did the markers.
 */
export function EndMark({ kind, shape, opacity }: { kind: EdgeKind; shape: EndShape; opacity: number | undefined }) {
  const color = EDGE_COLORS[kind];
  return (
    <path
      d={shape.d}
      className={`org-edge-end edge-marker--${kind}`}
      fill={shape.filled ? color : 'none'}
      stroke={shape.filled ? 'none' : color}
      strokeWidth={shape.filled ? undefined : END_STROKE}
      strokeLinejoin="round"
      opacity={opacity}
    />
  );
}

function OrgEdgeViewImpl({ id, source, target, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd }: EdgeProps<OrgFlowEdge>) {
  const kind = data?.edge.kind ?? 'coordinates';
  const diff = data?.diff;
  // Zoomed out, edges are one-pixel lines (styles.css), which software rendering clips cheaply.
  const far = useFar();
  const { router, plainFor, epoch, dragged } = useRouting();
  const plain = plainFor !== null && (plainFor.has(source) || plainFor.has(target));
  // An end is being dragged: no hit area until the drop (see Routing.dragged).
  const held = dragged != null && (dragged.has(source) || dragged.has(target));
  const hitWidth = held ? 0 : HIT_WIDTH;
  // Routed around the boxes (shared/layout/route.ts) only when an end moved: memoised on the ends.
  const routed = useMemo(() => {
    if (!router) return null;
    return draw(router.route(source, target, sourceX, sourceY, targetX, targetY, plain, laneOf(kind)), kind);
    // `epoch`: after a move of the view, the routes left as plain elbows during it are searched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [router, source, target, sourceX, sourceY, targetX, targetY, plain, kind, epoch]);
  const className = `org-edge org-edge--${kind}${diff ? ` org-edge--diff-${diff}` : ''}`;
  const style = {
    stroke: EDGE_COLORS[kind],
    strokeWidth: EDGE_WIDTH[kind] + (selected ? 1.5 : 0) + (diff === 'added' || diff === 'changed' ? 1.5 : 0),
    ...(diff === 'removed' ? { strokeDasharray: '6 5', opacity: REMOVED_OPACITY } : {}),
  };
  const endOpacity = diff === 'removed' ? REMOVED_OPACITY : undefined;
  // Zoomed out, the lines are one pixel wide and carry no end shape (as the markers were hidden there).
  const withEnd = Boolean(markerEnd) && !far;
  if (routed) {
    const { pieces, hit, end } = routed;
    // The label sits halfway along the line; only a selected relation has one.
    const label = selected ? <EdgeKindLabel kind={kind} {...midpoint(routed.points)} /> : null;
    const endMark = withEnd && end ? <EndMark kind={kind} shape={end} opacity={endOpacity} /> : null;
    // A dash pattern would restart on every piece: removed (ghost) relations stay whole.
    if (far || diff === 'removed' || pieces.length <= 1) {
      return (
        <>
          <BaseEdge id={id} path={whole(routed)} className={className} style={style} interactionWidth={hitWidth} />
          {endMark}
          {label}
        </>
      );
    }
    return (
      <>
        {pieces.map((d, i) => (
          <path key={i} {...(i === 0 ? { id } : {})} d={d} fill="none" className={`react-flow__edge-path ${className}`} style={style} />
        ))}
        {endMark}
        {!held && <path d={hit} fill="none" strokeOpacity={0} strokeWidth={HIT_WIDTH} className="react-flow__edge-interaction" />}
        {label}
      </>
    );
  }
  // Without a router (an edge drawn outside the canvas): React Flow's bezier.
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const into = INTO[targetPosition];
  const endMark = withEnd ? <EndMark kind={kind} shape={endShape(kind, { x: targetX, y: targetY }, { x: targetX + into.x, y: targetY + into.y })} opacity={endOpacity} /> : null;
  // A dash pattern would restart on every piece: removed (ghost) relations stay whole.
  const pieces = far || diff === 'removed' ? null : bezierPieces({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  if (!pieces || pieces.length === 1) {
    return (
      <>
        <BaseEdge id={id} path={path} className={className} style={style} interactionWidth={hitWidth} />
        {endMark}
        {selected && <EdgeKindLabel kind={kind} x={labelX} y={labelY} />}
      </>
    );
  }
  // The same curve in pieces (see pieces.ts); one hit area along the whole of it, as BaseEdge draws.
  return (
    <>
      {pieces.map((d, i) => (
        <path key={i} {...(i === 0 ? { id } : {})} d={d} fill="none" className={`react-flow__edge-path ${className}`} style={style} />
      ))}
      {endMark}
      {!held && <path d={path} fill="none" strokeOpacity={0} strokeWidth={HIT_WIDTH} className="react-flow__edge-interaction" />}
      {selected && <EdgeKindLabel kind={kind} x={labelX} y={labelY} />}
    </>
  );
}

export const OrgEdgeView = memo(OrgEdgeViewImpl);

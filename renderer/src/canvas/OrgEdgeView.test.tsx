import { Position, type EdgeProps } from '@xyflow/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { endShape } from '../../../shared/layout/ends';
import type { EdgeId, EdgeKind, NodeId, OrgNode } from '../../../shared/model/types';
import { DetailLevel } from './detail';
import { EDGE_COLORS, MARKER_IDS, type OrgFlowEdge } from './flow';
import { OrgEdgeView } from './OrgEdgeView';
import { CanvasRouter, RoutingContext } from './routing';

const unit = (id: string, x: number, y: number): OrgNode => ({ id: id as NodeId, kind: 'unit', label: id, position: { x, y } });

/** The props React Flow gives a relation a → b of `kind` (a above b). */
function props(kind: EdgeKind, over: Partial<EdgeProps<OrgFlowEdge>> = {}): EdgeProps<OrgFlowEdge> {
  return {
    id: 'e1',
    source: 'a',
    target: 'b',
    sourceX: 100,
    sourceY: 58,
    targetX: 100,
    targetY: 394,
    sourcePosition: Position.Bottom,
    targetPosition: Position.Top,
    markerEnd: MARKER_IDS[kind],
    data: { edge: { id: 'e1' as EdgeId, kind, source: 'a' as NodeId, target: 'b' as NodeId } },
    selected: false,
    ...over,
  } as EdgeProps<OrgFlowEdge>;
}

/** The end shapes' path data in rendered markup. */
const ends = (html: string): string[] => [...html.matchAll(/<path d="([^"]+)" class="org-edge-end[^"]*"/g)].map((m) => m[1] ?? '');

describe('OrgEdgeView', () => {
  it('draws the end shape as a path of its own, at the target handle, with no marker reference', () => {
    const html = renderToStaticMarkup(<svg><OrgEdgeView {...props('coordinates')} /></svg>);
    expect(html).not.toContain('marker-end');
    // Into the top of the target: coming straight down.
    expect(ends(html)).toEqual([endShape('coordinates', { x: 100, y: 394 }, { x: 100, y: 393 }).d]);
    expect(html).toContain('class="org-edge-end edge-marker--coordinates"');
    expect(html).toContain(`fill="${EDGE_COLORS.coordinates}"`);
  });

  it('strokes the open arrow of a membership and fills none', () => {
    const html = renderToStaticMarkup(<svg><OrgEdgeView {...props('member')} /></svg>);
    const end = /<path[^>]*class="org-edge-end edge-marker--member"[^>]*>/.exec(html)?.[0] ?? '';
    expect(end).toContain('fill="none"');
    expect(end).toContain(`stroke="${EDGE_COLORS.member}"`);
  });

  it('ends a routed relation along its last segment: into the top of the target, whatever the elbow', () => {
    const router = new CanvasRouter();
    router.sync([unit('a', 0, 0), unit('b', 400, 400)], new Map());
    const render = (kind: EdgeKind) =>
      renderToStaticMarkup(
        <RoutingContext.Provider value={{ router, plainFor: null, epoch: 0 }}>
          <svg>
            <OrgEdgeView {...props(kind, { targetX: 500 })} />
          </svg>
        </RoutingContext.Provider>,
      );
    // The target is to the right and below: the line turns, then comes down into it.
    expect(ends(render('coordinates'))).toEqual([endShape('coordinates', { x: 500, y: 394 }, { x: 500, y: 300 }).d]);
    // The dot is centred on the line's end.
    expect(ends(render('owns'))).toEqual([endShape('owns', { x: 500, y: 394 }, { x: 500, y: 0 }).d]);
  });

  it('draws a long relation in pieces with one hit area along all of them, and as one path zoomed out', () => {
    const router = new CanvasRouter();
    router.sync([unit('a', 0, 0), unit('b', 3000, 2400)], new Map());
    const long = props('owns', { targetX: 3100, targetY: 2394 });
    const routed = (children: ReactNode) => <RoutingContext.Provider value={{ router, plainFor: null, epoch: 0 }}>{children}</RoutingContext.Provider>;
    const html = renderToStaticMarkup(routed(<svg><OrgEdgeView {...long} /></svg>));
    const pieces = [...html.matchAll(/<path (?:id="e1" )?d="([^"]+)" fill="none" class="react-flow__edge-path/g)].map((m) => m[1] ?? '');
    expect(pieces.length).toBeGreaterThan(2);
    const hit = /<path d="([^"]+)"[^>]*class="react-flow__edge-interaction"/.exec(html)?.[1];
    expect(hit).toBe(pieces.join(' '));
    // Zoomed out: one path, one move to its start.
    const far = renderToStaticMarkup(routed(<DetailLevel detail={{ far: true, tiny: false, moving: false }}><svg><OrgEdgeView {...long} /></svg></DetailLevel>));
    const line = /class="react-flow__edge-path[^>]* d="([^"]+)"/.exec(far)?.[1] ?? '';
    expect(line.match(/M/g)).toHaveLength(1);
    expect(line.startsWith(pieces[0]?.split(' L')[0] ?? '?')).toBe(true);
  });

  it('leaves out the hit area while an end is dragged, and only then', () => {
    const router = new CanvasRouter();
    router.sync([unit('a', 0, 0), unit('b', 3000, 2400), unit('c', 0, 4000)], new Map());
    const render = (dragged: ReadonlySet<string> | null, over: Partial<EdgeProps<OrgFlowEdge>> = {}) =>
      renderToStaticMarkup(
        <RoutingContext.Provider value={{ router, plainFor: null, epoch: 0, dragged }}>
          <svg>
            <OrgEdgeView {...props('member', over)} />
          </svg>
        </RoutingContext.Provider>,
      );
    const hits = (html: string) => html.match(/react-flow__edge-interaction/g)?.length ?? 0;
    for (const over of [{}, { targetX: 3100, targetY: 2394 }]) {
      expect(hits(render(null, over))).toBe(1);
      expect(hits(render(new Set(['c']), over))).toBe(1);
      expect(hits(render(new Set(['a']), over))).toBe(0);
      expect(hits(render(new Set(['b']), over))).toBe(0);
      // The line and its end are still drawn.
      expect(render(new Set(['a']), over)).toContain('org-edge-end');
      expect(render(new Set(['a']), over)).toContain('org-edge--member');
    }
  });

  it('draws no end shape zoomed out, nor on a relation without one', () => {
    const far = renderToStaticMarkup(
      <DetailLevel detail={{ far: true, tiny: false, moving: false }}>
        <svg>
          <OrgEdgeView {...props('coordinates')} />
        </svg>
      </DetailLevel>,
    );
    expect(ends(far)).toEqual([]);
    expect(far).toContain('org-edge--coordinates');
    const bare = renderToStaticMarkup(<svg><OrgEdgeView {...props('coordinates', { markerEnd: undefined })} /></svg>);
    expect(ends(bare)).toEqual([]);
  });

  it('fades the end of a removed relation with its line', () => {
    const html = renderToStaticMarkup(<svg><OrgEdgeView {...props('coordinates', { data: { edge: { id: 'e1' as EdgeId, kind: 'coordinates', source: 'a' as NodeId, target: 'b' as NodeId }, diff: 'removed' } })} /></svg>);
    expect(/<path[^>]*class="org-edge-end[^"]*"[^>]*>/.exec(html)?.[0]).toContain('opacity="0.45"');
  });
});

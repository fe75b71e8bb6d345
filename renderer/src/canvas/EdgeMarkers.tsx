import { EDGE_COLORS, type MARKER_IDS } from './flow';

/**
 * Edge kinds differ by colour, width and end shape: coordinates a filled arrow, owns a filled
 * dot, member an open arrow. This is the shape in its 10 × 10 box, for the legend; on the canvas
 * each relation draws it as a path of its own (OrgEdgeView's EndMark, shared/layout/ends.ts), not
 * as a shared `<marker>` (re-recorded in every drag frame without a GPU). No dash patterns: painting
 * a dashed curve makes the browser walk every dash, even off screen, which froze panning and
 * dragging on big maps at high zoom.
 */
export function MarkerShape({ kind }: { kind: keyof typeof MARKER_IDS }) {
  const color = EDGE_COLORS[kind];
  // The class lets the dark theme recolour it (styles.css); the attribute is the light colour.
  if (kind === 'coordinates') return <path className="edge-marker--coordinates" d="M0,0 L10,5 L0,10 Z" fill={color} />;
  if (kind === 'owns') return <circle className="edge-marker--owns" cx="5" cy="5" r="4" fill={color} />;
  return <path className="edge-marker--member" d="M1,1 L9,5 L1,9" fill="none" stroke={color} strokeWidth="1.8" strokeLinejoin="round" />;
}

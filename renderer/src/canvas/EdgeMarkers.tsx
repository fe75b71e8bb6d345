import { EDGE_COLORS, MARKER_IDS } from './flow';

/**
 * Edge kinds differ by colour, width and end shape: coordinates a filled arrow, owns a filled
 * dot, member an open arrow. No dash patterns: painting a dashed curve makes the browser walk
 * every dash, even off screen, which froze panning and dragging on big maps at high zoom.
 */
export function MarkerShape({ kind }: { kind: keyof typeof MARKER_IDS }) {
  const color = EDGE_COLORS[kind];
  // The class lets the dark theme recolour it (styles.css); the attribute is the light colour.
  if (kind === 'coordinates') return <path className="edge-marker--coordinates" d="M0,0 L10,5 L0,10 Z" fill={color} />;
  if (kind === 'owns') return <circle className="edge-marker--owns" cx="5" cy="5" r="4" fill={color} />;
  return <path className="edge-marker--member" d="M1,1 L9,5 L1,9" fill="none" stroke={color} strokeWidth="1.8" strokeLinejoin="round" />;
}

export function EdgeMarkers() {
  return (
    <svg className="edge-markers" width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {(Object.keys(MARKER_IDS) as (keyof typeof MARKER_IDS)[]).map((kind) => (
          <marker
            key={kind}
            id={MARKER_IDS[kind]}
            viewBox="0 0 10 10"
            refX={kind === 'owns' ? 5 : 9}
            refY="5"
            markerWidth="12"
            markerHeight="12"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <MarkerShape kind={kind} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

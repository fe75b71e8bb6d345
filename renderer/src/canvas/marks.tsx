import { createElement, memo } from 'react';
import type { NodeKind, Platform } from '../../../shared/model/types';
import { glyphTextSize, KIND_ICONS, PLATFORM_STYLE } from '../../../shared/look/marks';

/**
 * A platform mark (no external assets): a coloured tile with its glyph, from the table the exports
 * draw too (shared/look/marks.ts). The screen sets the symbol glyphs (𝕏, ♪, ✆) in the system font.
 */
export const PlatformMark = memo(function PlatformMark({ platform, size = 20 }: { platform: Platform; size?: number }) {
  const s = PLATFORM_STYLE[platform];
  const path = s.path;
  return (
    <svg className="platform-mark" data-platform={platform} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect width="20" height="20" rx="5" fill={s.bg} />
      {s.text !== undefined ? (
        <text x="10" y="14.5" textAnchor="middle" fontSize={glyphTextSize(s.text)} fontWeight="700" fontFamily="system-ui, sans-serif" fill={s.fg}>
          {s.text}
        </text>
      ) : platform === 'instagram' ? (
        // The camera with its lens dot (the export draws the outline only).
        <g fill="none" stroke={s.fg} strokeWidth="1.6">
          <rect x="4.5" y="4.5" width="11" height="11" rx="3.2" />
          <circle cx="10" cy="10" r="2.6" />
          <circle cx="13.2" cy="6.8" r="0.5" fill={s.fg} />
        </g>
      ) : path === undefined ? null : path.fill !== undefined ? (
        <path d={path.d} fill={path.fill} stroke={s.fg} strokeWidth={path.stroke ?? 1} />
      ) : path.stroke !== undefined ? (
        <path d={path.d} fill="none" stroke={s.fg} strokeWidth={path.stroke} strokeLinecap="round" />
      ) : (
        <path d={path.d} fill={s.fg} />
      )}
    </svg>
  );
});

/** Small glyphs for the five node kinds (palette, nodes, legend), from shared/look/marks.ts. */
export const KindIcon = memo(function KindIcon({ kind, size = 18 }: { kind: NodeKind; size?: number }) {
  return (
    <svg className={`kind-icon kind-icon--${kind}`} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      {KIND_ICONS[kind].map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
    </svg>
  );
});

import { memo } from 'react';
import type { NodeKind, Platform } from '../../../shared/model/types';

/** Simple platform marks drawn here (no external assets): a coloured tile with a glyph. */
const PLATFORM_STYLE: Readonly<Record<Platform, { bg: string; fg: string; glyph: 'text' | 'play' | 'camera' | 'ghost' | 'butterfly'; text?: string }>> = {
  x: { bg: '#000000', fg: '#ffffff', glyph: 'text', text: '𝕏' },
  facebook: { bg: '#1877f2', fg: '#ffffff', glyph: 'text', text: 'f' },
  linkedin: { bg: '#0a66c2', fg: '#ffffff', glyph: 'text', text: 'in' },
  instagram: { bg: '#d62976', fg: '#ffffff', glyph: 'camera' },
  youtube: { bg: '#ff0000', fg: '#ffffff', glyph: 'play' },
  tiktok: { bg: '#111111', fg: '#25f4ee', glyph: 'text', text: '♪' },
  threads: { bg: '#101010', fg: '#ffffff', glyph: 'text', text: '@' },
  bluesky: { bg: '#1185fe', fg: '#ffffff', glyph: 'butterfly' },
  mastodon: { bg: '#6364ff', fg: '#ffffff', glyph: 'text', text: 'M' },
  pinterest: { bg: '#e60023', fg: '#ffffff', glyph: 'text', text: 'P' },
  snapchat: { bg: '#fffc00', fg: '#111111', glyph: 'ghost' },
  whatsapp: { bg: '#25d366', fg: '#ffffff', glyph: 'text', text: '✆' },
  other: { bg: '#64748b', fg: '#ffffff', glyph: 'text', text: '…' },
};

export const PlatformMark = memo(function PlatformMark({ platform, size = 20 }: { platform: Platform; size?: number }) {
  const s = PLATFORM_STYLE[platform];
  return (
    <svg className="platform-mark" data-platform={platform} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect width="20" height="20" rx="5" fill={s.bg} />
      {s.glyph === 'text' && (
        <text x="10" y="14.5" textAnchor="middle" fontSize={s.text && s.text.length > 1 ? 10 : 13} fontWeight="700" fontFamily="system-ui, sans-serif" fill={s.fg}>
          {s.text}
        </text>
      )}
      {s.glyph === 'play' && <path d="M7.5 5.5 L14.5 10 L7.5 14.5 Z" fill={s.fg} />}
      {s.glyph === 'camera' && (
        <g fill="none" stroke={s.fg} strokeWidth="1.6">
          <rect x="4.5" y="4.5" width="11" height="11" rx="3.2" />
          <circle cx="10" cy="10" r="2.6" />
          <circle cx="13.2" cy="6.8" r="0.5" fill={s.fg} />
        </g>
      )}
      {s.glyph === 'ghost' && <path d="M10 4c2.6 0 4 2 4 4.3v2.2l1.5 1-1.6.6-.4 1.3-1.5-.3L10 15l-2-1.9-1.5.3-.4-1.3-1.6-.6 1.5-1V8.3C6 6 7.4 4 10 4z" fill="#ffffff" stroke={s.fg} strokeWidth="0.9" />}
      {s.glyph === 'butterfly' && <path d="M10 9.5C8.6 7 6 5 4.6 5.4 3.5 5.8 4.3 9.2 6.3 9.9 4.8 10.6 5.2 13.6 7.2 13.2 8.5 12.9 9.5 11.5 10 10.4 10.5 11.5 11.5 12.9 12.8 13.2 14.8 13.6 15.2 10.6 13.7 9.9 15.7 9.2 16.5 5.8 15.4 5.4 14 5 11.4 7 10 9.5z" fill={s.fg} />}
    </svg>
  );
});

/** Small glyphs for the five node kinds (palette, nodes, legend). */
export const KindIcon = memo(function KindIcon({ kind, size = 18 }: { kind: NodeKind; size?: number }) {
  return (
    <svg className={`kind-icon kind-icon--${kind}`} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      {kind === 'department' && (
        <>
          <rect x="3.5" y="4" width="13" height="12.5" rx="1" />
          <path d="M6.5 7.5h2M11.5 7.5h2M6.5 10.5h2M11.5 10.5h2M8.5 16.5v-3h3v3" />
        </>
      )}
      {kind === 'unit' && (
        <>
          <path d="M10 17s-5-4.6-5-8.5a5 5 0 0 1 10 0c0 3.9-5 8.5-5 8.5z" />
          <circle cx="10" cy="8.5" r="1.8" />
        </>
      )}
      {kind === 'team' && (
        <>
          <circle cx="10" cy="6.5" r="2.3" />
          <circle cx="4.8" cy="9" r="1.8" />
          <circle cx="15.2" cy="9" r="1.8" />
          <path d="M6 16.5c0-2.5 1.8-4.5 4-4.5s4 2 4 4.5M1.8 15.5c0-1.9 1.3-3.2 3-3.2M18.2 15.5c0-1.9-1.3-3.2-3-3.2" />
        </>
      )}
      {kind === 'employees' && (
        <>
          <circle cx="7" cy="7" r="2.3" />
          <circle cx="13.5" cy="7.5" r="2" />
          <path d="M2.5 16c0-2.6 2-4.6 4.5-4.6s4.5 2 4.5 4.6M11 12c.7-.5 1.6-.8 2.5-.8 2.2 0 4 1.9 4 4.3" />
        </>
      )}
      {kind === 'account' && (
        <>
          <circle cx="10" cy="10" r="3" />
          <path d="M13 10v1.2a2.3 2.3 0 0 0 4.5 0V10a7.5 7.5 0 1 0-3 6" />
        </>
      )}
    </svg>
  );
});

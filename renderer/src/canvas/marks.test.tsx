/**
 * The canvas's platform marks and kind icons come from the same table as the exports'
 * (shared/look/marks.ts): same tiles and colours, same icon shapes; only the symbol glyphs differ on
 * purpose (text on screen, paths in the export).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { kindIconSvg, platformMarkSvg } from '../../../shared/export/marks';
import { PLATFORM_STYLE } from '../../../shared/look/marks';
import { NODE_KINDS, PLATFORMS } from '../../../shared/model/types';
import { KindIcon, PlatformMark } from './marks';

/** The markup inside the outer element, with empty elements written the short way. */
function inner(markup: string, outer: string): string {
  const open = markup.indexOf('>') + 1;
  return markup.slice(open, markup.lastIndexOf(`</${outer}>`)).replace(/><\/(rect|circle|path)>/g, '/>');
}

describe('marks', () => {
  it.each(PLATFORMS)('%s: the screen and the export draw the tile of the table; text glyphs on screen, path glyphs in the export', (platform) => {
    const style = PLATFORM_STYLE[platform];
    const screen = renderToStaticMarkup(<PlatformMark platform={platform} />);
    const exported = platformMarkSvg(platform);
    const tile = `<rect width="20" height="20" rx="5" fill="${style.bg}"/>`;
    expect(inner(screen, 'svg').startsWith(tile)).toBe(true);
    expect(exported.startsWith(tile)).toBe(true);
    if (style.text !== undefined) expect(screen).toContain(`fill="${style.fg}">${style.text}</text>`);
    if (style.path !== undefined) {
      expect(exported).toContain(`d="${style.path.d}"`);
      expect(exported).not.toContain('<text');
    } else {
      expect(exported).toContain(`fill="${style.fg}">${style.text ?? ''}</text>`);
    }
    // A mark without a text glyph draws the table's path on screen too (Instagram draws its camera).
    if (style.text === undefined && platform !== 'instagram') expect(screen).toContain(`d="${style.path?.d ?? 'missing'}"`);
  });

  it('the symbol glyphs that need a symbol font are text on screen and paths in the export', () => {
    for (const [platform, glyph] of [['x', '𝕏'], ['tiktok', '♪'], ['whatsapp', '✆']] as const) {
      expect(renderToStaticMarkup(<PlatformMark platform={platform} />)).toContain(`>${glyph}</text>`);
      expect(platformMarkSvg(platform)).not.toContain(glyph);
    }
  });

  it.each(NODE_KINDS)('%s: the canvas icon and the export icon are the same shapes', (kind) => {
    const screen = inner(renderToStaticMarkup(<KindIcon kind={kind} />), 'svg');
    const exported = inner(kindIconSvg(kind, 'currentColor'), 'g');
    expect(screen).not.toBe('');
    expect(screen).toBe(exported);
  });
});

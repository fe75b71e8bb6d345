/** Exports for presentations: the pure model → SVG renderer and the layout the other formats share. */
export { renderScenarioSvg, renderLayoutSvg, svgFrame, escapeXml, EXPORT_FONT_FAMILY, EXPORT_PADDING, type SvgOptions, type ExportCaption, type SvgFrame } from './svg';
export { layoutScene, nodeBox, edgeCurve, textWidth, wrapText, ellipsize, BORDER_COLORS, EDGE_COLORS, EDGE_WIDTH, NODE, type NodeBox, type EdgeCurve, type SceneLayout } from './geometry';
export { EXPORT_LABELS_EN, EXPORT_LABELS_NL, type ExportLabels } from './labels';
export { PLATFORM_STYLE } from './marks';
export { EDGE_COLORS_BY_THEME, EXPORT_COLOR_TABLE, EXPORT_PALETTES, EXPORT_THEMES, HUB_GLOW_OPACITY, type ExportPalette, type ExportTheme } from './palette';
export {
  buildPdf,
  buildPptx,
  captionFor,
  pngScale,
  summarise,
  MAX_PNG_PIXELS,
  MAX_PNG_SIDE,
  type DocumentExportOptions,
  type PdfDeps,
  type PdfDocLike,
  type PptxDeps,
  type ScenarioSummary,
  type ZipLike,
} from './documents';

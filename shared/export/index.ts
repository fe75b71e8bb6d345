/** Exports for presentations: the pure model → SVG renderer and the layout the other formats share. */
export { renderScenarioSvg, renderLayoutSvg, svgFrame, escapeXml, EXPORT_FONT_FAMILY, EXPORT_PADDING, type SvgOptions, type ExportCaption, type SvgFrame } from './svg';
export { layoutScene, nodeBox, edgeCurve, textWidth, wrapText, ellipsize, BORDER_COLORS, EDGE_COLORS, EDGE_WIDTH, NODE, type NodeBox, type EdgeCurve, type SceneLayout } from './geometry';
export { EXPORT_LABELS_EN, EXPORT_LABELS_NL, type ExportLabels } from './labels';
export { PLATFORM_STYLE } from './marks';
export { EDGE_COLORS_BY_THEME, EXPORT_COLOR_TABLE, EXPORT_PALETTES, EXPORT_THEMES, HUB_GLOW_OPACITY, type ExportPalette, type ExportTheme } from './palette';
export {
  buildPdf,
  buildPptx,
  deckFor,
  deckPages,
  PPTX_FONT,
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
export { composeDeck, PAGE_16_9, PAGE_A4_LANDSCAPE, MIN_LABEL_PT, FLOOR_LABEL_PT, type SlidePage, type Item as SlideItem, type PageSize } from './deck-slides';
export { layoutDiagram, deckTextWidth, deckWrap, type Diagram, type DiagramBox, type DiagramLine } from './deck-diagram';

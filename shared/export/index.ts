/** Exports for presentations: the pure model → SVG renderer and the layout the other formats share. */
export { renderScenarioSvg, renderLayoutSvg, svgFrame, escapeXml, EXPORT_FONT_FAMILY, EXPORT_PADDING, type SvgOptions, type ExportCaption, type SvgFrame } from './svg';
export { layoutScene, edgeCurve, type EdgeCurve, type SceneLayout } from '../layout/scene';
export { nodeBox, textWidth, wrapText, ellipsize, NODE, type NodeBox } from '../look/box';
export { EXPORT_LABELS_EN, EXPORT_LABELS_NL, type ExportLabels } from './labels';
export { PLATFORM_STYLE } from '../look/marks';
export { EDGE_COLORS, EDGE_COLORS_BY_THEME, EDGE_WIDTH, EXPORT_COLOR_TABLE, EXPORT_PALETTES, EXPORT_THEMES, HUB_GLOW_OPACITY, KIND_COLORS, type ExportPalette, type ExportTheme } from '../look/palette';
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

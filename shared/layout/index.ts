/** Automatic layout of a scenario with elkjs (pure graph building and mapping; see elk.ts). */
export {
  canvasNodeSize,
  ELK_ALGORITHM,
  elkOptions,
  elkPlan,
  elkPositions,
  gridLayout,
  layoutNodes,
  layoutScenario,
  overlapping,
  withPositions,
  type Block,
  type ElkLayout,
  type ElkPlan,
  type LayoutOptions,
  type LayoutResult,
  type Size,
} from './elk';

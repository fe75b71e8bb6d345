/** Automatic layout of a scenario (pure, deterministic). See layered.ts for the shape. */
export { layoutNodes, layoutScenario, type LayoutOptions, type LayoutResult } from './layered';

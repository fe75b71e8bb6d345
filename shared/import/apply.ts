/** Putting an import into a scenario, laid out with the one layout (shared/layout, elkjs). */
import { canvasNodeSize, layoutScenario, type ElkLayout, type LayoutOptions } from '../layout';
import type { NodeId, Scenario } from '../model/types';
import { addElements } from '../model/edits';
import type { ImportResult } from './build';

export interface ApplyImportOptions {
  /**
   * `all`: lay out the whole scenario (the default for an empty scenario, and what imported maps
   * get); `new`: lay out only the imported nodes, to the right of what is there (the default
   * otherwise, so a user's own arrangement is kept); `none`: leave them at (0, 0).
   */
  readonly layout?: 'all' | 'new' | 'none';
  /** Gaps and box sizes; `only` and `origin` are set here. */
  readonly layoutOptions?: Omit<LayoutOptions, 'only' | 'origin'>;
}

/** Space between the existing nodes and the imported ones when only those are laid out. */
const MARGIN = 200;

/**
 * The scenario with the import's nodes and edges added and laid out by ELK (`elk` runs it: a
 * worker in the app, `elkInThread` from shared/layout/run.ts elsewhere).
 */
export async function applyImport(scenario: Scenario, result: Pick<ImportResult, 'nodes' | 'edges'>, elk: ElkLayout, options: ApplyImportOptions = {}): Promise<Scenario> {
  const merged = addElements(scenario, result.nodes, result.edges);
  const mode = options.layout ?? (scenario.nodes.length === 0 ? 'all' : 'new');
  if (mode === 'none' || result.nodes.length === 0) return merged;
  if (mode === 'all') return layoutScenario(merged, elk, options.layoutOptions);
  const size = options.layoutOptions?.size ?? canvasNodeSize;
  const hubs = new Set<NodeId>(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  let right = -Infinity;
  let top = Infinity;
  for (const n of scenario.nodes) {
    right = Math.max(right, n.position.x + size(n, hubs.has(n.id)).width);
    top = Math.min(top, n.position.y);
  }
  const only = new Set<NodeId>(result.nodes.map((n) => n.id));
  return layoutScenario(merged, elk, { ...options.layoutOptions, only, origin: { x: right + MARGIN, y: top } });
}

/** Putting an import into a scenario, laid out. Pure. */
import { layoutScenario, type LayoutOptions } from '../layout';
import type { NodeId, Scenario } from '../model/types';
import { mergeImport, type ImportResult } from './build';

export interface ApplyImportOptions {
  /**
   * `all`: lay out the whole scenario (the default for an empty scenario, and what imported maps
   * get); `new`: lay out only the imported nodes, to the right of what is there (the default
   * otherwise, so a user's own arrangement is kept); `none`: leave them at (0, 0).
   */
  readonly layout?: 'all' | 'new' | 'none';
  /** Box size and gaps; `only` and `origin` are set here. */
  readonly layoutOptions?: Omit<LayoutOptions, 'only' | 'origin'>;
}

/** Space between the existing nodes and the imported ones when only those are laid out. */
const MARGIN = 200;

/** The scenario with the import's nodes and edges added and laid out. */
export function applyImport(scenario: Scenario, result: Pick<ImportResult, 'nodes' | 'edges'>, options: ApplyImportOptions = {}): Scenario {
  const merged = mergeImport(scenario, result);
  const mode = options.layout ?? (scenario.nodes.length === 0 ? 'all' : 'new');
  if (mode === 'none' || result.nodes.length === 0) return merged;
  if (mode === 'all') return layoutScenario(merged, options.layoutOptions);
  let right = -Infinity;
  let top = Infinity;
  const width = options.layoutOptions?.nodeWidth ?? 180;
  for (const n of scenario.nodes) {
    right = Math.max(right, n.position.x + width);
    top = Math.min(top, n.position.y);
  }
  const only = new Set<NodeId>(result.nodes.map((n) => n.id));
  return layoutScenario(merged, { ...options.layoutOptions, only, origin: { x: right + MARGIN, y: top } });
}

/**
 * The map every impl draws: bench/generate.ts's realistic generator (seed 1), run in the page so no
 * file loading or parsing enters the timings. Edges come to about 1.5 × nodes.
 */
import { generateDocument as generate } from '../generate';
import type { OrgDocument } from '../../shared/model/types';

export async function generateDocument(n: number): Promise<OrgDocument> {
  return generate({ nodes: n, seed: 1 });
}

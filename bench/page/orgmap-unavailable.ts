/** Stands in for ./orgmap in a `--mode no-editor` build (see vite.config.ts). */
import type { Root } from 'react-dom/client';
import type { OrgDocument } from '../../shared/model/types';

export function mountOrgmap(_root: Root, _doc: OrgDocument): Promise<void> {
  return Promise.reject(new Error('editor not available: it did not build (see the benchmark log)'));
}

/**
 * A small picture of a model, drawn from its template by the shared SVG renderer (the one the
 * exports use), for the welcome and the model guide (issue #16). Loaded with the first picture
 * shown (ModelPicture.tsx), so the renderer is not in the app's first chunk (issue 17).
 */
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg } from '../../../shared/export';
import type { ModelId } from '../../../shared/analysis/types';
import { loadTemplate } from '../document/templates';

const cache = new Map<string, string>();

/** The template's first scenario as an SVG data: URL (light colours, no legend or caption). */
export function modelPictureUrl(model: ModelId, language: 'en' | 'nl'): string {
  const key = `${model}:${language}`;
  let url = cache.get(key);
  if (url === undefined) {
    const scenario = loadTemplate(model).scenarios[0];
    const svg = scenario ? renderScenarioSvg(scenario, { background: 'white', theme: 'light', labels: language === 'nl' ? EXPORT_LABELS_NL : EXPORT_LABELS_EN }) : '<svg xmlns="http://www.w3.org/2000/svg"/>';
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}

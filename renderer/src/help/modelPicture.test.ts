import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../shared/analysis/types';
import { modelPictureUrl } from './modelPictureUrl';
import { loadTemplate } from '../document/templates';

describe('model pictures', () => {
  it('draws each model from its own template with the shared SVG renderer', () => {
    const svgs = MODELS.map((model) => decodeURIComponent(modelPictureUrl(model, 'en').replace(/^data:image\/svg\+xml;charset=utf-8,/, '')));
    expect(new Set(svgs).size).toBe(MODELS.length);
    MODELS.forEach((model, i) => {
      expect(svgs[i]).toMatch(/^<svg/);
      const first = loadTemplate(model).scenarios[0]?.nodes[0];
      expect(first).toBeDefined();
      expect(svgs[i]).toContain(first?.kind === 'account' ? '' : (first?.label ?? '').replace(/&/g, '&amp;'));
    });
    // Cached: the same string each time.
    expect(modelPictureUrl('holistic', 'nl')).toBe(modelPictureUrl('holistic', 'nl'));
  });
});

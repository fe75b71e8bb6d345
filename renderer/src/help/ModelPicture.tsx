/**
 * A small picture of a model for the welcome and the model guide (issue #16). The picture is drawn
 * by the shared SVG renderer, which loads with the first picture shown rather than with the app
 * (issue 17); until then the image is there, named, without a source.
 */
import { useEffect, useState } from 'react';
import type { ModelId } from '../../../shared/analysis/types';

export function ModelPicture({ model, language, alt }: { model: ModelId; language: 'en' | 'nl'; alt: string }) {
  const key = `${model}:${language}`;
  const [drawn, setDrawn] = useState<{ readonly key: string; readonly url: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import('./modelPictureUrl').then(({ modelPictureUrl }) => {
      if (live) setDrawn({ key, url: modelPictureUrl(model, language) });
    });
    return () => {
      live = false;
    };
  }, [key, model, language]);
  return <img className="model-picture" src={drawn?.key === key ? drawn.url : undefined} alt={alt} data-testid={`model-picture.${model}`} loading="lazy" />;
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification, Reason, Risk } from '../../../shared/analysis/types';
import { CATALOGS, formatReason, formatRisk, modelName } from '../../../shared/i18n';

/**
 * Words the analysis results: it returns codes and parameters; the catalogs in shared/i18n (also
 * loaded into i18next as the `analysis` namespace) hold the sentences. The shared formatters are
 * used for reasons and risks because they also translate platform and model ids inside the
 * parameters, exactly as the CLI does. Node labels stay plain text (React renders them as text).
 */
export function useCatalog() {
  const { i18n } = useTranslation('analysis');
  const lang = i18n.resolvedLanguage === 'nl' ? 'nl' : 'en';
  return CATALOGS[lang];
}

export function useRiskText() {
  const catalog = useCatalog();
  return useCallback((risk: Risk) => formatRisk(risk, catalog), [catalog]);
}

export function useReasonText() {
  const catalog = useCatalog();
  return useCallback((reason: Reason) => formatReason(reason, catalog), [catalog]);
}

export function useModelName() {
  const catalog = useCatalog();
  return useCallback((model: Classification) => modelName(model, catalog), [catalog]);
}

import type { TFunction } from 'i18next';
import type { Refusal } from '../store/types';

/** Words a refused connection for the hint, in the UI language. */
export function refusalText(t: TFunction<'ui'>, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'kinds': {
      const why =
        refusal.sourceKind === 'account' ? t('hint.why.accountSource') : refusal.sourceKind === 'employees' ? t('hint.why.employeesSource') : t('hint.why.other');
      return t('hint.kinds', { source: t(`kind.${refusal.sourceKind}`), target: t(`kind.${refusal.targetKind}`), why });
    }
    case 'kind-not-allowed':
      return t('hint.kind-not-allowed', { kind: t(`edgeKind.${refusal.kind}`), source: t(`kind.${refusal.sourceKind}`), target: t(`kind.${refusal.targetKind}`) });
    case 'duplicate':
      return t('hint.duplicate', { kind: t(`edgeKind.${refusal.kind}`) });
    case 'self-loop':
      return t('hint.self-loop');
    case 'missing':
      return t('hint.missing');
  }
}

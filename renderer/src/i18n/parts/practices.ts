/**
 * Strings of the practices checklist (issue 18; namespace `ui`, key `practices.*`). The practice
 * names and the one line of why each matters are analysis texts: shared/i18n (`practices.*`).
 */
import type { Widen } from '../catalog';

export const en = {
  title: 'Practices of this scenario',
  help: 'What makes the model work beyond its structure. Not recorded is not “no”: record only what you know.',
  /** The comparison's row of practice changes. */
  compare: 'Practices',
} as const;

export const nl: Widen<typeof en> = {
  title: 'Werkwijze in dit scenario',
  help: 'Wat het model laat werken naast de structuur. Niet vastgelegd is geen “nee”: leg alleen vast wat je weet.',
  compare: 'Werkwijze',
};

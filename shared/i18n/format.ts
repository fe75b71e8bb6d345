/**
 * Wording analysis results with a catalog. Pure: no i18next needed (the CLI and tests use this;
 * the renderer may hand the same catalogs to i18next, which reads them the same way).
 *
 * Params are inserted as plain text, never as markup: whoever shows the result renders it as
 * text (React does). Two kinds of params are translated on the way in: a param named `platform`
 * or ending in `Platform` holds a platform id and shows as `platforms.<id>`; a param named `model`
 * or ending in `Model` holds a model id and shows as `models.<id>.name` (or `undetermined.name`).
 */
import type { Classification, MessageParams, Reason, Risk, Severity } from '../analysis/types';
import type { Catalog } from './en';

/**
 * Replaces each `{{name}}` (spaces inside the braces allowed) with `params[name]` as plain text.
 * One pass: text inserted from a param is never interpolated again. A placeholder without a
 * param is left as it is, so a missing value shows instead of silently vanishing.
 */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole: string, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

type Tree = { readonly [key: string]: string | Tree };

/**
 * Keys already looked up, per catalog: catalogs are constant, and wording a big map asks for the
 * same few dozen keys thousands of times. An absent key is remembered as null.
 */
const lookedUp = new WeakMap<Catalog, Map<string, string | null>>();

/** The string at a dotted key (`reason.no-hub`, `risk.empty-hub.message`), or undefined. */
export function lookup(catalog: Catalog, key: string): string | undefined {
  let known = lookedUp.get(catalog);
  if (!known) lookedUp.set(catalog, (known = new Map()));
  const found = known.get(key);
  if (found !== undefined) return found ?? undefined;
  const value = walk(catalog, key);
  known.set(key, value ?? null);
  return value;
}

function walk(catalog: Catalog, key: string): string | undefined {
  let node: string | Tree | undefined = catalog as unknown as Tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The template for a key, following i18next's plural convention: with a numeric `count` param,
 * `key_one` (count 1) or `key_other` is preferred; English and Dutch need no other forms.
 */
export function template(catalog: Catalog, key: string, params: MessageParams): string | undefined {
  const count = params['count'];
  const suffix = typeof count === 'number' && count === 1 ? '_one' : '_other';
  return lookup(catalog, key + suffix) ?? lookup(catalog, key) ?? lookup(catalog, `${key}_other`);
}

/** The display name of a model, or of `undetermined`. */
export function modelName(model: Classification, catalog: Catalog): string {
  if (model === 'undetermined') return catalog.undetermined.name;
  return catalog.models[model]?.name ?? model;
}

/** The display name of a severity. */
export function severityName(severity: Severity, catalog: Catalog): string {
  return catalog.severity[severity] ?? severity;
}

function displayParams(params: MessageParams, catalog: Catalog): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && (name === 'platform' || name.endsWith('Platform'))) {
      out[name] = lookup(catalog, `platforms.${value}`) ?? value;
    } else if (typeof value === 'string' && (name === 'model' || name.endsWith('Model'))) {
      out[name] = value === 'undetermined' ? catalog.undetermined.name : (lookup(catalog, `models.${value}.name`) ?? value);
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** A list of labels in the catalog's words ("A, B and C"); a shortened list (ending in "…") keeps its commas. */
function joinList(items: readonly string[], catalog: Catalog): string {
  return items[items.length - 1] === '…' ? items.join(', ') : joinAnd(items, catalog);
}

/** A number with the catalog's decimal mark: 10.8 → "10,8" in Dutch. */
export function formatDecimal(value: number, catalog: Catalog): string {
  return String(value).replace('.', catalog.verdict.decimalMark);
}

/** How common a model was in Altimeter's survey (shares in percent), as one sentence in the catalog's language. */
export function surveyText(share: { readonly y2010: number; readonly y2012: number }, catalog: Catalog): string {
  return interpolate(catalog.verdict.survey, { share2010: formatDecimal(share.y2010, catalog), share2012: formatDecimal(share.y2012, catalog) });
}

/** "a, b and c" with the catalog's word for "and". */
export function joinAnd(items: readonly string[], catalog: Catalog): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${catalog.compare.and}${items[items.length - 1] ?? ''}`;
}

/** One sentence for a classification reason; the reason code itself if the catalog lacks it. */
export function formatReason(reason: Reason, catalog: Catalog): string {
  const text = template(catalog, reason.code, reason.params);
  if (text === undefined) return reason.code;
  const params: Record<string, string | number> = { ...displayParams(reason.params, catalog) };
  // Lists of labels are joined in the catalog's words: "A and B", "A, B and C" (a shortened list keeps "…").
  for (const [name, items] of Object.entries(reason.lists ?? {})) params[name] = joinList(items, catalog);
  return interpolate(text, params);
}

/** A risk's title (a few words), e.g. for a list heading. */
export function riskTitle(risk: Pick<Risk, 'code'>, catalog: Catalog): string {
  return lookup(catalog, `risk.${risk.code}.title`) ?? risk.code;
}

/** A risk's message (what and why, one sentence) and advice (what to do). */
export function formatRisk(risk: Risk, catalog: Catalog): { message: string; advice: string } {
  const params: Record<string, string | number> = { ...displayParams(risk.params, catalog) };
  // `links` (account-sprawl): the kinds of link found, comma-separated ids, each worded by the catalog.
  const links = risk.params['links'];
  if (typeof links === 'string') params['links'] = joinAnd(links.split(',').map((id) => lookup(catalog, `risk.${risk.code}.links.${id}`) ?? id), catalog);
  for (const [name, items] of Object.entries(risk.lists ?? {})) params[name] = joinList(items, catalog);
  const message = template(catalog, `risk.${risk.code}.message`, risk.params);
  const advice = (risk.adviceKey === undefined ? undefined : template(catalog, risk.adviceKey, risk.params)) ?? template(catalog, `risk.${risk.code}.advice`, risk.params);
  return {
    message: message === undefined ? risk.code : interpolate(message, params),
    advice: advice === undefined ? '' : interpolate(advice, params),
  };
}

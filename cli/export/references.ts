/**
 * Regenerates the reference PNGs the pixel test compares against: one per starter template, first
 * scenario, 1×, white, with legend. Run after a deliberate change to the look:
 *   npm run export:references
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_LABELS_EN, type SvgOptions } from '../../shared/export';
import { parseDocument } from '../../shared/model';
import type { Scenario } from '../../shared/model/types';
import { renderPng } from './formats';

export const templatesDir = fileURLToPath(new URL('../../assets/templates/', import.meta.url));
export const referencesDir = fileURLToPath(new URL('../fixtures/export/', import.meta.url));
export const REFERENCE_OPTIONS: SvgOptions = { background: 'white', labels: EXPORT_LABELS_EN, legend: true, scale: 1 };

export function templateScenarios(): { name: string; scenario: Scenario }[] {
  return readdirSync(templatesDir)
    .filter((f) => f.endsWith('.orgmap'))
    .sort()
    .map((f) => {
      const r = parseDocument(readFileSync(templatesDir + f, 'utf8'), f);
      if (!r.ok) throw new Error(r.error.message);
      const scenario = r.document.scenarios[0];
      if (!scenario) throw new Error(`${f}: no scenario`);
      return { name: f.replace(/\.orgmap$/, ''), scenario };
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(referencesDir, { recursive: true });
  for (const { name, scenario } of templateScenarios()) {
    writeFileSync(`${referencesDir}${name}.png`, (await renderPng(scenario, REFERENCE_OPTIONS)).png);
    process.stdout.write(`${referencesDir}${name}.png\n`);
  }
}

/**
 * The PowerPoint deck as LibreOffice Impress draws it (its font substitution is what a user without
 * the deck's font sees): every node label is in the rendered text, inside its box. Needs `soffice`
 * (Debian libreoffice-impress) and `pdftotext` (poppler-utils); .ci/run installs both.
 *
 * ORGMAP_DECK_PNGS=1 also writes one PNG per slide kind to docs/deck/ (the pictures in
 * docs/export.md), rendered by this same pipeline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckFor, deckPages, EXPORT_LABELS_EN, PAGE_16_9, type SlideItem } from '../../shared/export';
import { en } from '../../shared/i18n';
import { parseDocument } from '../../shared/model';
import { repoRoot } from '../testing';
import { renderPptx } from './formats';

const work = mkdtempSync(join(tmpdir(), 'orgmap-impress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Word {
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Words with their boxes per page, from `pdftotext -bbox` (points, top-left origin). */
function words(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]),
      text: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
    })),
  );
}

describe('the deck in LibreOffice Impress', () => {
  it('every node label is in the rendered text and inside its box', async () => {
    const r = parseDocument(readFileSync(join(repoRoot, 'cli', 'fixtures', 'current-target.orgmap'), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const doc = { ...r.document, scenarios: r.document.scenarios.slice(0, 2) };
    const options = { document: doc, scenarios: doc.scenarios, svg: { background: 'white' as const, labels: EXPORT_LABELS_EN }, caption: { date: '2026-12-07' }, summary: true, catalog: en, steps: true };
    const file = join(work, 'deck.pptx');
    writeFileSync(file, await renderPptx(options));
    // Its own profile: several soffice runs at once would otherwise share (and lock) one.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'ignore', timeout: 170_000 });
    const pdf = join(work, 'deck.pdf');
    const pages = words(pdf);
    const deck = deckFor(options);
    const drawn = deckPages(options, PAGE_16_9);
    expect(pages).toHaveLength(deck.slides.length);
    let checked = 0;
    drawn.forEach((page, i) => {
      const found = pages[i] ?? [];
      for (const item of page.items) {
        if (item.t !== 'shape' || item.node === undefined || !item.label) continue;
        const box = item as Extract<SlideItem, { t: 'shape' }>;
        for (const word of (box.label ?? '').split(/\s+/).filter((w) => w !== '')) {
          // A word may be split by pdftotext at punctuation; look for the word or a piece starting it, inside the box (1 pt slack).
          const hit = found.find((w) => word.startsWith(w.text) && w.text.length >= Math.min(3, word.length) && w.x1 >= box.x - 1 && w.x2 <= box.x + box.w + 1 && w.y1 >= box.y - 1 && w.y2 <= box.y + box.h + 1);
          expect(hit, `slide ${i + 1}: "${word}" of "${box.label}" inside its box`).toBeDefined();
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(50);

    if (process.env['ORGMAP_DECK_PNGS']) {
      const out = join(repoRoot, 'docs', 'deck');
      mkdirSync(out, { recursive: true });
      const kinds = new Set<string>();
      deck.slides.forEach((slide, i) => {
        if (kinds.has(slide.kind)) return;
        kinds.add(slide.kind);
        execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(i + 1), '-l', String(i + 1), '-singlefile', pdf, join(work, slide.kind)]);
        renameSync(join(work, `${slide.kind}.png`), join(out, `${slide.kind}.png`));
      });
    }
  }, 200_000);
});

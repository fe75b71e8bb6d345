/**
 * Print (Ctrl/⌘+P, issue #16): one scenario per page, drawn as the PDF export draws it (the
 * shared SVG renderer, light colours, legend and caption), A4 landscape. The pages are put in the
 * document only for the print (`print.css`), then removed again.
 */
import { captionFor, EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg } from '../../../shared/export';
import { CATALOGS } from '../../../shared/i18n';
import type { OrgDocument } from '../../../shared/model/types';

/** One SVG per scenario, in the map's order, with the caption (title, scenario, model, date) and legend. */
export function printPages(document: OrgDocument, language: 'en' | 'nl', date: string): string[] {
  const labels = language === 'nl' ? EXPORT_LABELS_NL : EXPORT_LABELS_EN;
  const catalog = CATALOGS[language];
  return document.scenarios.map((scenario) =>
    renderScenarioSvg(scenario, { background: 'white', theme: 'light', legend: true, labels, caption: captionFor(document, scenario, date, catalog) }),
  );
}

/** Puts the pages in the document, lets the browser (or Electron) print them, and takes them out after. */
export async function printDocument(pages: readonly string[], prepare: (svg: string) => Promise<string> = (svg) => Promise.resolve(svg)): Promise<void> {
  const doc = window.document;
  doc.querySelector('.print-pages')?.remove();
  const host = doc.createElement('div');
  host.className = 'print-pages';
  host.dataset.testid = 'print-pages';
  const images: HTMLImageElement[] = [];
  for (const svg of pages) {
    const page = doc.createElement('div');
    page.className = 'print-page';
    const img = doc.createElement('img');
    img.alt = '';
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await prepare(svg))}`;
    page.append(img);
    host.append(page);
    images.push(img);
  }
  doc.body.append(host);
  doc.body.classList.add('is-printing');
  const done = () => {
    host.remove();
    doc.body.classList.remove('is-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  window.print();
}

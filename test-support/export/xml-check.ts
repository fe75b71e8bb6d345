/**
 * Test helpers: strict well-formedness checks of the XML that exports write (the SVG, the parts of
 * a PowerPoint file), used by shared/export/xmlText.test.ts and cli/export/outputs.property.test.ts.
 */
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';

/** What XML 1.0 forbids anywhere in a document (fast-xml-parser does not check characters). */
// eslint-disable-next-line no-control-regex -- the characters XML cannot hold
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a strict parser refuses this XML, or null when it is well-formed. */
export function xmlProblem(xml: string): string | null {
  const r = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (r !== true) return r.err.msg;
  return XML_FORBIDDEN.test(xml) ? 'a character XML 1.0 cannot hold' : null;
}

/** Every XML part of a PPTX, by name. */
export async function pptxXmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    parts.set(name, (await zip.file(name)?.async('string')) ?? '');
  }
  return parts;
}

/** The names of the parts a strict XML parser refuses, with its message. */
export function malformedParts(parts: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [name, xml] of parts) {
    const problem = xmlProblem(xml);
    if (problem !== null) bad.push(`${name}: ${problem}`);
  }
  return bad;
}

/** The Node builds of pptxgenjs and jszip, as shared/export's buildPptx takes them. */
export function pptxDeps() {
  return { createPresentation: () => new PptxGenJS(), loadZip: (data: Uint8Array) => JSZip.loadAsync(data) };
}

/** Test helper: reads an exported SVG back as XML (fast-xml-parser) into a flat list of elements. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SvgElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Text of this element and its descendants, in document order. */
  readonly text: string;
  readonly children: readonly SvgElement[];
}

type Ordered = Record<string, unknown>;

function toElement(node: Ordered): SvgElement | string | null {
  const attrs: Record<string, string> = {};
  const rawAttrs = node[':@'];
  if (rawAttrs && typeof rawAttrs === 'object') for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) attrs[k.replace(/^@_/, '')] = String(v);
  for (const [key, value] of Object.entries(node)) {
    if (key === ':@') continue;
    if (key === '#text') return String(value);
    const children: SvgElement[] = [];
    let text = '';
    for (const child of value as Ordered[]) {
      const c = toElement(child);
      if (typeof c === 'string') text += c;
      else if (c) {
        children.push(c);
        text += c.text;
      }
    }
    return { name: key, attrs, text, children };
  }
  return null;
}

/** Throws unless `svg` is well-formed XML; returns the root element. */
export function readSvg(svg: string): SvgElement {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseAttributeValue: false, processEntities: true, htmlEntities: false });
  const doc = parser.parse(svg) as Ordered[];
  for (const n of doc) {
    const e = toElement(n);
    if (e && typeof e !== 'string' && e.name === 'svg') return e;
  }
  throw new Error('no <svg> root');
}

/** Every element below `root`, depth first. */
export function allElements(root: SvgElement): SvgElement[] {
  const out: SvgElement[] = [root];
  for (const c of root.children) out.push(...allElements(c));
  return out;
}

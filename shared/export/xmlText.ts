/**
 * Text that XML 1.0 can hold. Every export that writes XML (SVG, every part of a PowerPoint file)
 * passes user-typed text through {@link xmlSafeText}: the format lets a label hold any character
 * (a CSV with NUL or ESC bytes imports such labels), but XML forbids the C0 controls other than
 * tab, newline and carriage return, lone surrogates and U+FFFE/U+FFFF. A strict parser (expat,
 * PowerPoint) refuses a file holding one, so each is replaced by U+FFFD, which shows the reader that
 * something was there.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every character XML 1.0 cannot hold replaced by U+FFFD; unchanged otherwise. Escapes nothing. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '\ufffd');
}

/** Deep copy of plain data (arrays, plain objects) with every string made {@link xmlSafeText}. */
export function xmlSafeValue<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeValue(v)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeValue(v);
    return out as T;
  }
  return value;
}

/** The methods of a presentation that write the file; their arguments are output options, not text. */
const WRITERS: ReadonlySet<PropertyKey> = new Set(['write', 'writeFile', 'stream']);

/**
 * Wraps a pptxgenjs presentation so that every text that enters it is {@link xmlSafeText}: string
 * properties set on it (title, subject, author, company…), the arguments of its methods, and the
 * properties and method arguments of every slide it adds (addText, addNotes, addTable, addShape…).
 * pptxgenjs escapes `& < > "` itself but passes control characters into its XML.
 */
export function xmlSafePresentation<P extends object>(presentation: P): P {
  return xmlSafeObject(presentation);
}

function xmlSafeObject<T extends object>(object: T): T {
  const proxy: T = new Proxy(object, {
    set(target, key, value: unknown) {
      return Reflect.set(target, key, xmlSafeValue(value));
    },
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || WRITERS.has(key)) return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(value as (...a: unknown[]) => unknown, target, args.map((a) => xmlSafeValue(a)));
        // Chaining (slide.addText(…).addShape(…)) stays wrapped; so does a slide that addSlide hands back.
        if (result === target) return proxy;
        return key === 'addSlide' && typeof result === 'object' && result !== null ? xmlSafeObject(result) : result;
      };
    },
  });
  return proxy;
}

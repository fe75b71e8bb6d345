/** JSZip for the renderer's check (its own typings pull in Node's types; see pdfkit.d.ts). */
import type { ZipLike } from '../../../../shared/export';

declare const JSZip: { loadAsync(data: Uint8Array): Promise<ZipLike> };
export default JSZip;

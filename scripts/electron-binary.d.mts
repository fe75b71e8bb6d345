/** Types for scripts/electron-binary.mjs (imported by its test). */
export declare function findElectronBinary(
  dir: string | null,
  env: Readonly<Record<string, string | undefined>>,
): { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };
export declare function electronDir(): string | null;

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The canvas benchmark page: bench/page → dist-bench/. It imports the editor from renderer/src and
 * the analysis from shared/, outside this root, which a build allows. Paths come from
 * import.meta.url (no node:* types here: this file is checked with the browser tsconfig).
 *
 * `--mode no-editor` swaps our editor for a stub, so bare React Flow can still be measured while
 * the editor does not build (the harness falls back to it and reports why).
 */
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);
const outDir = decodeURIComponent(new URL('../../dist-bench', import.meta.url).pathname);

export default defineConfig(({ mode }) => ({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  resolve: mode === 'no-editor' ? { alias: [{ find: /^\.\/orgmap$/, replacement: `${here}orgmap-unavailable.ts` }] } : {},
  build: {
    outDir,
    emptyOutDir: true,
    // Production React, like the shipped app; no source maps needed to count frames.
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    // index.html: the canvas suite's page; open.html: bare React Flow opening a file (open suite);
    // empty.html: bare React Flow's empty map (the open suite's empty-app reference).
    rolldownOptions: { input: { index: `${here}index.html`, open: `${here}open.html`, empty: `${here}empty.html` } },
  },
  preview: { host: '127.0.0.1' },
}));

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devCsp, previewHeaders } from './csp-plugin.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The web build of the renderer: the same sources Electron loads, built for a plain browser into
 * dist-web/. `base: './'` keeps asset URLs relative so the same output also works from a custom
 * protocol or a file.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5199 },
  // `npm run web` serves the meta tag's policy as a header too, with frame-ancestors (csp-plugin.ts).
  preview: { host: '127.0.0.1', port: 5199, headers: previewHeaders(readFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), 'utf8')) },
});

// Builds the analyst's page (web/) into dist/page, which the service serves at `/` (src/http/page.ts).
// Everything is bundled: the page loads nothing from another origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Small files stay files: the CSP allows data: for images and fonts only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
  },
});

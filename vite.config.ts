import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Everything is local; no inline scripts or styles, so the strict CSP holds.
    assetsInlineLimit: 0,
    target: 'es2023',
  },
});

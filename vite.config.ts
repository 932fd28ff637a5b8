import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { editionArtifacts } from './scripts/edition-artifacts-plugin.ts';

export default defineConfig({
  plugins: [react(), editionArtifacts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Separate output folders let several builds (and their browser tests) run side by side.
    outDir: process.env.MERIDIAN_OUT_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});

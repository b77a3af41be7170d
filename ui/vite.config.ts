/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The desktop shell embeds ui/dist and loads it from its own protocol, so every
// asset URL must be relative (base './'). The webviews are WebKitGTK (Linux),
// WKWebView (macOS, Safari 15 engine at the oldest supported macOS) and WebView2.
export default defineConfig({
  base: './',
  clearScreen: false,
  plugins: [svelte()],
  server: {
    port: 5173,
    strictPort: true,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  build: {
    target: ['es2021', 'safari15'],
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape alone is ~450 kB minified; one chunk is fine for a local app.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

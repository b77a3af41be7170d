/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The desktop shell embeds ui/dist and loads it from its own protocol, so every
// asset URL must be relative (base './'). The webviews are WebKitGTK (Linux),
// WKWebView (macOS, Safari 15 engine at the oldest supported macOS) and WebView2.
// Under vitest (mode `test`) the Svelte modules are compiled for the client and run its
// runtime, so that effects run as in the app although vitest runs them in Node.
export default defineConfig(({ mode }) => ({
  base: './',
  clearScreen: false,
  plugins: [
    svelte({
      dynamicCompileOptions: () => (mode === 'test' ? { generate: 'client' as const } : undefined),
    }),
  ],
  ssr: mode === 'test' ? { resolve: { conditions: ['browser'], externalConditions: ['browser'] } } : undefined,
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
}));

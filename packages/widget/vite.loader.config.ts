import { defineConfig } from 'vite';

// The host-page loader: one small IIFE file, dist/widget.js, no framework.
export default defineConfig({
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: false, // dist/frame belongs to the app build
    target: 'es2020',
    minify: true,
    lib: {
      entry: 'src/loader/index.ts',
      formats: ['iife'],
      name: 'BatonLoader',
      fileName: () => 'widget.js',
    },
  },
});

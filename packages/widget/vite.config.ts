import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The chat app that runs inside the iframe. The Baton server serves dist/frame/index.html
// at /widget/frame and dist/frame/assets/* at /widget/assets/*, hence base '/widget/'.
export default defineConfig({
  base: '/widget/',
  plugins: [react(), tailwindcss()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/frame',
    emptyOutDir: true,
    target: 'es2022',
  },
});

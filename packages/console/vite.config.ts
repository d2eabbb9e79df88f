/// <reference types="node" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The Baton server serves dist/ at /console/ on the same origin as /api and /agent,
// so the session cookie and the socket need no CORS. `vite dev` proxies to a local server.
const serverUrl = process.env.BATON_SERVER_URL ?? 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  base: '/console/',
  plugins: [react(), tailwindcss()],
  define: {
    // Some dependencies read process.env.NODE_ENV; keep dev warnings when serving.
    'process.env.NODE_ENV': command === 'build' ? '"production"' : '"development"',
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
}));

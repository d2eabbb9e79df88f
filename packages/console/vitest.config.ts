import { defineConfig } from 'vitest/config';

// Unit tests cover the pure helpers only: node environment, no DOM, no plugins.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});

import { defineConfig } from 'vitest/config';

// Unit tests cover the pure pieces only, so no DOM environment is needed.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});

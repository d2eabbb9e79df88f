import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          environment: 'node',
          // The first test in a bot file builds the site's models (about a second alone); on a loaded 2-core machine
          // (CI's other stages beside it) that went past vitest's 5 s default. Behaviour, not speed, is asserted here.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PGlite and real sockets: keep files sequential on 2 cores.
          fileParallelism: false,
        },
      },
      // The same integration suites on PostgreSQL (a fresh database per test server), when DATABASE_URL is set.
      {
        test: {
          name: 'integration-pg',
          include: ['packages/*/test/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env: { BATON_TEST_PG: '1' },
          globalSetup: ['packages/server/test/pgGlobalSetup.ts'],
        },
      },
      // Several server processes on PostgreSQL + Redis; needs DATABASE_URL and REDIS_URL.
      {
        test: {
          name: 'multinode',
          include: ['packages/*/test/**/*.mn.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          globalSetup: ['packages/server/test/pgGlobalSetup.ts'],
        },
      },
    ],
  },
});

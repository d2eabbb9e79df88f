// Package and layer boundaries are enforced here (DESIGN.md §1): protocol ← domain ← services ← transport/storage ← main.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noIo = ['node:*', 'fs', 'http', 'net', 'express', 'socket.io', 'socket.io-client', 'pg', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'pino', 'redis', 'ioredis'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/drizzle/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User content is rendered as text only.' }],
    },
  },
  {
    files: ['packages/server/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: noIo, message: 'Domain code is pure: no I/O or framework imports.' },
          { group: ['**/services/**', '**/storage/**', '**/transport/**', '**/presenters/**', '**/cli/**'], message: 'Domain depends only on @baton/protocol and itself.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'Take time as input (Clock) in domain code.' }],
    },
  },
  {
    files: ['packages/server/src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/transport/**', 'express', 'socket.io'], message: 'Services do not know about transport.' }],
      }],
    },
  },
  {
    files: ['packages/protocol/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@baton/server', '@baton/widget', '@baton/console', 'node:*', 'react'], message: 'Protocol depends on zod only.' }] }],
    },
  },
  {
    files: ['packages/widget/**/*.{ts,tsx}', 'packages/console/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@baton/server', '@baton/server/*', '**/server/src/**'], message: 'Clients talk to the server only through @baton/protocol.' }] }],
    },
  },
  {
    files: ['packages/widget/src/loader/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'zod', 'zustand', 'socket.io-client', '@baton/protocol'], message: 'The loader stays tiny: no framework, no zod.' }] }],
    },
  },
);
